// The in-page half of `npm run bench`: scripts/bench.mjs opens bench/index.html and calls these.
import {parseVtt} from '../src/cues/parse-vtt.ts';
import {mediaEvent, seekTo, until, waitForMetadata} from '../test/shared/media-events.ts';
import {
  hypertranscriptHtml,
  loadOurs,
  mountBaseline,
  mountHyperaudio,
  mountHyperaudioSync,
  mountOurs,
} from './implementations.js';
import {longVtt, syntheticVtt} from './vtt-gen.js';

/** @typedef {import('./implementations.js').Mount} Mount */
/** @typedef {'ours' | 'baseline' | 'hyperaudio'} Impl */
/** @typedef {import('./lines-prototype.js').BenchLines} BenchLines */

const MEDIA = '/media/uprooting-isis.mp4';
const REAL_CAPTIONS = '/captions/uprooting-isis.en.vtt';
const stage = /** @type {HTMLElement} */ (document.getElementById('stage'));
/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** @type {Record<Impl, Mount>} */
const MOUNT = {ours: mountOurs, baseline: mountBaseline, hyperaudio: mountHyperaudio};

/** @param {'synthetic' | 'real'} set */
async function captionsText(set) {
  if (set === 'synthetic') return syntheticVtt({seed: 2024});
  const response = await fetch(REAL_CAPTIONS);
  return response.text();
}

/** Long tasks from a PerformanceObserver, kept from now on. */
function watchLongTasks() {
  /** @type {{start: number, duration: number}[]} */
  const tasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({start: entry.startTime, duration: entry.duration});
  });
  observer.observe({type: 'longtask', buffered: false});
  return {
    /** The durations of the long tasks that started in [from, to). */
    between: (/** @type {number} */ from, /** @type {number} */ to) =>
      tasks.filter((task) => task.start >= from && task.start < to).map((task) => task.duration),
    stop: () => observer.disconnect(),
  };
}

/**
 * Resolves with the time just after the first frame in which `check()` holds (painted).
 * @param {() => boolean} check
 * @returns {Promise<number>}
 */
