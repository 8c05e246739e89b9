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

  before(async function () {
    // Firefox and WebKit take 15 to 45 s to make 100,000 lines (docs/benchmarks.md), Chromium 3.
    this.timeout(120000);
    url = vttUrl(longCaptions(COUNT));
    const counter = countFrames();
    // Not a fixture: those are removed after each test, and this one serves them all.
    element = document.createElement('transcript-player');
    element.setAttribute('src', MEDIA.mp4);
    element.setAttribute('captions', url);
    const loaded = oneEvent(element, 'transcript-load');
    document.body.append(element);
    await loaded;
    frames = counter.stop();
    media = await withMetadata(element);
    media.muted = true;
  });

  after(() => {
    element.remove();
    URL.revokeObjectURL(url);
  });

  it('renders every cue as a line, in slices the page renders frames between, and then hides its progress', () => {
    expect(element.cues).to.have.length(COUNT);
    const lines = cueLines(element);
    expect(lines).to.have.length(COUNT);
    expect(lines[COUNT - 1].textContent).to.contain(`Line ${COUNT - 1} of`);
    // Read and built in one task, the page would render no frame until the end.
    expect(frames).to.be.greaterThan(5);
    expect(element.shadowRoot!.querySelector('[part="progress"]')).to.equal(null);
  });

  it('marks the right line after seeking near the end; keys, follow and search work there', async function () {
    this.timeout(60000);
    const time = 211.4567;
    await seekTo(media, time);
    const index = cueAt(element, media.currentTime);
    expect(index).to.be.greaterThan(COUNT - 1000);
    const lines = cueLines(element);
    await until(() => activeLines(element).length === 1, 'one active line');
    expect(activeLines(element)).to.deep.equal([lines[index]]);
    // Following: the active line was brought into view.
    const scroller = element.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    const inView = (line: HTMLElement) => {
      const box = line.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
    };
    await until(() => inView(lines[index]), 'the active line to be scrolled into view');

    lines[index].focus();
    await sendKeys({press: 'ArrowDown'});
    expect(element.shadowRoot!.activeElement).to.equal(lines[index + 1]);
    await sendKeys({press: 'End'});
    expect(element.shadowRoot!.activeElement).to.equal(lines[COUNT - 1]);
    await until(() => inView(lines[COUNT - 1]), 'the last line to be scrolled into view');
    await sendKeys({press: 'Home'});
    expect(element.shadowRoot!.activeElement).to.equal(lines[0]);

    // One line of 100,000 holds "line 99990 of".
    expect(element.search('line 99990 of')).to.equal(1);
    await until(() => lines[99990].getAttribute('part')?.includes('current-match') === true, 'the match marked');
    await until(() => inView(lines[99990]), 'the match scrolled into view');
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
      const lines = cueLines(element);
      expect(lines[15999].textContent).to.contain('Line 15999 of');
      expect(lines[16000].textContent).to.contain('Line 16001 of');
      const alert = element.shadowRoot!.querySelector('[part="error"]')!;
      expect(alert.textContent).to.contain(`line ${timingLineOf(16000)}`);
      element.remove();
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('shows its progress while loading, named for screen readers', async function () {
    this.timeout(60000);
    const url = vttUrl(longCaptions(20000));
    try {
      const element = document.createElement('transcript-player');
      element.setAttribute('captions', url);
      const values: number[] = [];
      let label: string | null = null;
      let watching = true;
      const watch = () => {
        const progress = element.shadowRoot?.querySelector<HTMLProgressElement>('[part="progress"]');
        if (progress) {
          values.push(progress.value);
          label = progress.getAttribute('aria-label');
        }
        if (watching) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
      const loaded = oneEvent(element, 'transcript-load');
      document.body.append(element);
      await loaded;
      watching = false;
      expect(label).to.equal('Loading transcript…');
      expect(values.length).to.be.greaterThan(2);
      // It moves forward, and shows both halves (reading the file, making its lines).
      expect(values.every((value, i) => i === 0 || value >= values[i - 1])).to.be.true;
      expect(values.some((value) => value > 0 && value < 0.5)).to.be.true;
      expect(values.some((value) => value > 0.5 && value < 1)).to.be.true;
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part="progress"]')).to.equal(null);
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
      // Mid-load: the long file's first lines are shown, and it is still loading.
      await until(() => cueLines(element).length > 0, 'the first lines');
      expect(element.shadowRoot!.querySelector('[part="progress"]'), 'still loading').to.not.equal(null);
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
