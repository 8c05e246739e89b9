// `npm run bench`: highlight lag, a 10,000-cue transcript, bundle sizes and memory, measured
// against a timeupdate baseline and hyperaudio-lite in headless Chromium; the highlight lag also in
// Firefox and WebKit (scripts/bench-engines.mjs). Prints one table and writes it into
// docs/benchmarks.md between the bench markers (the rest is kept).
// `npm run bench -- --only=lag,long,sizes,search,size,memory,layout` runs some sections;
// `--engines=chromium,firefox,webkit` some engines (the sections other than lag need Chromium).
// BENCH_DEBUG=1 logs every lag row's values; BENCH_DUMP=<dir> writes each lag row's raw result.
import {execFileSync} from 'node:child_process';
import {readFile, writeFile} from 'node:fs/promises';
import os from 'node:os';
import {gzipSync} from 'node:zlib';
import {startDevServer} from '@web/dev-server';
import * as esbuild from 'esbuild';
import {ENGINE_LABELS, ENGINE_NAMES, launchEngine, missing} from './bench-engines.mjs';
import {freePort} from './browsers.mjs';
import {singleFileOptions} from './bundle-options.mjs';
import {devServerOptions} from './dev-server-config.mjs';

/** @typedef {import('puppeteer-core').Browser} Browser */
/** @typedef {import('puppeteer-core').Page} Page */
/** @typedef {Window['bench']} Bench */
/** @typedef {import('../bench/harness.js').Impl} Impl */
/** @typedef {Exclude<keyof Bench, 'ready'>} BenchCall */
/** @typedef {import('./bench-engines.mjs').EngineName} EngineName */
/** @typedef {import('./bench-engines.mjs').Engine} Engine */
/** @typedef {import('./bench-engines.mjs').EnginePage} EnginePage */
/** @typedef {import('../bench/harness.js').ClockTrace} ClockTrace */
/**
 * A fresh page with the benchmark's page loaded.
 * @typedef {object} BenchPage
 * @property {Page} page
 * @property {() => Promise<number>} heap the JS heap in bytes after forced garbage collection
 * @property {<K extends BenchCall>(name: K, options: Parameters<Bench[K]>[0]) => Promise<Awaited<ReturnType<Bench[K]>>>} run
 *   calls `window.bench[name](options)` in the page (bench/harness.js)
 */

const DOC = 'docs/benchmarks.md';
const BEGIN = '<!-- bench:begin (written by npm run bench) -->';
const END = '<!-- bench:end -->';
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice(7)
  .split(',');
/** @param {string} section */
const runs = (section) => !only || only.includes(section);
const onlyImpls = process.argv
  .find((arg) => arg.startsWith('--impl='))
  ?.slice(7)
  .split(',');
const enginesArg = process.argv
  .find((arg) => arg.startsWith('--engines='))
  ?.slice(10)
  .split(',')
  .filter(Boolean);
const unknownEngines = (enginesArg ?? []).filter(
  (name) => !(/** @type {readonly string[]} */ (ENGINE_NAMES).includes(name)),
);
if (unknownEngines.length) {
  console.error(`Unknown engine ${unknownEngines.join(', ')}: choose from ${ENGINE_NAMES.join(', ')}.`);
  process.exit(2);
}
/** @type {EngineName[]} */
const engineNames = ENGINE_NAMES.filter((name) => !enginesArg || enginesArg.includes(name));
const started = Date.now();
/** @param {string} message */
const log = (message) => console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

