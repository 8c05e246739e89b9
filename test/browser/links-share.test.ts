import {expect, oneEvent} from '@open-wc/testing';
import {emulateMedia, executeServerCommand, sendKeys, sendMouse} from '@web/test-runner-commands';
import {formatTime} from '../../src/cues/format-time.js';
import type {TranscriptShareEvent} from '../../src/events.js';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {metadataOf, openFrame, playersIn, type LoadedFrame} from './frames.js';
import {activeLines, cueLines, ENGINE, loadPlayer, MEDIA, shiftTab, until, withMetadata} from './helpers.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** The page's URL without its fragment: what share links start with. */
const pageUrl = (doc: Document = document) => doc.URL.replace(/#.*/s, '');

/** A line is inside its scroll box (deep links bring the line into view). */
function inView(player: TranscriptPlayerElement, line: HTMLElement): boolean {
  const box = player.shadowRoot!.querySelector('.scroller')!.getBoundingClientRect();
  const rect = line.getBoundingClientRect();
  return rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1;
}

/** The index of the cue under time `t` (or the next one, in a pause). */
const lineAt = (player: TranscriptPlayerElement, t: number) => player.cues.findIndex((cue) => cue.end > t);

describe('deep links (W3C media fragments in the page URL)', () => {
  const FORMS = [
    {hash: '#t=75', start: 75},
    {hash: '#t=1:15', start: 75},
    {hash: '#t=npt:75,90', start: 75, end: 90},
    {hash: '#t=75,90', start: 75, end: 90},
  ];
  for (const {hash, start, end} of FORMS) {
    it(`loading the demo with ${hash} seeks there, marks and shows the line${end ? ', and stops at the end once' : ''}`, async () => {
      const page = await openFrame({url: `/index.html${hash}`});
      try {
        const [player] = await playersIn(page);
        const media = await metadataOf(player.media!);
        media.muted = true;
        expect(media.currentTime).to.be.closeTo(start, 0.05);
        const index = lineAt(player, start);
        const line = cueLines(player)[index];
        await until(() => activeLines(player)[0] === line, 'the line at the link to be marked');
        expect(line.getAttribute('tabindex')).to.equal('0');
        await until(() => inView(player, line), 'the line to be scrolled into view');
        expect(media.paused, 'a link seeks; it does not play').to.be.true;
        if (end === undefined) return;
        // Play up to the range's end (from just before it, to keep the test short).
        media.currentTime = end - 1.2;
        await new Promise((resolve) => media.addEventListener('seeked', resolve, {once: true}));
        await media.play();
        await until(() => media.paused, 'playback to stop at the end of the range', 6000);
        // Within a frame of it (Firefox reports the time in steps of a video frame).
        expect(media.currentTime).to.be.within(end - 0.05, end + 0.5);
        // Only the first time: played again, it goes on.
        await media.play();
        await new Promise((resolve) => setTimeout(resolve, 900));
        expect(media.paused).to.be.false;
        expect(media.currentTime).to.be.greaterThan(end + 0.3);
        media.pause();
      } finally {
        page.frame.remove();
      }
    });
  }

  it('follows a later hashchange, and ignores fragments that are not a valid t', async () => {
    const page = await openFrame({url: '/index.html'});
    try {
      const [player] = await playersIn(page);
      const media = await metadataOf(player.media!);
      expect(media.currentTime).to.equal(0);
      page.window.location.hash = 't=30';
      await until(() => Math.abs(media.currentTime - 30) < 0.05, 'the seek to 30 s');
      await until(() => activeLines(player)[0] === cueLines(player)[lineAt(player, 30)], 'the line at 30 s');
      for (const hash of ['top', 't=-5', 't=90,75', 't=smpte:00:01:00:00']) {
        page.window.location.hash = hash;
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(media.currentTime, hash).to.be.closeTo(30, 0.05);
      }
      page.window.location.hash = 't=01:02:03';
      await until(() => Math.abs(media.currentTime - media.duration) < 0.5 || media.currentTime > 200, 'the seek');
    } finally {
      page.frame.remove();
    }
  });

  it('addresses one of several players by id (#id&t=…); a bare #t= addresses the first', async () => {
    const markup = (id: string) =>
      `<transcript-player id="${id}" src="${MEDIA.mp4}" captions="${MEDIA.captions}"></transcript-player>`;
    const one = await loadPlayer(markup('one'));
    const two = await loadPlayer(markup('two'));
    try {
      await Promise.all([withMetadata(one), withMetadata(two)]);
      location.hash = 'two&t=30';
      await until(() => Math.abs(two.media!.currentTime - 30) < 0.05, 'the second player to seek');
      expect(one.media!.currentTime).to.equal(0);
      location.hash = 't=40';
      await until(() => Math.abs(one.media!.currentTime - 40) < 0.05, 'the first player to seek');
      expect(two.media!.currentTime).to.be.closeTo(30, 0.05);
      location.hash = 'nobody&t=50';
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect([one.media!.currentTime, two.media!.currentTime].map(Math.round)).to.deep.equal([40, 30]);
      // The lines link to their moment in their own player.
      expect(cueLines(two)[1].getAttribute('href')).to.equal(`#two&t=${two.cues[1].start}`);
      expect(cueLines(one)[1].getAttribute('href')).to.equal(`#one&t=${one.cues[1].start}`);
    } finally {
      history.replaceState(null, '', pageUrl());
      one.remove();
      two.remove();
    }
  });
});

/** Replaces the clipboard's writeText for a test: records what is written, or refuses. */
function fakeClipboard(refuse = false) {
  const written: string[] = [];
  const writeText = (text: string) => {
    if (refuse) return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    written.push(text);
    return Promise.resolve();
  };
  const own = !navigator.clipboard;
  if (own) Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText}});
  else Object.defineProperty(navigator.clipboard, 'writeText', {configurable: true, value: writeText});
  return {
    written,
    restore: () => {
      if (own) delete (navigator as {clipboard?: unknown}).clipboard;
      else delete (navigator.clipboard as {writeText?: unknown}).writeText;
    },
  };
}