function whenPainted(check) {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    const frame = () => {
      // The message runs after this frame's rendering, i.e. once it has been painted.
      if (check()) channel.port2.postMessage(undefined);
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/**
 * Starts playback and resolves once it runs: when play() resolves, or when currentTime moves on.
 * WebKitGTK can keep readyState at HAVE_CURRENT_DATA after a pause and a seek while the media
 * plays on, and then play()'s promise does not settle.
 * @param {HTMLMediaElement} media
 */
async function startPlaying(media) {
  const from = media.currentTime;
  await Promise.race([media.play(), until(() => media.currentTime > from, 'playback to start')]);
}

/**
 * Polls `media.currentTime` on back-to-back MessageChannel tasks and records every new value with
 * the wall time (performance.now()) at which it was first seen, until stop(). After each
 * YIELD_MS of polling the loop goes on from a 0 ms timeout instead, which lets the page render:
 * in Firefox a bare loop of message tasks holds requestAnimationFrame to ~15 frames a second
 * (the element's per-frame check among them); with the timeout it keeps ~50.
 * @param {HTMLMediaElement} media
 */
function sampleClock(media) {
  const YIELD_MS = 1;
  /** @type {number[]} */
  const walls = [];
  /** @type {number[]} */
  const values = [];
  let last = media.currentTime;
  let reads = 0;
  let running = true;
  let since = performance.now();
  const channel = new MessageChannel();
  const next = () => channel.port2.postMessage(undefined);
  const resume = () => {
    since = performance.now();
    next();
  };
  channel.port1.onmessage = () => {
    if (!running) return;
    const value = media.currentTime;
    const wall = performance.now();
    reads++;
    if (value !== last) {
      walls.push(wall);
      values.push(value);
      last = value;
    }
    if (wall - since >= YIELD_MS) setTimeout(resume, 0);
    else next();
  };
  next();
  return {
    /** @returns {ClockTrace} */
    stop() {
      running = false;
      channel.port1.close();
      return {walls, values, reads};
    },
  };
}

/**
 * Every change of currentTime seen while a segment played: `values[i]` first showed at wall time
 * `walls[i]` (ms); `reads` readings in all.
 * @typedef {{walls: number[], values: number[], reads: number}} ClockTrace
 */

/**
 * Plays `segments` ({from, seconds} of wall time) at `rate` and records, for every highlight
 * change, media.currentTime read in a MutationObserver callback minus the start of the cue the
 * change made active, and the wall time of that callback. Changes caused by the seek itself (cue
 * starting before `from`) are left out. With `timeline`, each segment also records the media
 * clock (sampleClock), from which scripts/bench.mjs fits the media timeline.
 * @param {{impl: Impl, captions: 'synthetic' | 'real', rate: number, segments: {from: number, seconds: number}[], timeline?: boolean}} options
 */
async function lag({impl, captions, rate, segments, timeline = false}) {
  const vtt = await captionsText(captions);
  const {cues} = parseVtt(vtt);
  const mounted = await MOUNT[impl](stage, {src: MEDIA, vtt, cues});
  const {media} = mounted;
  /** @type {{lag: number, start: number, first: boolean, wall: number, segment: number}[]} */
  const samples = [];
  /** @type {{from: number, to: number}[]} */
  const played = [];
  /** @type {ClockTrace[]} */
  const clocks = [];
  /** @type {{index: number, from: number, seen: Set<number>} | undefined} */
  let segment;
  const observer = new MutationObserver((records) => {
    const time = media.currentTime;
    const wall = performance.now();
    for (const record of records) {
      const hit = mounted.activated(/** @type {HTMLElement} */ (record.target), record.oldValue);
      if (hit === undefined || !segment) continue;
      const {start, first} = typeof hit === 'number' ? {start: hit, first: true} : hit;
      // Only the first activation of a cue counts (hyperaudio-lite re-adds its class each tick).
      if (start <= segment.from + 0.02 || segment.seen.has(start)) continue;
      segment.seen.add(start);
      samples.push({lag: (time - start) * 1000, start, first, wall, segment: segment.index});
    }
  });
  observer.observe(mounted.root, {
    subtree: true,
    attributes: true,
    attributeFilter: [mounted.attribute],
    attributeOldValue: true,
  });
  for (const [index, {from, seconds}] of segments.entries()) {
    media.pause();
    await seekTo(media, from);
    media.playbackRate = rate;
    await sleep(100);
    segment = {index, from, seen: new Set()};
    const clock = timeline ? sampleClock(media) : undefined;
    await startPlaying(media);
    await sleep(seconds * 1000);
    // Where playback got to: currentTime, or the last cue start the transcript reached if later
    // (between the steps of a coarse clock the element may be up to a step ahead of currentTime).
    const to = Math.max(media.currentTime, ...segment.seen);
    if (clock) clocks.push(clock.stop());
    segment = undefined;
    media.pause();
    played.push({from, to});
  }
  observer.disconnect();
  mounted.destroy();
  // Cue starts crossed while playing: each should have produced exactly one change.
  const crossed = mounted.starts.filter((start) => played.some(({from, to}) => start > from + 0.02 && start <= to));
  return {samples, crossed: crossed.length, played, clocks};
}

/**
 * The engine's media clock on a plain <video>: `seconds` of playback at `rate` from `from`,
 * sampled as in `lag` (sampleClock).
 * @param {{rate: number, from: number, seconds: number}} options
 */
async function clock({rate, from, seconds}) {
  const video = document.createElement('video');
  video.muted = true;
  video.preload = 'auto';
  video.src = MEDIA;
  stage.append(video);
  await waitForMetadata(video);
  await seekTo(video, from);
  video.playbackRate = rate;
  await sleep(100);
  const sampler = sampleClock(video);
  await startPlaying(video);
  await sleep(seconds * 1000);
  const trace = sampler.stop();
  video.pause();
  video.removeAttribute('src');
  video.load();
  video.remove();
  return trace;
}

/**
 * A 10,000-cue transcript: insert, first lines painted, ready, long tasks while loading.
 * @param {{impl: Impl, count: number, seconds: number}} options
 */
async function longLoad({impl, count, seconds}) {
  const vtt = longVtt({count, seconds});
  const bytes = vtt.length;
  let html = '';
  if (impl === 'hyperaudio') html = hypertranscriptHtml(parseVtt(vtt).cues);
  else await loadOurs();
  // The file is made before the clock starts: a blob of 70 MB takes the page a while to make.
  const url = impl !== 'hyperaudio' ? URL.createObjectURL(new Blob([vtt], {type: 'text/vtt'})) : '';
  await sleep(300);
  const tasks = watchLongTasks();
  const t0 = performance.now();
  let ready;
  let firstLines;
  if (impl !== 'hyperaudio') {
    const element = document.createElement('transcript-player');
    element.setAttribute('src', MEDIA);
    element.setAttribute('captions', url);
    const loaded = mediaEvent(element, 'transcript-load', 180000).then(() => performance.now());
    stage.append(element);
    firstLines = whenPainted(() => !!element.shadowRoot?.querySelector('[part~="cue"]'));
    ready = await loaded;
  } else {
    const {section} = mountHyperaudioSync(stage, {src: MEDIA, html});
    ready = performance.now();
    firstLines = whenPainted(() => !!section.querySelector('[data-m]'));
  }
  const painted = await firstLines;
  await sleep(1500);
  const longTasks = tasks.between(t0, performance.now());
  tasks.stop();
  const lines =
    impl !== 'hyperaudio'
      ? (stage.querySelector('transcript-player')?.cues.length ?? 0)
      : stage.querySelectorAll('.hyper p').length;
  return {ready: ready - t0, firstLines: painted - t0, longTasks, lines, bytes, t0};
}

/**
 * The first input on the page (the click the bench makes while a transcript loads), by Event
 * Timing: how long it waited for the main thread, and until the frame that answered it.
 * @returns {Promise<{delay: number, duration: number, at: number} | null>}
 */
function firstInput() {
  return new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const entry = /** @type {PerformanceEventTiming} */ (list.getEntries()[0]);
      resolve({delay: entry.processingStart - entry.startTime, duration: entry.duration, at: entry.startTime});
    }).observe({type: 'first-input', buffered: true});
    setTimeout(() => resolve(null), 2000);
  });
}