// Wall seconds of playback per segment; each row plays from a few regions of the 214 s media.
// hyperaudio-lite runs in Chromium only (LAG_ENGINE_IMPLS).
/** @type {Record<'synthetic' | 'real', {segments: {from: number, seconds: number}[], impls: Impl[]}>} */
const LAG_PLAN = {
  // Four stretches of 7 s: about 26 boundaries at 1x and 52 at 2x, so p95 is not just the maximum.
  synthetic: {
    segments: [20, 70, 120, 170].map((from) => ({from, seconds: 7})),
    impls: ['ours', 'baseline', 'hyperaudio'],
  },
  real: {segments: [8, 120].map((from) => ({from, seconds: 5})), impls: ['ours', 'hyperaudio']},
};
/** @type {Record<EngineName, Impl[]>} */
const LAG_ENGINE_IMPLS = {
  chromium: ['ours', 'baseline', 'hyperaudio'],
  firefox: ['ours', 'baseline'],
  webkit: ['ours', 'baseline'],
};
// The media clock probe: a plain <video> read on back-to-back tasks.
const CLOCK_PROBE = {rate: 1, from: 30, seconds: 4};
// The upper envelope of the sampled clock (see timelineOf).
const ENVELOPE_PERCENTILE = 80;
const LONG = {count: 10000, seconds: 36000};
// The same 10,000 cues squeezed onto the real media, so playback crosses a line every 21 ms.
const LONG_ON_MEDIA = {count: 10000, seconds: 214};
// Transcripts of any length: 10,000 cues over 10 hours, 100,000 and 360,000 at the same pace.
const SIZES = [
  {count: 10000, seconds: 36000},
  {count: 100000, seconds: 360000},
  {count: 360000, seconds: 1296000},
];
const CYCLES = 50;
// Typed one key at a time into the search of the 10-hour, 10,000-cue transcript.
const SEARCH_QUERY = 'the camps';

/** @type {Record<Impl, string>} */
const IMPL_NAMES = {
  ours: '<transcript-player>',
  baseline: 'timeupdate baseline',
  hyperaudio: 'hyperaudio-lite 2.6.4',
};

// ---- helpers ---------------------------------------------------------------------------------

/**
 * @param {number[]} values
 * @param {number} p
 */
function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** @type {(value: number, digits?: number) => string} */
const ms = (value, digits = 1) => (Number.isFinite(value) ? `${value.toFixed(digits)} ms` : '—');
/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** @param {number} bytes */
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
/** @param {number[]} tasks the long tasks' durations */
const tasksText = (tasks) => (tasks.length ? `${tasks.length} (longest ${ms(Math.max(...tasks), 0)})` : '0');

/**
 * A markdown table, padded so it also reads as plain text.
 * @param {string[]} head
 * @param {string[][]} rows
 */