describe('sharing a moment or a quote', () => {
  let element: TranscriptPlayerElement;
  let clipboard: ReturnType<typeof fakeClipboard>;
  const part = (name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
  const focused = () => element.shadowRoot!.activeElement;

  beforeEach(async () => {
    element = await loadPlayer(
      `<transcript-player src="${MEDIA.mp4}" captions="${MEDIA.captions}"></transcript-player>`,
    );
    await withMetadata(element);
  });

  afterEach(async () => {
    await sendMouse({type: 'move', position: [0, 0]});
    clipboard?.restore();
    getSelection()?.removeAllRanges();
  });

  it('copies the link to a focused line with S, after a transcript-share event', async () => {
    clipboard = fakeClipboard();
    const line = cueLines(element)[3];
    line.focus();
    const shared = oneEvent(element, 'transcript-share');
    await sendKeys({press: 's'});
    const event = (await shared) as unknown as TranscriptShareEvent;
    const url = `${pageUrl()}#t=${element.cues[3].start}`;
    expect([event.url, event.start, event.end, event.text]).to.deep.equal([
      url,
      element.cues[3].start,
      undefined,
      element.cues[3].text,
    ]);
    expect(event.cancelable && event.bubbles && event.composed).to.be.true;
    await until(() => clipboard.written.length === 1, 'the clipboard write');
    expect(clipboard.written).to.deep.equal([url]);
    await until(() => element.shadowRoot!.querySelector('.share-status')!.textContent === 'Link copied.', 'the status');
    // Still on the line; S did not become a shortcut or move anything.
    expect(focused()).to.equal(line);
  });

  it('offers "Copy link to this moment" on the focused line, one Tab away, with no tab stop per line', async () => {
    clipboard = fakeClipboard();
    const lines = cueLines(element);
    lines[4].focus();
    const button = part('share');
    expect(button.hidden).to.be.false;
    expect(button.textContent).to.equal('Copy link to this moment');
    expect(Math.abs(button.getBoundingClientRect().top - lines[4].getBoundingClientRect().top)).to.be.lessThan(2);
    expect(button.getBoundingClientRect().height).to.be.at.least(24);
    // Every line but the focused one is out of the tab order, and there is one button.
    expect(lines.filter((line) => line.tabIndex === 0)).to.deep.equal([lines[4]]);
    expect(element.shadowRoot!.querySelectorAll('[part~="share"]')).to.have.length(1);
    await sendKeys({press: 'Tab'});
    expect(focused()).to.equal(button);
    await sendKeys({press: 'Enter'});
    await until(() => clipboard.written.length === 1, 'the clipboard write');
    expect(clipboard.written[0]).to.equal(`${pageUrl()}#t=${element.cues[4].start}`);
    await shiftTab();
    expect(focused()).to.equal(lines[4]);
    // Focus leaving the transcript takes the button away.
    lines[4].blur();
    await frame();
    expect(button.hidden).to.be.true;
  });

  it('keeps the button on its line when the lines above it grow', async () => {
    const lines = cueLines(element);
    lines[6].focus();
    const button = part('share');
    const offset = () => button.getBoundingClientRect().top - lines[6].getBoundingClientRect().top;
    expect(Math.abs(offset())).to.be.lessThan(2);
    const scroller = element.shadowRoot!.querySelector('.scroller')!;
    const place = () =>
      lines[6].getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    const before = place();
    // A line above grows (as when a narrower panel rewraps it, or a group of lines off screen is
    // laid out at its real height): line 6 moves down in the scroller.
    lines[2].style.paddingBlockEnd = '60px';
    await until(() => place() > before + 50, 'the lines above to grow');
    await until(() => Math.abs(offset()) < 2, 'the button to follow its line');
    expect(button.hidden).to.be.false;
  });

  it('offers it on the line under the pointer', async () => {
    clipboard = fakeClipboard();
    const line = cueLines(element)[2];
    line.scrollIntoView({block: 'center'});
    // A reader's scroll pauses following, and "Resume following" then takes room above the lines
    // (in WebKit some frames later): point at the line once it has stayed put for 200 ms.
    let top = NaN;
    let still = 0;
    await until(() => {
      const now = line.getBoundingClientRect().top;
      still = now === top ? still + 1 : 0;
      top = now;
      return still >= 10;
    }, 'the line to stop moving');
    const rect = line.getBoundingClientRect();
    await sendMouse({type: 'move', position: [Math.round(rect.left + 20), Math.round(rect.top + rect.height / 2)]});
    const button = part('share');
    await until(() => !button.hidden, 'the button on the hovered line');
    // (The reader's scroll paused following: "Resume following" may have pushed the lines down.)
    expect(Math.abs(button.getBoundingClientRect().top - line.getBoundingClientRect().top)).to.be.lessThan(2);
    const box = button.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
    });
    await until(() => clipboard.written.length === 1, 'the clipboard write');
    expect(clipboard.written[0]).to.equal(`${pageUrl()}#t=${element.cues[2].start}`);
    expect(element.media!.currentTime, 'the button does not seek').to.equal(0);
    await sendMouse({type: 'move', position: [0, 0]});
    await until(() => button.hidden, 'the button to go with the pointer');
  });

  it('copies a link to a quote spanning lines, with the quote and its time', async () => {
    clipboard = fakeClipboard();
    const lines = cueLines(element);
    const [a, b, c] = [2, 3, 4].map((i) => lines[i].querySelector('[part~="text"]')!.firstChild as Text);
    getSelection()!.setBaseAndExtent(a, 6, c, 10);
    lines[4].dispatchEvent(new MouseEvent('mouseup', {bubbles: true, composed: true}));
    const button = part('share');
    expect(button.hidden).to.be.false;
    expect(button.textContent).to.equal('Copy link to quote');
    const words = [a.data.slice(6), b.data, c.data.slice(0, 10)].join(' ').replace(/\s+/g, ' ').trim();
    const shared = oneEvent(element, 'transcript-share');
    button.click();
    const event = (await shared) as unknown as TranscriptShareEvent;
    const [start, end] = [element.cues[2].start, element.cues[4].end];
    const url = `${pageUrl()}#t=${start},${end}`;
    expect([event.url, event.start, event.end, event.text]).to.deep.equal([url, start, end, words]);
    await until(() => clipboard.written.length === 1, 'the clipboard write');
    expect(clipboard.written[0]).to.equal(`“${words}” (Narrator, ${formatTime(start)})\n${url}`);
    await until(
      () => element.shadowRoot!.querySelector('.share-status')!.textContent === 'Quote and link copied.',
      'the status',
    );
  });

  it('lets a page take over: a canceled transcript-share copies nothing', async () => {
    clipboard = fakeClipboard();
    element.addEventListener('transcript-share', (event) => event.preventDefault(), {once: true});
    cueLines(element)[1].focus();
    await sendKeys({press: 's'});
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(clipboard.written).to.deep.equal([]);
    expect(part('copy-field').hidden).to.be.true;
  });

  it('shows the link selected in a field when the clipboard is refused; Escape closes it', async () => {
    clipboard = fakeClipboard(true);
    const line = cueLines(element)[5];
    line.focus();
    await sendKeys({press: 's'});
    const field = part('copy-field');
    await until(() => !field.hidden, 'the fallback field');
    const textarea = field.querySelector('textarea')!;
    const url = `${pageUrl()}#t=${element.cues[5].start}`;
    expect(textarea.value).to.equal(url);
    expect(focused()).to.equal(textarea);
    expect([textarea.selectionStart, textarea.selectionEnd]).to.deep.equal([0, url.length]);
    expect(field.getBoundingClientRect().height).to.be.greaterThan(20);
    expect(field.textContent).to.contain('Copy this');
    await expect(element).shadowDom.to.be.accessible();
    await sendKeys({press: 'Escape'});
    expect(field.hidden).to.be.true;
    expect(focused()).to.equal(line);
  });

  it('copies selected lines as clean text: times in brackets, speaker, words', async () => {
    const lines = cueLines(element);
    // A copy event as the browser fires one. What the element writes is recorded on the way, on
    // DataTransfer's prototype: Firefox gives the event its own read-only copy of the data passed in.
    const copy = () => {
      const setData = Object.getOwnPropertyDescriptor(DataTransfer.prototype, 'setData')!;
      let text = '';
      DataTransfer.prototype.setData = (type: string, value: string) => void (type === 'text/plain' && (text = value));
      try {
        const event = new ClipboardEvent('copy', {
          clipboardData: new DataTransfer(),
          bubbles: true,
          cancelable: true,
          composed: true,
        });
        document.dispatchEvent(event);
        return {text, handled: event.defaultPrevented};
      } finally {
        Object.defineProperty(DataTransfer.prototype, 'setData', setData);
      }
    };
    // From the first line's time label to the end of the third line's words.
    const last = lines[3].querySelector('[part~="text"]')!;
    getSelection()!.setBaseAndExtent(lines[1].querySelector('[part~="time"]')!, 0, last, last.childNodes.length);
    await frame();
    const cues = element.cues;
    expect(copy()).to.deep.equal({
      text: [
        `[${formatTime(cues[1].start)}] Narrator: ${cues[1].text}`,
        `[${formatTime(cues[2].start)}] ${cues[2].text}`,
        `[${formatTime(cues[3].start)}] ${cues[3].text}`,
      ].join('\n'),
      handled: true,
    });
    // Words within one line: the browser's own copy, already clean.
    const text = last.firstChild as Text;
    getSelection()!.setBaseAndExtent(text, 0, text, 5);
    expect(copy()).to.deep.equal({text: '', handled: false});
  });
});