/**
 * Plays the mounted long transcript for `play` seconds from `from`: long tasks and highlight changes.
 * @param {{impl: Impl, count: number, seconds: number, from: number, play: number}} options
 */
async function longPlay({impl, count, seconds, from, play}) {
  const vtt = longVtt({count, seconds});
  const {cues} = parseVtt(vtt);
  const mounted = await MOUNT[impl](stage, {src: MEDIA, vtt, cues});
  const {media} = mounted;
  await seekTo(media, from);
  await sleep(500);
  let changes = 0;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (mounted.activated(/** @type {HTMLElement} */ (record.target), record.oldValue) !== undefined) changes++;
    }
  });
  observer.observe(mounted.root, {
    subtree: true,
    attributes: true,
    attributeFilter: [mounted.attribute],
    attributeOldValue: true,
  });
  const tasks = watchLongTasks();
  const t0 = performance.now();
  await media.play();
  await sleep(play * 1000);
  media.pause();
  const longTasks = tasks.between(t0, performance.now());
  tasks.stop();
  observer.disconnect();
  return {longTasks, changes, lines: cues.length};
}

/**
 * `times` insert/remove cycles of a player with the real media and captions.
 * @param {{impl: Impl, times: number}} options
 */
async function cycle({impl, times}) {
  const vtt = await captionsText('real');
  const {cues} = parseVtt(vtt);
  for (let i = 0; i < times; i++) {
    const mounted = await MOUNT[impl](stage, {src: MEDIA, vtt, cues});
    await sleep(20);
    mounted.destroy();
    await sleep(20);
  }
  return {cycles: times};
}

/**
 * The long-list prototype (bench/lines-prototype.js) in one of its two modes.
 * @param {{mode: 'contain' | 'virtual', count: number, seconds: number}} options
 */