function table(head, rows) {
  const widths = head.map((cell, i) => Math.max(cell.length, ...rows.map((row) => String(row[i]).length)));
  const line = (/** @type {string[]} */ cells) =>
    `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

// ---- sizes -----------------------------------------------------------------------------------

async function sizes() {
  const buildOutput = execFileSync(process.execPath, ['scripts/build.mjs'], {encoding: 'utf8'});
  log(buildOutput.split('\n')[0]);
  const bundle = await readFile('dist/transcript-player.js');
  const own = await esbuild.build({
    ...singleFileOptions,
    external: ['lit', 'lit/*', '@lit/*', 'video.js', 'video.js/*'],
    logLevel: 'error',
  });
  const hyperaudio = await esbuild.build({
    entryPoints: ['node_modules/hyperaudio-lite/js/hyperaudio-lite.mjs'],
    bundle: true,
    format: 'esm',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'error',
  });
  /** @param {Uint8Array} bytes */
  const gz = (bytes) => gzipSync(bytes, {level: 9}).length;
  const ownCode = own.outputFiles[0].contents;
  const hyperaudioCode = hyperaudio.outputFiles[0].contents;
  return {
    bundle: gz(bundle),
    bundleMin: bundle.length,
    own: gz(ownCode),
    ownMin: ownCode.length,
    hyperaudio: gz(hyperaudioCode),
    hyperaudioMin: hyperaudioCode.length,
  };
}

// ---- the browser -----------------------------------------------------------------------------

/** @type {Browser} Chromium's, for the sections that run in Chromium only */
let browser;
/** @type {string} */
let origin;

/** @returns {Promise<BenchPage>} */
async function openBench() {
  const page = await browser.newPage();
  await page.setViewport({width: 1280, height: 800});
  page.on('pageerror', (error) => log(`page error: ${error instanceof Error ? error.message : String(error)}`));
  page.on('response', (response) => response.status() >= 400 && log(`HTTP ${response.status()} ${response.url()}`));
  await page.goto(`${origin}/bench/index.html`, {waitUntil: 'load'});
  await page.waitForFunction(() => window.bench?.ready, {timeout: 60000});
  const cdp = await page.createCDPSession();
  const heap = async () => {
    // Several passes: the first frees objects whose finalizers free more.
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  /** @type {BenchPage['run']} */
  const run = (name, options) =>
    /** @type {Promise<any>} */ (
      page.evaluate(
        (name, options) => /** @type {(options: unknown) => Promise<unknown>} */ (window.bench[name])(options),
        name,
        options,
      )
    );
  return {page, heap, run};
}

/**
 * Runs `fn` on a fresh benchmark page, closed afterwards.
 * @template T
 * @param {(bench: BenchPage) => Promise<T>} fn
 * @returns {Promise<T>}
 */
async function inPage(fn) {
  const bench = await openBench();
  try {
    return await fn(bench);
  } finally {
    await bench.page.close();
  }
}

/** @type {Impl[]} */
const lagImpls = ['ours', 'baseline', 'hyperaudio'];

/**
 * Runs `fn` on a fresh benchmark page in `engine`, closed afterwards.
 * @template T
 * @param {Engine} engine
 * @param {(page: EnginePage) => Promise<T>} fn
 * @returns {Promise<T>}
 */
async function inEnginePage(engine, fn) {
  const page = await engine.newPage();
  try {
    await page.goto(`${origin}/bench/index.html`);
    const waitStarted = Date.now();
    while (!(await page.evaluate(() => !!window.bench?.ready, undefined))) {
      if (Date.now() - waitStarted > 60000) throw new Error(`${engine.name}: the benchmark page did not get ready`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return await fn(page);
  } finally {
    await page.close();
  }
}

/**
 * The media timeline of one played segment, fitted to the clock sampled while it played: each
 * value, less the wall time since the segment's start times the rate, is an offset; a least-squares
 * line through the offsets over wall time allows a slight drift between the two clocks. A value is
 * taken a little before it shows, and some arrive late, so they all lie at or below the timeline:
 * its place is the upper envelope of the offsets, the ENVELOPE_PERCENTILE of their residuals.
 * @param {ClockTrace} trace
 * @param {number} rate
 * @returns {{at: (wall: number) => number, spread: number} | undefined} `at(wall)`: media seconds
 *   at wall time `wall` (ms); `spread`: the residuals' 5th to 95th percentile, in ms of media
 */
function timelineOf({walls, values}, rate) {
  const n = walls.length;
  if (n < 3) return undefined;
  const perMs = rate / 1000;
  const origin = walls[0];
  const x = walls.map((wall) => wall - origin);
  const offsets = values.map((value, i) => value - x[i] * perMs);
  const meanX = x.reduce((sum, value) => sum + value, 0) / n;
  const meanO = offsets.reduce((sum, value) => sum + value, 0) / n;
  let sxx = 0;
  let sxo = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i] - meanX) ** 2;
    sxo += (x[i] - meanX) * (offsets[i] - meanO);
  }
  const slope = sxx > 0 ? sxo / sxx : 0;
  const intercept = meanO - slope * meanX;
  const residuals = offsets.map((offset, i) => offset - (intercept + slope * x[i]));
  const envelope = percentile(residuals, ENVELOPE_PERCENTILE);
  return {
    at: (wall) => (wall - origin) * perMs + intercept + slope * (wall - origin) + envelope,
    spread: (percentile(residuals, 95) - percentile(residuals, 5)) * 1000,
  };
}

/** @param {number[]} values */
const stats = (values) => ({
  n: values.length,
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  max: values.length ? Math.max(...values) : NaN,
  min: values.length ? Math.min(...values) : NaN,
});

/**
 * The engine's currentTime on a plain <video> at 1x: how often a reading on back-to-back tasks
 * sees a new value, and the median step between values.
 * @param {Engine} engine
 */
async function clockStep(engine) {
  const trace = await inEnginePage(engine, (page) =>
    page.evaluate((options) => window.bench.clock(options), CLOCK_PROBE),
  );
  // The first change is the start of playback, not a step.
  const steps = trace.values.slice(2).map((value, i) => (value - trace.values[i + 1]) * 1000);
  const result = {
    engine: engine.name,
    step: percentile(steps, 50),
    changes: trace.values.length,
    reads: trace.reads,
    seconds: CLOCK_PROBE.seconds,
  };
  log(
    `clock ${engine.name}: ${result.changes} changes in ${result.reads} readings over ${result.seconds} s, median step ${ms(result.step, 2)}`,
  );
  return result;
}

/**
 * The highlight-lag rows of one engine. In Firefox and WebKit each row also samples the media
 * clock while it plays and reports the lag against the fitted media timeline (timelineOf).
 * @param {Engine} engine
 */
async function lagRows(engine) {
  const withTimeline = engine.name !== 'chromium';
  const rows = [];
  for (const captions of /** @type {const} */ (['synthetic', 'real'])) {
    for (const rate of [1, 2]) {
      for (const impl of lagImpls) {
        if (onlyImpls && !onlyImpls.includes(impl)) continue;
        if (!LAG_PLAN[captions].impls.includes(impl) || !LAG_ENGINE_IMPLS[engine.name].includes(impl)) continue;
        const options = {impl, captions, rate, segments: LAG_PLAN[captions].segments, timeline: withTimeline};
        const result = await inEnginePage(engine, (page) =>
          page.evaluate((options) => window.bench.lag(options), options),
        );
        if (process.env.BENCH_DUMP)
          await writeFile(
            `${process.env.BENCH_DUMP}/lag-${engine.name}-${impl}-${captions}-${rate}x.json`,
            JSON.stringify(result),
          );
        const firsts = result.samples.filter((sample) => sample.first);
        const cueLevel = firsts.map((sample) => sample.lag);
        const words =
          impl === 'hyperaudio' && captions === 'real' ? result.samples.map((sample) => sample.lag) : undefined;
        const seen = new Set(firsts.map((sample) => sample.start)).size;
        let timeline;
        if (withTimeline) {
          const fits = result.clocks.map((trace) => timelineOf(trace, rate));
          /** @type {number[]} */
          const lags = [];
          for (const sample of firsts) {
            const fit = fits[sample.segment];
            if (fit) lags.push((fit.at(sample.wall) - sample.start) * 1000);
          }
          timeline = {
            ...stats(lags),
            spread: fits.map((fit) => (fit ? fit.spread.toFixed(1) : '—')).join(' / '),
            changesPerSecond:
              result.clocks.reduce((sum, trace) => sum + trace.values.length, 0) /
              LAG_PLAN[captions].segments.reduce((sum, segment) => sum + segment.seconds, 0),
          };
        }
        const row = {
          engine: engine.name,
          impl,
          captions,
          rate,
          crossed: result.crossed,
          missed: Math.max(0, result.crossed - seen),
          ...stats(cueLevel),
          timeline,
          words: words && stats(words),
        };
        rows.push(row);
        if (process.env.BENCH_DEBUG) {
          /** @param {number[]} values */
          const sorted = (values) =>
            [...values]
              .sort((a, b) => a - b)
              .map((lag) => lag.toFixed(1))
              .join(' ');
          log(sorted(cueLevel));
          if (timeline)
            log(
              `timeline residuals p5-p95 per segment (ms): ${timeline.spread}; ${timeline.changesPerSecond.toFixed(0)} clock changes/s`,
            );
        }
        log(
          `lag ${engine.name} ${impl} ${captions} ${rate}x: n=${row.n}/${row.crossed} p50 ${ms(row.p50)} p95 ${ms(row.p95)} max ${ms(row.max)}` +
            (timeline ? `; vs timeline p50 ${ms(timeline.p50)} p95 ${ms(timeline.p95)} max ${ms(timeline.max)}` : ''),
        );
      }
    }
  }
  return rows;
}

async function longRows() {
  const rows = [];
  for (const impl of lagImpls.filter((impl) => impl !== 'baseline')) {
    const load = await inPage(async ({run, heap}) => {
      const before = await heap();
      const result = await run('longLoad', {impl, ...LONG});
      const after = await heap();
      return {...result, heapBefore: before, heapAfter: after};
    });
    const play = await inPage(({run}) => run('longPlay', {impl, ...LONG_ON_MEDIA, from: 110, play: 10}));
    rows.push({impl, load, play});
    log(
      `long ${impl}: lines ${load.lines}, painted ${ms(load.firstLines, 0)}, ready ${ms(load.ready, 0)}, load long tasks ${tasksText(load.longTasks)}, heap +${mb(load.heapAfter - load.heapBefore)}, playback long tasks ${tasksText(play.longTasks)} over ${play.changes} changes`,
    );
  }
  return rows;
}

/**
 * Loads each size with the bundle, and clicks the first line as soon as it is painted: Event
 * Timing says how long that click waited while the rest loaded.
 */
async function sizeRows() {
  const rows = [];
  const counts = process.argv
    .find((arg) => arg.startsWith('--sizes='))
    ?.slice(8)
    .split(',')
    .map(Number);
  for (const size of SIZES.filter(({count}) => !counts || counts.includes(count))) {
    const row = await inPage(async ({page, run, heap}) => {
      const before = await heap();
      const loading = run('longLoad', {impl: 'ours', ...size});
      const line = await page.waitForFunction(
        () => document.querySelector('transcript-player')?.shadowRoot?.querySelector('.cue'),
        {polling: 'raf', timeout: 120000},
      );
      const box = await /** @type {import('puppeteer-core').ElementHandle<Element>} */ (line).boundingBox();
      if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      const load = await loading;
      const after = await heap();
      const input = await run('firstInput', undefined);
      return {...size, load, heapBefore: before, heapAfter: after, input};
    });
    rows.push(row);
    const input = row.input;
    log(
      `size ${row.count}: ${mb(row.load.bytes)}, painted ${ms(row.load.firstLines, 0)}, ready ${ms(row.load.ready, 0)}, long tasks ${tasksText(row.load.longTasks)}, heap ${mb(row.heapAfter)}, click during load: ${input ? `at ${ms(input.at - row.load.t0, 0)}, delay ${ms(input.delay)}, answered in ${ms(input.duration, 0)}` : 'not seen'}`,
    );
  }
  return rows;
}

async function searchRows() {
  const result = await inPage(({run}) => run('searchTyping', {...LONG, query: SEARCH_QUERY}));
  for (const key of result.keys)
    log(
      `search "${key.query}": ${key.matches} matches, keystroke ${ms(key.keystroke)}, all marked ${ms(key.allMarked)}`,
    );
  log(`search: rebuild ${ms(result.rebuild, 0)}, long tasks while typing ${tasksText(result.longTasks)}`);
  return result;
}

async function memoryRows() {
  const rows = [];
  for (const impl of lagImpls.filter((impl) => impl !== 'baseline')) {
    const result = await inPage(async ({run, heap}) => {
      await run('cycle', {impl, times: 3});
      const before = await heap();
      await run('cycle', {impl, times: CYCLES});
      await new Promise((resolve) => setTimeout(resolve, 500));
      const after = await heap();
      return {before, after};
    });
    rows.push({impl, ...result});
    log(`memory ${impl}: ${mb(result.before)} -> ${mb(result.after)} over ${CYCLES} cycles`);
  }
  return rows;
}

// ---- report ----------------------------------------------------------------------------------

/**
 * What a run measured, by section; a section left out by --only is undefined.
 * @typedef {object} Results
 * @property {Awaited<ReturnType<typeof lagRows>>} [lag] the lag rows of every engine that ran
 * @property {Awaited<ReturnType<typeof clockStep>>[]} [clock] each engine's currentTime step
 * @property {{engine: EngineName, why: string}[]} [skipped] engines that did not run, and why
 * @property {Awaited<ReturnType<typeof longRows>>} [long]
 * @property {Awaited<ReturnType<typeof sizeRows>>} [sizes]
 * @property {Awaited<ReturnType<typeof searchRows>>} [search]
 * @property {Awaited<ReturnType<typeof sizes>>} [size]
 * @property {Awaited<ReturnType<typeof memoryRows>>} [memory]
 * @property {string} [layout]
 */

/**
 * @param {Results & {meta: {[key in 'date' | 'browser' | 'cpu' | 'cores' | 'platform' | 'node' | 'seconds']: string | number}}} results
 */
function report({meta, lag, clock, skipped, long, sizes, search, size, memory, layout}) {
  const out = [];
  out.push(
    `Run ${meta.date} · ${meta.browser} · ${meta.cpu} (${meta.cores} cores) · ${meta.platform} · Node ${meta.node} · ${meta.seconds} s`,
  );
  if (lag) {
    out.push(
      '',
      '### 1. Highlight lag (media position at the highlight change minus the start of the cue it activates)',
      '',
      '(a) vs `currentTime`: `media.currentTime` read in the MutationObserver callback of the change. ' +
        '(b) vs the media timeline (Firefox, WebKit): the timeline fitted to the media clock sampled while playing, ' +
        'at the wall time of that callback. hyperaudio-lite runs in Chromium only.',
      '',
    );
    out.push(
      table(
        [
          'engine',
          'implementation',
          'captions',
          'rate',
          'changes / boundaries',
          '(a) p50',
          '(a) p95',
          '(a) max',
          '(b) p50',
          '(b) p95',
          '(b) max',
        ],
        lag.map((row) => [
          ENGINE_LABELS[row.engine],
          IMPL_NAMES[row.impl],
          row.captions,
          `${row.rate}x`,
          `${row.n} / ${row.crossed}`,
          ms(row.p50),
          ms(row.p95),
          ms(row.max),
          ms(row.timeline?.p50 ?? NaN),
          ms(row.timeline?.p95 ?? NaN),
          ms(row.timeline?.max ?? NaN),
        ]),
      ),
    );
    if (clock?.length) {
      const steps = clock.map(
        (probe) =>
          `${ENGINE_LABELS[probe.engine]} ${ms(probe.step, 2)} (a new value at ${Math.round((100 * probe.changes) / Math.max(1, probe.reads))} % of ${probe.reads} readings)`,
      );
      out.push(
        '',
        `currentTime step at 1x (median change between values, a plain <video> read on back-to-back tasks for ${CLOCK_PROBE.seconds} s): ${steps.join('; ')}.`,
      );
    }
    for (const row of lag) {
      if (!row.words) continue;
      out.push(
        '',
        `hyperaudio-lite per word (${ENGINE_LABELS[row.engine]}, real captions, ${row.rate}x): ${row.words.n} word changes, p50 ${ms(row.words.p50)}, p95 ${ms(row.words.p95)}, max ${ms(row.words.max)}.`,
      );
    }
  }
  for (const {engine, why} of skipped ?? []) out.push('', `${ENGINE_LABELS[engine]}: not measured (${why}).`);
  if (long) {
    out.push(
      '',
      `### 2. 10,000 cues: a 10-hour transcript (load), and the same cues over the 214 s media (10 s of playback)`,
      '',
    );
    out.push(
      table(
        [
          'implementation',
          'first lines painted',
          'ready',
          'long tasks in load',
          'heap after load (growth)',
          'long tasks in 10 s playback',
          'highlight changes',
        ],
        long.map(({impl, load, play}) => [
          IMPL_NAMES[impl],
          ms(load.firstLines, 0),
          ms(load.ready, 0),
          tasksText(load.longTasks),
          `${mb(load.heapAfter)} (+${mb(load.heapAfter - load.heapBefore)})`,
          tasksText(play.longTasks),
          String(play.changes),
        ]),
      ),
    );
  }
  if (sizes) {
    out.push(
      '',
      '### 2a. Transcripts of any length: load in slices (captions with a timestamp before every word)',
      '',
      'The first line is clicked as soon as it is painted; Event Timing gives how long that click waited for the main thread and how long until the frame that answered it. Long tasks are those over 50 ms from the element being added until 1.5 s after ready.',
      '',
      table(
        [
          'cues',
          'file',
          'first lines painted',
          'ready',
          'long tasks in load',
          'heap after load',
          'click while loading: delay',
          'click answered in',
        ],
        sizes.map((row) => [
          row.count.toLocaleString('en'),
          mb(row.load.bytes),
          ms(row.load.firstLines, 0),
          ms(row.load.ready, 0),
          tasksText(row.load.longTasks),
          mb(row.heapAfter),
          row.input ? ms(row.input.delay) : 'not seen',
          row.input ? ms(row.input.duration, 0) : 'not seen',
        ]),
      ),
    );
  }
  if (search) {
    const keystrokes = search.keys.map((key) => key.keystroke);
    out.push(
      '',
      `### 2b. Search over the 10,000 cues: typing "${SEARCH_QUERY}" one key at a time, beside a full rebuild of the lines`,
      '',
      "Keystroke: the input handler, Lit's update and the style and layout it causes (forced), before the next frame. " +
        'All marked: until every match is highlighted (after the keystroke, in slices of at most 8 ms).',
      '',
    );
    out.push(
      table(
        ['typed', 'matches', 'keystroke', 'all marked'],
        search.keys.map((key) => [`"${key.query}"`, String(key.matches), ms(key.keystroke), ms(key.allMarked)]),
      ),
      '',
      table(
        ['what', 'time'],
        [
          ['keystroke, median', ms(percentile(keystrokes, 50))],
          ['keystroke, worst', ms(Math.max(...keystrokes))],
          ['long tasks (> 50 ms) while typing', tasksText(search.longTasks)],
          ['full rebuild: new captions (parse and build 10,000 lines) until transcript-load', ms(search.rebuild, 0)],
        ],
      ),
    );
  }
  if (size) {
    out.push('', '### 3. Sizes (minified, gzip -9)', '');
    out.push(
      table(
        ['what', 'minified', 'gzip'],
        [
          ['dist/transcript-player.js, all-in (lit, video.js core, CSS)', kb(size.bundleMin), kb(size.bundle)],
          ['our own code only (dependencies external)', kb(size.ownMin), kb(size.own)],
          ['hyperaudio-lite 2.6.4 (transcript only, no player)', kb(size.hyperaudioMin), kb(size.hyperaudio)],
        ],
      ),
    );
  }
  if (memory) {
    out.push(
      '',
      `### 4. Memory: JS heap after forced GC, before and after ${CYCLES} insert/remove cycles (real media and captions)`,
      '',
    );
    out.push(
      table(
        ['implementation', 'heap before', 'heap after', 'growth'],
        memory.map((row) => [IMPL_NAMES[row.impl], mb(row.before), mb(row.after), mb(row.after - row.before)]),
      ),
    );
  }
  if (layout) {
    out.push(
      '',
      '### Long-list rendering: every line with content-visibility vs @lit-labs/virtualizer (prototype in bench/)',
      '',
    );
    out.push(layout);
  }
  return out.join('\n');
}