/** Catches the element's downloads (the click on its `<a download>`) instead of saving them. */
function catchDownloads(player: TranscriptPlayerElement) {
  const files: Array<{name: string; href: string}> = [];
  player.addEventListener(
    'click',
    (event) => {
      const link = event.composedPath()[0];
      // (The page's own HTMLAnchorElement, in a frame.)
      if ((link as Element).localName !== 'a' || !(link as HTMLAnchorElement).download) return;
      event.preventDefault();
      files.push({name: (link as HTMLAnchorElement).download, href: (link as HTMLAnchorElement).href});
    },
    true,
  );
  return files;
}

async function download(player: TranscriptPlayerElement, kind: 'vtt' | 'txt', files: unknown[]) {
  const root = player.shadowRoot!;
  const details = root.querySelector<HTMLDetailsElement>('[part~="download"]')!;
  expect(details.hidden).to.be.false;
  const count = files.length;
  details.querySelector('summary')!.click();
  await until(() => details.open, 'the download choices');
  details.querySelector<HTMLButtonElement>(`button[value="${kind}"]`)!.click();
  await until(() => files.length > count, `the ${kind} download`);
  expect(details.open).to.be.false;
}

describe('downloads', () => {
  it('gives the captions as loaded and the transcript as plain text, named after the captions', async () => {
    const element = await loadPlayer(`<transcript-player>
      <video preload="metadata"><source src="${MEDIA.mp4}" type="video/mp4">
        <track kind="captions" src="${MEDIA.captions}" srclang="en" default>
        <track kind="chapters" src="${MEDIA.chapters}" srclang="en">
      </video></transcript-player>`);
    const files = catchDownloads(element);
    await download(element, 'vtt', files);
    expect(files[0].name).to.equal('uprooting-isis.en.vtt');
    expect(await (await fetch(files[0].href)).text()).to.equal(await (await fetch(MEDIA.captions)).text());

    await download(element, 'txt', files);
    expect(files[1].name).to.equal('uprooting-isis.en.txt');
    const text = await (await fetch(files[1].href)).text();
    const chapters = (await (await fetch(MEDIA.chapters)).text())
      .match(/^\d\d:.*\n(.+)$/gm)!
      .map((block) => block.split('\n')[1]);
    const blocks = text.trimEnd().split('\n\n');
    // The title, then per chapter its heading and one paragraph (one speaker throughout).
    expect(blocks[0]).to.equal('Transcript');
    expect(blocks.filter((_, i) => i % 2 === 1)).to.deep.equal(chapters);
    expect(blocks).to.have.length(1 + 2 * chapters.length);
    expect(blocks[2]).to.match(/^\[0:00\] Narrator: Uprooting ISIS \[0:02\] Though ISIS lost/);
    // Every cue, with its time in brackets, in order.
    let at = 0;
    for (const cue of element.cues) {
      const found = text.indexOf(`[${formatTime(cue.start)}] ${cue === element.cues[0] ? 'Narrator: ' : ''}`, at);
      expect(found, `cue at ${cue.start}`).to.be.greaterThan(-1);
      at = text.indexOf(cue.text, found);
      expect(at, cue.text).to.be.greaterThan(-1);
    }
    element.remove();
  });

  it('works under the strict Content Security Policy (examples/csp.html)', async () => {
    const page: LoadedFrame = await openFrame({url: '/examples/csp.html'});
    try {
      const [player] = await playersIn(page);
      const files = catchDownloads(player);
      await download(player, 'vtt', files);
      await download(player, 'txt', files);
      expect(files.map((file) => file.name)).to.deep.equal(['uprooting-isis.en.vtt', 'uprooting-isis.en.txt']);
      // Read from here: the page's own policy does not allow fetching blob: URLs (connect-src).
      const text = await (await fetch(files[1].href)).text();
      expect(text).to.contain(player.cues[5].text);
      expect(page.violations).to.deep.equal([]);
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});

describe('print', () => {
  let element: TranscriptPlayerElement;

  /** What printing shows, checked on computed styles. */
  function expectPrintable() {
    const root = element.shadowRoot!;
    const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
    expect(style('[part="player"]').display).to.equal('none');
    for (const control of root.querySelectorAll('.header button, .header details, [part~="share"]')) {
      expect(getComputedStyle(control).display, control.outerHTML.slice(0, 40)).to.equal('none');
    }
    const scroller = root.querySelector<HTMLElement>('.scroller')!;
    expect(getComputedStyle(scroller).overflowY).to.equal('visible');
    expect(scroller.scrollHeight - scroller.clientHeight).to.be.lessThan(2);
    for (const chunk of root.querySelectorAll('.chunk'))
      expect(getComputedStyle(chunk).contentVisibility).to.equal('visible');
    const lines = cueLines(element);
    for (const line of [lines[0], lines[lines.length - 1]]) {
      expect(line.getBoundingClientRect().height).to.be.greaterThan(10);
      expect(getComputedStyle(line).color).to.equal('rgb(0, 0, 0)');
    }
    expect(style('[part~="active"]').backgroundColor).to.be.oneOf(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']);
    expect(style('[part~="time"]').color).to.equal('rgb(0, 0, 0)');
    expect(style('[part="transcript"]').backgroundColor).to.equal('rgb(255, 255, 255)');
    // The whole transcript is laid out: the element is as tall as all its lines.
    expect(element.getBoundingClientRect().height).to.be.greaterThan(lines.length * 20);
  }

  beforeEach(async () => {
    element = await loadPlayer(
      `<transcript-player theme="dark" src="${MEDIA.mp4}" captions="${MEDIA.captions}"></transcript-player>`,
    );
    element.currentTime = element.cues[3].start + 0.1;
    await until(() => activeLines(element).length === 1, 'an active line');
  });

  afterEach(() => element.remove());

  it('prints every line black on white, with no scroll box and no controls (the print rules applied as screen)', async () => {
    // Firefox (WebDriver BiDi) and WebKitGTK (WebDriver) cannot emulate print media, and only
    // Chromium prints to PDF under automation: in every engine the element's @media print rules
    // are applied to the screen, which checks that each engine reads and applies them.
    const root = element.shadowRoot!;
    const rule = root.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules])
      .find(
        (r): r is CSSMediaRule =>
          r instanceof CSSMediaRule && r.conditionText === 'print' && r.cssText.includes('.scroller'),
      )!;
    expect(rule, 'the print rules').to.exist;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync([...rule.cssRules].map((r) => r.cssText).join('\n'));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    await frame();
    expectPrintable();
  });

  it('prints that way under print media (Chromium)', async function () {
    if (ENGINE !== 'chromium') this.skip();
    await emulateMedia({media: 'print'});
    try {
      expect(matchMedia('print').matches).to.be.true;
      await frame();
      expectPrintable();
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });

  it('printing the demo to PDF gives every line in order and no control labels (Chromium)', async function () {
    if (ENGINE !== 'chromium') this.skip();
    this.timeout(60000);
    const {text} = await executeServerCommand<{text: string}, {url: string}>('print-pdf', {url: '/index.html'});
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    const printed = squeeze(text);
    let at = 0;
    for (const cue of element.cues) {
      const found = printed.indexOf(squeeze(cue.text), at);
      expect(found, `"${cue.text}" after character ${at}`).to.be.greaterThan(-1);
      at = found;
    }
    // The speaker label (its small capitals may come out as capitals).
    expect(text.toLowerCase()).to.contain('narrator');
    expect(text).to.contain('3:30');
    for (const label of [
      'Resume following',
      'Download',
      'Copy link',
      'Keyboard shortcuts',
      'Play Video',
      'Mute',
      'Fullscreen',
      'Playback Rate',
      'seconds',
      'Loading',
    ]) {
      expect(text, label).not.to.contain(label);
    }
  });
});
