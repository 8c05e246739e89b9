// The faults a real site meets: captions that are slow, never answer, arrive cut off or in UTF-16;
// media whose server stops sending; an element moved while it plays; words too long for the panel.
// The server routes are scripts/fault-middleware.mjs.
import {expect, oneEvent} from '@open-wc/testing';
import type {TranscriptErrorEvent, TranscriptSeekEvent} from '../../src/events.js';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {MEDIA, cueLines, lineText, loadPlayer, mediaEvent, nativeCues, until, withMetadata} from './helpers.js';

const FAULTS = '/__faults';

/** The captions, answered after `ms`. */
const delayed = (ms: number, file = MEDIA.captions) => `${FAULTS}/delay/${ms}${file}`;

const NEVER = `${FAULTS}/never/captions.vtt`;

function shadow(element: TranscriptPlayerElement): ShadowRoot {
  return element.shadowRoot!;
}

function alerts(element: TranscriptPlayerElement): string[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('[part~="error"]')].map((alert) => alert.textContent);
}

/** The loading status's text ('' when there is none), failing if it is there but not seen. */
function loadingStatus(element: TranscriptPlayerElement): string {
  const status = shadow(element).querySelector<HTMLElement>('[part~="status"]');
  const text = status?.textContent.trim() ?? '';
  if (text) expect(status!.getBoundingClientRect().height, 'the loading status is visible').to.be.greaterThan(0);
  return text;
}

function errorsOf(element: TranscriptPlayerElement): TranscriptErrorEvent[] {
  const errors: TranscriptErrorEvent[] = [];
  element.addEventListener('transcript-error', (event) => errors.push(event));
  return errors;
}

/** A player, not yet waiting for anything. */
async function makePlayer(
  attributes: Record<string, string>,
  parent = document.body,
): Promise<TranscriptPlayerElement> {
  const element = document.createElement('transcript-player');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  parent.append(element);
  await element.updateComplete;
  return element;
}

