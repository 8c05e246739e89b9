import {expect, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {MEDIA, activeLines, cueLines, seekTo, until, withMetadata} from './helpers.js';

// Spread over the real media so that every cue can be reached by seeking.
const SPAN = 213;

const stamp = (ms: number) => {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.floor(ms / 3600000))}:${pad(Math.floor(ms / 60000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
};

/**
 * `count` cues over the media, each ending where the next begins (whole milliseconds), so that
 * at any time exactly one is active; cue `n` reads "Line n of the long transcript".
 * `broken` cues get an unreadable timing line.
 */
function longCaptions(count: number, broken: ReadonlySet<number> = new Set()): string {
  const at = (n: number) => Math.round((n * SPAN * 1000) / count);
  const parts = ['WEBVTT', ''];
  for (let n = 0; n < count; n++) {
    const timing = `${stamp(at(n))} --> ${stamp(at(n + 1))}`;
    parts.push(broken.has(n) ? timing.replace('-->', '->') : timing, `Line ${n} of the long transcript`, '');
  }
  return parts.join('\n');
}

/** The 1-based line of cue `n`'s timing line in longCaptions (a header of two lines, three per cue). */
const timingLineOf = (n: number) => 3 + 3 * n;

const vttUrl = (text: string) => URL.createObjectURL(new Blob([text], {type: 'text/vtt'}));

/** Counts the frames the page renders until stop(): work done in slices lets them through. */
function countFrames(): {stop: () => number} {
  let frames = 0;
  let running = true;
  const frame = () => {
    frames++;
    if (running) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return {
    stop: () => {
      running = false;
      return frames;
    },
  };
}

/** Line `index` if it is made (a long transcript makes lines as the reader reaches them). */
function madeLine(element: TranscriptPlayerElement, index: number): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="cue"][data-index="${index}"]`);
}

/** The index of the line that has focus, or -1. */
function focusedIndex(element: TranscriptPlayerElement): number {
  const focused = element.shadowRoot!.activeElement as HTMLElement | null;
  return focused?.dataset.index === undefined ? -1 : Number(focused.dataset.index);
}

/** Waits until every one of `count` lines is made (transcripts short enough to be made whole). */
async function allMade(element: TranscriptPlayerElement, count: number): Promise<HTMLElement[]> {
  await until(() => cueLines(element).length === count, `all ${count} lines made`, 60000);
  return cueLines(element);
}

/** The cue index holding `time`: the one line that must be marked. */
function cueAt(element: TranscriptPlayerElement, time: number): number {
  return element.cues.findIndex((cue) => cue.start <= time && time < cue.end);
}

describe('<transcript-player> with 100,000 cues', () => {
  const COUNT = 100000;
  let element: TranscriptPlayerElement;
  let media: HTMLMediaElement;
  let url: string;
  let frames = 0;
  /** The progress bar's values and name, read at each frame of the load. */
  const progress: number[] = [];
  let progressName: string | null = null;

  before(async function () {
    // Firefox and WebKit take 15 to 45 s to make 100,000 lines (docs/benchmarks.md), Chromium 3.
    this.timeout(120000);
    url = vttUrl(longCaptions(COUNT));
    const counter = countFrames();
    let watching = true;
    const watch = () => {
      const bar = element.shadowRoot?.querySelector<HTMLProgressElement>('[part="progress"]');
      if (bar) {
        progress.push(bar.value);
        progressName = bar.getAttribute('aria-label');
      }
      if (watching) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    // Not a fixture: those are removed after each test, and this one serves them all.
    element = document.createElement('transcript-player');
    element.setAttribute('src', MEDIA.mp4);
    element.setAttribute('captions', url);
    const loaded = oneEvent(element, 'transcript-load');
    document.body.append(element);
    await loaded;
    watching = false;
    frames = counter.stop();
    media = await withMetadata(element);
    media.muted = true;
  });

  after(() => {
    element.remove();
    URL.revokeObjectURL(url);
  });

  it('reads every cue in slices the page renders frames between, then hides its progress', () => {
    expect(element.cues).to.have.length(COUNT);
    // Read in one task, the page would render no frame until the end.
    expect(frames).to.be.greaterThan(5);
    expect(element.shadowRoot!.querySelector('[part="progress"]')).to.equal(null);
  });

  it('showed its progress while reading, named for screen readers', () => {
    expect(progressName).to.equal('Loading transcript…');
    // It moved forward through the file, frame after frame.
    expect(progress.every((value, i) => i === 0 || value >= progress[i - 1])).to.be.true;
    expect(progress.some((value) => value > 0 && value < 0.5)).to.be.true;
    expect(progress.some((value) => value >= 0.5 && value < 1)).to.be.true;
  });

  it("makes only the lines near the view, and holds every line's words for find-in-page", () => {
    const made = cueLines(element);
    expect(made.length, 'lines made').to.be.greaterThan(0);
    expect(made.length, 'lines made').to.be.lessThan(2000);
    // The rest wait as stand-ins that hold their words, in order, as one list item per group.
    const list = element.shadowRoot!.querySelector('.cues')!;
    const words = list.textContent;
    expect(words).to.contain(`Line ${COUNT - 1} of the long transcript`);
    expect(words.indexOf('Line 54321 of')).to.be.lessThan(words.indexOf('Line 54322 of'));
    const standIn = list.querySelector('.pending')!;
    expect(standIn.getAttribute('role')).to.equal('listitem');
    expect(standIn.parentElement!.getAttribute('role')).to.equal('list');
  });

  it('makes the lines the reader scrolls to', async function () {
    this.timeout(30000);
    const scroller = element.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = scroller.scrollHeight / 2;
    const view = scroller.getBoundingClientRect();
    const atMiddle = () => {
      const found = element.shadowRoot!.elementFromPoint(view.left + view.width / 2, view.top + view.height / 2);
      return found?.closest<HTMLElement>('[part~="cue"]') ?? null;
    };
    await until(() => atMiddle() !== null, 'a made line in the middle of the panel');
    const index = Number(atMiddle()!.dataset.index);
    expect(index).to.be.within(COUNT * 0.3, COUNT * 0.7);
    expect(atMiddle()!.textContent).to.contain(`Line ${index} of`);
    // The reader's scroll paused following; the next test follows again.
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="resume"]')!.click();
    expect(element.following).to.be.true;
  });

  it('marks the right line after seeking near the end; keys, follow and search work there', async function () {
    this.timeout(60000);
    const time = 211.4567;
    await seekTo(media, time);
    const index = cueAt(element, media.currentTime);
    expect(index).to.be.greaterThan(COUNT - 1000);
    await until(() => activeLines(element).length === 1, 'one active line');
    const active = madeLine(element, index)!;
    expect(activeLines(element)).to.deep.equal([active]);
    // Following: the active line was brought into view.
    const scroller = element.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    const inView = (line: HTMLElement) => {
      const box = line.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
    };
    await until(() => inView(active), 'the active line to be scrolled into view');

    active.focus();
    await sendKeys({press: 'ArrowDown'});
    expect(focusedIndex(element)).to.equal(index + 1);
    await sendKeys({press: 'End'});
    expect(focusedIndex(element)).to.equal(COUNT - 1);
    await until(() => inView(madeLine(element, COUNT - 1)!), 'the last line to be scrolled into view');
    await sendKeys({press: 'Home'});
    expect(focusedIndex(element)).to.equal(0);

    // One line of 100,000 holds "line 59990 of", far from any line made so far.
    expect(madeLine(element, 59990)).to.equal(null);
    expect(element.search('line 59990 of')).to.equal(1);
    const match = () => madeLine(element, 59990);
    await until(() => match()?.getAttribute('part')?.includes('current-match') === true, 'the match marked');
    await until(() => inView(match()!), 'the match scrolled into view');
  });

  it('marks the matches in lines made after the search, as they are made', async function () {
    this.timeout(30000);
    // Every line matches; most are not made yet.
    expect(element.search('of the long')).to.equal(COUNT);
    await until(() => element.shadowRoot!.querySelector('[part~="current-match"]') !== null, 'the current match');
    const far = 77777;
    expect(madeLine(element, far)).to.equal(null);
    element.currentTime = element.cues[far].start + 0.001;
    await until(() => madeLine(element, far) !== null, 'the line at the playhead made');
    await until(() => madeLine(element, far)!.getAttribute('part')!.split(' ').includes('match'), 'its match marked');
    // Its group's other lines too.
    expect(madeLine(element, far + 1)!.getAttribute('part')).to.contain('match');
    // One range per made line that holds a match (every line holds one), none for the others.
    const marked = cueLines(element).filter((line) => line.getAttribute('part')!.split(' ').includes('match'));
    expect(marked.length).to.equal(cueLines(element).length);
    const highlight = CSS.highlights?.get('transcript-player-match');
    if (highlight) await until(() => highlight.size === marked.length, 'a range for each made match');
    element.search('');
  });
});

describe('<transcript-player> reading long captions in slices', () => {
  it('gives a mistake deep in the file its own line number', async function () {
    this.timeout(60000);
    // Large enough to be read in many slices (a slice is at most 30 ms); the mistakes are near the end.
    const count = 20000;
    const broken = new Set([16000, 19990]);
    const url = vttUrl(longCaptions(count, broken));
    try {
      const errors: {message: string; line?: number}[] = [];
      const wrapper = document.createElement('div');
      wrapper.innerHTML = `<transcript-player captions="${url}"></transcript-player>`;
      const element = wrapper.firstElementChild as TranscriptPlayerElement;
      element.addEventListener('transcript-error', (event) => errors.push(event as unknown as (typeof errors)[0]));
      const counter = countFrames();
      const loaded = oneEvent(element, 'transcript-load');
      document.body.append(element);
      await loaded;
      const frames = counter.stop();
      expect(frames, 'frames rendered while reading').to.be.greaterThan(3);
      expect(errors.map((error) => error.line)).to.deep.equal([timingLineOf(16000), timingLineOf(19990)]);
      expect(errors[0].message).to.contain(`line ${timingLineOf(16000)}`);
      expect(element.cues).to.have.length(count - broken.size);
      // The lines around the skipped cues are the right ones.
      const lines = await allMade(element, count - broken.size);
      expect(lines[15999].textContent).to.contain('Line 15999 of');
      expect(lines[16000].textContent).to.contain('Line 16001 of');
      const alert = element.shadowRoot!.querySelector('[part="error"]')!;
      expect(alert.textContent).to.contain(`line ${timingLineOf(16000)}`);
      element.remove();
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('drops a long load cleanly when the captions change in the middle of it', async function () {
    this.timeout(60000);
    const url = vttUrl(longCaptions(30000));
    try {
      const element = document.createElement('transcript-player');
      element.setAttribute('src', MEDIA.mp4);
      element.setAttribute('captions', url);
      const loads: number[] = [];
      element.addEventListener('transcript-load', () => loads.push(element.cues.length));
      document.body.append(element);
      // Mid-load: part of the long file is read.
      const progress = () => element.shadowRoot!.querySelector<HTMLProgressElement>('[part="progress"]');
      await until(() => (progress()?.value ?? 0) > 0.1, 'part of the file read');
      expect(progress(), 'still loading').to.not.equal(null);
      element.setAttribute('captions', MEDIA.captions);
      await until(() => loads.length > 0, 'the new captions to load');
      // Longer than the long file would have taken to finish.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(loads).to.have.length(1);
      const count = loads[0];
      expect(count).to.be.lessThan(100);
      expect(element.cues).to.have.length(count);
      expect(cueLines(element)).to.have.length(count);
      expect(cueLines(element).some((line) => line.textContent.includes('of the long transcript'))).to.be.false;
      // The caption overlay holds the new cues only.
      const media = await withMetadata(element);
      const track = [...media.textTracks].find((candidate) => (candidate.cues?.length ?? 0) > 0);
      expect(track?.cues?.length).to.equal(count);
      element.remove();
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});