/** @param {string} text */
async function writeDoc(text) {
  let doc;
  try {
    doc = await readFile(DOC, 'utf8');
  } catch {
    doc = `# Benchmarks\n\n${BEGIN}\n${END}\n`;
  }
  const begin = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`${DOC} lacks the bench markers`);
  await writeFile(DOC, `${doc.slice(0, begin + BEGIN.length)}\n${text}\n${doc.slice(end)}`);
}

// ---- main ------------------------------------------------------------------------------------

/** @type {Results} */
const results = {};
const chromiumSections = ['size', 'long', 'sizes', 'search', 'memory', 'layout'].filter(runs);
if (!engineNames.includes('chromium') && chromiumSections.some((section) => section !== 'size'))
  log(`Chromium not among --engines: ${chromiumSections.filter((section) => section !== 'size').join(', ')} skipped`);
if (
  runs('size') ||
  runs('lag') ||
  runs('long') ||
  runs('sizes') ||
  runs('search') ||
  runs('memory') ||
  runs('layout')
) {
  // The pages load the bundle this builds.
  log('building dist/transcript-player.js');
  const size = await sizes();
  if (runs('size')) results.size = size;
}
const port = await freePort();
const server = await startDevServer({
  config: {...devServerOptions, hostname: '127.0.0.1', port, open: false, watch: false},
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
origin = `http://127.0.0.1:${port}`;
/** @type {string[]} */
const versions = [];
/** @type {unknown[]} */
const failures = [];
// Stop the browsers, drivers and display on Ctrl+C too (the launchers stop theirs on exit).
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));
try {
  for (const name of engineNames) {
    const needed = runs('lag') || (name === 'chromium' && chromiumSections.some((section) => section !== 'size'));
    if (!needed) continue;
    const why = missing(name);
    if (why) {
      log(`${name}: skipped: ${why}`);
      (results.skipped ??= []).push({engine: name, why});
      continue;
    }
    log(`${name}: starting`);
    /** @type {Engine | undefined} */
    let engine;
    try {
      engine = await launchEngine(name, {log, chromeArgs: ['--js-flags=--expose-gc', '--enable-precise-memory-info']});
      versions.push(engine.version);
      if (runs('lag')) {
        (results.clock ??= []).push(await clockStep(engine));
        (results.lag ??= []).push(...(await lagRows(engine)));
      }
      if (name === 'chromium' && engine.puppeteer) {
        browser = engine.puppeteer;
        if (runs('long')) results.long = await longRows();
        if (runs('sizes')) results.sizes = await sizeRows();
        if (runs('search')) results.search = await searchRows();
        if (runs('memory')) results.memory = await memoryRows();
        if (runs('layout')) {
          const {layoutComparison} = await import('../bench/layout-comparison.mjs');
          results.layout = await layoutComparison({inPage, log, ms, mb, table, tasksText});
        }
      }
    } catch (error) {
      // One engine failing leaves the others' figures; the run still fails at the end.
      failures.push(error);
      log(`${name}: FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      (results.skipped ??= []).push({engine: name, why: 'the run failed'});
    } finally {
      await engine?.close();
    }
  }
  const meta = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    browser: versions.join(' · ') || 'no browser',
    cpu: os.cpus()[0]?.model ?? 'unknown CPU',
    cores: os.cpus().length,
    platform: `${os.type()} ${os.release()}`,
    node: process.versions.node,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  const text = report({meta, ...results});
  console.log(text);
  if (failures.length) log(`${DOC} not written: ${failures.length} engine(s) failed`);
  else if (!only && !enginesArg) await writeDoc(text);
  else log(`--only or --engines: ${DOC} not written`);
} finally {
  await server.stop();
}
if (failures.length) process.exitCode = 1;