function blobUrl(text: string): string {
  return URL.createObjectURL(new Blob([text], {type: 'text/vtt'}));
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('captions that change, are slow or never answer', () => {
  let element: TranscriptPlayerElement;

  afterEach(() => element?.remove());

  it('drops the old lines and alerts at once and shows a loading status until the new captions come', async () => {
    const broken = blobUrl('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nOld line\n\n00:00:03.000 -> 00:00:04.000\nBad\n');
    element = await loadPlayer(`<transcript-player src="${MEDIA.mp4}" captions="${broken}"></transcript-player>`);
    expect(cueLines(element).map(lineText)).to.deep.equal(['Old line']);
    expect(alerts(element)).to.have.length(1);
    expect(loadingStatus(element)).to.equal('');

    element.captions = delayed(1500);
    const loaded = oneEvent(element, 'transcript-load');
    await element.updateComplete;
    expect(cueLines(element)).to.have.length(0);
    expect(element.cues).to.have.length(0);
    expect(alerts(element)).to.have.length(0);
    expect(loadingStatus(element)).to.match(/^Loading transcript/);
    expect(shadow(element).querySelector('.empty'), 'no "No transcript" while loading').to.be.null;
    await expect(element).shadowDom.to.be.accessible();

    await loaded;
    await element.updateComplete;
    expect(cueLines(element).length).to.be.greaterThan(20);
    expect(loadingStatus(element)).to.equal('');
    expect(alerts(element)).to.have.length(0);
  });

  it('says so after the timeout when the captions never answer, and the media keeps playing', async () => {
    element = await loadPlayer(
      `<transcript-player src="${MEDIA.mp4}" captions="${MEDIA.captions}"></transcript-player>`,
    );
    element.loadTimeout = 1000;
    const media = await withMetadata(element);
    media.muted = true;
    await media.play();
    const errors = errorsOf(element);
    element.captions = NEVER;
    await element.updateComplete;
    expect(cueLines(element)).to.have.length(0);
    expect(loadingStatus(element)).to.match(/^Loading transcript/);
    await sleep(600);
    expect(errors, 'no error before the timeout').to.have.length(0);
    await until(() => errors.length > 0, 'the timeout error', 5000);
    expect(errors).to.have.length(1);
    expect(errors[0].source).to.equal('captions');
    expect(errors[0].message).to.match(/nothing came for 1 s/);
    expect(errors[0].message).to.contain(NEVER);
    await element.updateComplete;
    const alert = shadow(element).querySelector<HTMLElement>('[part~="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain(errors[0].message);
    expect(alert.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(loadingStatus(element)).to.equal('');
    // (In WebKitGTK the video's clock stopped here while the element added its transcript slot.)
    const time = media.currentTime;
    await until(() => media.currentTime > time + 0.3, 'playback to go on');
    expect(media.paused).to.be.false;
    media.pause();
    await expect(element).shadowDom.to.be.accessible();
  });

  it('ends in the state of the last assignment when the captions change while a load is pending', async () => {
    element = await loadPlayer(
      `<transcript-player src="${MEDIA.mp4}" captions="${MEDIA.captions}"></transcript-player>`,
    );
    // Room for the 300 ms answer on a slow machine; the never-answering step below shortens it.
    element.loadTimeout = 6000;
    const chapters = await nativeCues(MEDIA.chapters);
    const errors = errorsOf(element);
    // The number of cues each transcript-load carried.
    const loads: number[] = [];
    element.addEventListener('transcript-load', (event) => loads.push(event.cues.length));

    // A slow answer, one that never comes, then a quick one: only the quick one counts.
    element.captions = delayed(1200);
    await element.updateComplete;
    element.captions = NEVER;
    await element.updateComplete;
    element.captions = delayed(300, MEDIA.chapters);
    await element.updateComplete;
    expect(loadingStatus(element)).to.match(/^Loading transcript/);
    await until(() => loads.length > 0, 'the last captions to load');
    await sleep(2500);
    expect(errors.map((error) => error.message)).to.deep.equal([]);
    expect(loads).to.deep.equal([chapters.length]);
    expect(cueLines(element).map(lineText)).to.deep.equal(chapters.map((cue) => cue.text));
    expect(loadingStatus(element)).to.equal('');

    // The last assignment never answers: no lines from the earlier ones, then its timeout.
    element.loadTimeout = 1500;
    element.captions = delayed(300);
    await element.updateComplete;
    element.captions = NEVER;
    await element.updateComplete;
    await until(() => errors.length > 0, 'the timeout error', 5000);
    await sleep(500);
    expect(errors.map((error) => error.message)).to.have.length(1);
    expect(errors[0].message).to.contain(NEVER);
    expect(cueLines(element)).to.have.length(0);
    expect(loads).to.deep.equal([chapters.length, 0]);

    // The last assignment takes the captions away: nothing is loading and nothing fails.
    element.captions = NEVER;
    await element.updateComplete;
    element.removeAttribute('captions');
    await element.updateComplete;
    await sleep(2000);
    expect(errors).to.have.length(1);
    expect(alerts(element)).to.have.length(0);
    expect(loadingStatus(element)).to.equal('');
    expect(cueLines(element)).to.have.length(0);
    expect(loads).to.deep.equal([chapters.length, 0, 0]);
  });

  it("shows the loading status when the slotted track's captions change", async () => {
    element = await loadPlayer(`<transcript-player>
      <video preload="metadata"><source src="${MEDIA.mp4}" type="video/mp4">
        <track kind="captions" src="${MEDIA.chapters}" srclang="en" default></video>
    </transcript-player>`);
    expect(cueLines(element).length).to.be.below(10);
    const track = element.querySelector('track')!;
    track.src = delayed(800);
    await until(() => cueLines(element).length === 0, 'the old lines to go', 2000);
    expect(loadingStatus(element)).to.match(/^Loading transcript/);
    await until(() => cueLines(element).length > 20, 'the new lines');
    expect(loadingStatus(element)).to.equal('');
  });
});

describe('captions as the browser reads them', () => {
  let element: TranscriptPlayerElement;

  afterEach(() => element?.remove());

  for (const encoding of ['utf-16le', 'utf-16be']) {
    it(`reads ${encoding.toUpperCase()} captions with a byte order mark`, async () => {
      const reference = await loadPlayer(`<transcript-player captions="${MEDIA.captions}"></transcript-player>`);
      const expected = cueLines(reference).map(lineText);
      expect(expected.length).to.be.greaterThan(20);
      reference.remove();
      const errors: TranscriptErrorEvent[] = [];
      const wrapper = document.createElement('div');
      wrapper.addEventListener('transcript-error', (event) => errors.push(event));
      document.body.append(wrapper);
      element = await makePlayer({src: MEDIA.mp4, captions: `${FAULTS}/${encoding}${MEDIA.captions}`}, wrapper);
      await until(() => cueLines(element).length > 0 || errors.length > 0, 'the transcript');
      expect(errors.map((error) => error.message)).to.deep.equal([]);
      expect(cueLines(element).map(lineText)).to.deep.equal(expected);
      expect(element.cues[0].voice).to.equal('Narrator');
      wrapper.remove();
    });
  }

  it('shows a cue that ends before it starts as a line the reader can read and click, which never highlights', async () => {
    const captions = blobUrl(
      'WEBVTT\n\n00:00:00.100 --> 00:00:00.400\nfirst\n\n00:00:00.800 --> 00:00:00.500\nbackwards\n\n' +
        '00:00:00.600 --> 00:00:00.600\ninstant\n\n00:00:01.000 --> 00:00:05.000\nlast\n',
    );
    element = await makePlayer({src: MEDIA.mp4, captions});
    await until(() => cueLines(element).length === 4, 'four lines');
    expect(cueLines(element).map(lineText)).to.deep.equal(['first', 'instant', 'backwards', 'last']);
    const media = await withMetadata(element);
    const seen = new Set<string>();
    element.addEventListener('transcript-cuechange', () => {
      cueLines(element)
        .filter((line) => line.getAttribute('aria-current') === 'true')
        .forEach((line) => seen.add(lineText(line)));
    });
    const seeked = oneEvent(element, 'transcript-seek');
    cueLines(element)[2].click();
    expect(((await seeked) as unknown as TranscriptSeekEvent).time).to.be.closeTo(0.8, 0.001);
    media.muted = true;
    media.currentTime = 0;
    await media.play();
    await until(() => media.currentTime > 1.2, 'playback past the odd cues');
    media.pause();
    expect([...seen]).to.include('last');
    expect([...seen]).not.to.include('backwards');
    expect([...seen]).not.to.include('instant');
  });

  it('keeps the lines that arrived before the body was cut off, and says it was cut off', async () => {
    const full = await nativeCues(MEDIA.captions);
    const url = `${FAULTS}/cut/5000${MEDIA.captions}`;
    element = document.createElement('transcript-player');
    const errors = errorsOf(element);
    element.setAttribute('src', MEDIA.mp4);
    element.setAttribute('captions', url);
    document.body.append(element);
    await until(() => errors.length > 0, 'the cut-off error');
    await element.updateComplete;
    const cues = element.cues;
    expect(cues.length, errors.map((error) => error.message).join(' | ')).to.be.greaterThan(5);
    expect(cues.length).to.be.below(full.length);
    cues.forEach((cue, i) => {
      expect(cue.start).to.be.closeTo(full[i].startTime, 0.0005);
      expect(cue.end).to.be.closeTo(full[i].endTime, 0.0005);
    });
    // The last line that arrived is whole.
    const lastText = lineText(cueLines(element)[cues.length - 1]);
    const ours = await loadPlayer(`<transcript-player captions="${MEDIA.captions}"></transcript-player>`);
    expect(lastText).to.equal(lineText(cueLines(ours)[cues.length - 1]));
    ours.remove();
    expect(errors[0].source).to.equal('captions');
    expect(errors[0].message).to.match(/cut off/);
    expect(alerts(element).join(' ')).to.contain(errors[0].message);
  });
});

describe('media whose server stops sending', () => {
  let element: TranscriptPlayerElement | undefined;

  afterEach(async () => {
    element?.remove();
    element = undefined;
    await fetch(`${FAULTS}/release`);
  });

  it('says the media stopped loading after the timeout, clears it when playback resumes, and the transcript stays usable', async () => {
    // The MP4's index and its first seconds, then nothing until the release.
    element = await makePlayer({src: `${FAULTS}/stall/260000${MEDIA.mp4}`, captions: MEDIA.captions});
    element.loadTimeout = 1500;
    const errors = errorsOf(element);
    const media = await withMetadata(element);
    media.muted = true;
    await media.play();
    await until(() => errors.length > 0, 'the stalled-media error', 25000);
    const stalledAt = media.currentTime;
    expect(errors[0].source).to.equal('media');
    expect(errors[0].message).to.match(/stopped loading/);
    await element.updateComplete;
    const alert = shadow(element).querySelector<HTMLElement>('[part~="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain(errors[0].message);
    expect(alert.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(media.paused, 'still meant to play').to.be.false;
    await expect(element).shadowDom.to.be.accessible();

    // The transcript still reads and still answers a click (the seek itself is cancelled: a seek
    // while stalled is the engine's business, and WebKit's stays stuck until play() is called).
    await until(() => element!.cues.length > 20, 'the transcript');
    element.addEventListener('transcript-seek', (event) => event.preventDefault(), {once: true});
    const seek = oneEvent(element, 'transcript-seek');
    cueLines(element)[3].click();
    expect(((await seek) as unknown as TranscriptSeekEvent).time).to.equal(element.cues[3].start);

    await fetch(`${FAULTS}/release`);
    await until(() => alerts(element!).length === 0, 'the message to clear once the media comes', 20000);
    const state = () =>
      `at ${media.currentTime} s, paused ${media.paused}, readyState ${media.readyState}, error ${media.error?.code}`;
    await until(() => media.currentTime > stalledAt + 0.5, `playback to go on (${state()})`, 20000).catch(
      (error: Error) => {
        throw new Error(`${error.message}; now ${state()}`);
      },
    );
    expect(media.paused, state()).to.be.false;
    expect(errors).to.have.length(1);
    media.pause();
  });
});

describe('an element moved while it plays', () => {
  let element: TranscriptPlayerElement;
  let media: HTMLMediaElement;
  let from: HTMLElement;
  let to: HTMLElement;

  beforeEach(async () => {
    from = document.createElement('div');
    to = document.createElement('div');
    document.body.append(from, to);
    element = await makePlayer({src: MEDIA.mp4, captions: MEDIA.captions}, from);
    media = await withMetadata(element);
    media.muted = true;
    media.currentTime = 5;
    await mediaEvent(media, 'seeked');
    await media.play();
    await until(() => media.currentTime > 5.3, 'playback');
  });

  afterEach(() => {
    from.remove();
    to.remove();
  });

  async function expectKeptPlaying(player: unknown, time: number): Promise<void> {
    await sleep(500);
    expect(element.isConnected).to.be.true;
    // (Booleans: chai would print a whole video.js player on failure.)
    expect(element.player === player, 'the same player').to.be.true;
    expect(element.media === media, 'the same media element').to.be.true;
    expect(media.paused, 'still playing').to.be.false;
    expect(media.currentTime, 'the position kept').to.be.greaterThan(time);
    await until(() => media.currentTime > time + 0.3, 'playback to go on');
    expect(cueLines(element).length).to.be.greaterThan(20);
  }

  it('keeps the player, position and play state when moved with append()', async () => {
    const player = element.player;
    const time = media.currentTime;
    to.append(element);
    await expectKeptPlaying(player, time);
  });

  it('keeps them when put back in the next animation frame', async () => {
    const player = element.player;
    const time = media.currentTime;
    element.remove();
    await frame();
    to.append(element);
    await expectKeptPlaying(player, time);
  });

  it('keeps them when moved with moveBefore()', async function () {
    // Not in WebKitGTK 2.50.
    const parent = to as unknown as {moveBefore?: (node: Node, child: Node | null) => void};
    if (!parent.moveBefore) this.skip();
    const player = element.player;
    const time = media.currentTime;
    parent.moveBefore(element, null);
    await expectKeptPlaying(player, time);
  });

  it('still disposes the player when removed for good', async () => {
    const player = element.player as unknown as {isDisposed(): boolean};
    element.remove();
    await until(() => element.player === undefined, 'the player to go', 2000);
    expect(player.isDisposed()).to.be.true;
    expect(shadow(element).querySelector('video')).to.be.null;
  });
});

describe('words too long for the panel', () => {
  it('wraps a 100,000-character word and speaker name at every width, leaving normal wrapping alone', async () => {
    const long = 'a'.repeat(100_000);
    const voice = 'V'.repeat(100_000);
    const sentence = 'A sentence of ordinary words that wraps at its spaces like any other line does.';
    const element = await loadPlayer(
      `<transcript-player captions="${blobUrl(`WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v ${voice}>${long}\n\n00:00:03.000 --> 00:00:04.000\n${sentence}\n`)}"></transcript-player>`,
    );
    const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
    for (const width of [320, 700, 1200]) {
      element.style.width = `${width}px`;
      await frame();
      await frame();
      const panel = scroller.getBoundingClientRect();
      expect(scroller.scrollWidth, `nothing overflows sideways at ${width}px`).to.be.at.most(scroller.clientWidth);
      for (const part of ['text', 'speaker']) {
        const box = shadow(element).querySelector(`[part~="${part}"]`)!.getBoundingClientRect();
        expect(box.right, `the ${part} fits at ${width}px`).to.be.at.most(panel.right + 0.5);
        expect(box.height, `the ${part} wraps at ${width}px`).to.be.greaterThan(100);
      }
      // An ordinary line wraps only at its spaces.
      const text = cueLines(element)[1].querySelector<HTMLElement>('[part~="text"]')!;
      const height = text.getBoundingClientRect().height;
      text.style.overflowWrap = 'normal';
      expect(text.getBoundingClientRect().height, `ordinary wrapping at ${width}px`).to.equal(height);
      text.style.overflowWrap = '';
    }
    element.remove();
  });
});