async function lines({mode, count, seconds}) {
  await import('./lines-prototype.js');
  const {cues} = parseVtt(longVtt({count, seconds}));
  await sleep(300);
  const tasks = watchLongTasks();
  const t0 = performance.now();
  const element = /** @type {BenchLines} */ (document.createElement('bench-lines'));
  element.mode = mode;
  element.cues = cues;
  stage.append(element);
  await element.updateComplete;
  const ready = performance.now() - t0;
  const painted = (await whenPainted(() => !!element.renderRoot.querySelector('.cue'))) - t0;
  await sleep(1000);
  const longTasks = tasks.between(t0, performance.now());
  tasks.stop();
  const inDom = element.renderRoot.querySelectorAll('.cue').length;
  // Line 9000 by keyboard-style navigation: bring it into view and focus it.
  const t1 = performance.now();
  const line = await element.reveal(9000);
  line?.focus({preventScroll: true});
  const reveal = performance.now() - t1;
  const focused = /** @type {ShadowRoot} */ (element.renderRoot).activeElement === line && !!line;
  // Find-in-page: window.find() searches what the browser's own Ctrl+F searches.
  getSelection()?.removeAllRanges();
  const scroller = element.renderRoot.querySelector('.scroller');
  if (scroller) scroller.scrollTop = 0;
  await sleep(200);
  const found = window.find(`qz${count - 5} `, false, false, true);
  return {ready, painted, longTasks, inDom, reveal, focused, found};
}

/**
 * Typing `query` into the search field of a 10,000-cue transcript, one keystroke at a time (issue
 * 12). Per keystroke: the main-thread work it costs before the next frame (the input handler,
 * Lit's update, and style and layout, forced here), and the time until every match is marked
 * (done after it in slices of at most 8 ms). Then a full rebuild of the lines to compare: new
 * captions (the same text at a new URL) until transcript-load.
 * @param {{count: number, seconds: number, query: string}} options
 */
async function searchTyping({count, seconds, query}) {
  const vtt = longVtt({count, seconds});
  await loadOurs();
  const element = /** @type {import('../src/transcript-player.js').TranscriptPlayerElement} */ (
    document.createElement('transcript-player')
  );
  element.setAttribute('src', MEDIA);
  element.setAttribute('captions', URL.createObjectURL(new Blob([vtt], {type: 'text/vtt'})));
  const loaded = mediaEvent(element, 'transcript-load');
  stage.append(element);
  await loaded;
  // The lines' text is read ahead in idle slices after they are built.
  await sleep(2000);
  const root = /** @type {ShadowRoot} */ (element.shadowRoot);
  const field = /** @type {HTMLInputElement} */ (root.querySelector('[part~="search"]'));
  const scroller = /** @type {HTMLElement} */ (root.querySelector('.scroller'));
  const highlight = () => CSS.highlights.get('transcript-player-match');
  const tasks = watchLongTasks();
  const t0 = performance.now();
  /** @type {{query: string, matches: number, keystroke: number, allMarked: number}[]} */
  const keys = [];
  for (let i = 1; i <= query.length; i++) {
    const typed = query.slice(0, i);
    // The first slice after a keystroke removes every earlier mark: one of them tells when it ran.
    const earlier = highlight()?.values().next().value;
    const started = performance.now();
    field.value = typed;
    field.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true, inputType: 'insertText'}));
    await element.updateComplete;
    scroller.getBoundingClientRect();
    const keystroke = performance.now() - started;
    // "3 of 37,608": the count is grouped for its locale.
    const count = /of ([\d,]+)/.exec(root.querySelector('[part~="search-count"]')?.textContent ?? '')?.[1] ?? '0';
    const matches = Number(count.replace(/\D/g, ''));
    await until(
      () => (!earlier || !highlight()?.has(earlier)) && (highlight()?.size ?? 0) === matches,
      'every match marked',
      20000,
    );
    keys.push({query: typed, matches, keystroke, allMarked: performance.now() - started});
    await sleep(100);
  }
  const longTasks = tasks.between(t0, performance.now());
  tasks.stop();
  const rebuilt = mediaEvent(element, 'transcript-load');
  const r0 = performance.now();
  element.setAttribute('captions', URL.createObjectURL(new Blob([vtt], {type: 'text/vtt'})));
  await rebuilt;
  const rebuild = performance.now() - r0;
  element.remove();
  return {keys, longTasks, rebuild};
}

/** What scripts/bench.mjs calls in the page, as `window.bench` (typed in bench/globals.d.ts). */
export const bench = {lag, clock, longLoad, firstInput, longPlay, cycle, lines, searchTyping, ready: true};
window.bench = bench;
