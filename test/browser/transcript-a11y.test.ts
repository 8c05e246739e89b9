// The transcript as disabled readers meet it (issue 11): what a screen reader says for the region
// and each line, where focus goes, reflow at 320 px with 200% text, forced colours, the spoken
// word's contrast, the captions alert's wording, and the player's keyboard shortcuts.
import {expect, oneEvent} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {ENGINE, MEDIA, activeLines, cueLines, lineText, loadPlayer, seekTo, until, withMetadata} from './helpers.js';

const player = (attributes = '') =>
  `<transcript-player src="${MEDIA.mp4}" captions="${MEDIA.captions}" poster="${MEDIA.poster}" ${attributes}></transcript-player>`;

/**
 * The accessible name the engine computes (Chromium over DevTools, WebKit over WebDriver);
 * Firefox offers none over WebDriver BiDi.
 */
async function accessibleName(node: Element): Promise<string> {
  node.setAttribute('data-accessible-name-probe', '');
  let name: string | null = null;
  try {
    // Chromium builds its accessibility tree lazily: ask again until the node is in it.
    for (let attempt = 0; attempt < 20 && !name; attempt++) {
      if (attempt) await new Promise((resolve) => setTimeout(resolve, 100));
      ({name} = await executeServerCommand<{name: string | null}, undefined>('accessible-name'));
    }
  } finally {
    node.removeAttribute('data-accessible-name-probe');
  }
  // Chromium puts a space before visually hidden text (it is out of flow); no one hears it.
  return (name ?? '')
    .replace(/\s+/g, ' ')
    .replace(/ ([,:])/g, '$1')
    .trim();
}

/** A start time as a listener should hear it: "2 seconds", "1 minute 2 seconds". */
function inWords(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.floor(seconds % 60);
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return m ? `${unit(m, 'minute')}${s ? ` ${unit(s, 'second')}` : ''}` : unit(s, 'second');
}

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

const focused = (element: TranscriptPlayerElement) => element.shadowRoot!.activeElement;

/** [r, g, b] of `color` painted over `under` (both any CSS colour), through a canvas. */
function paint(color: string, under = '#fff'): [number, number, number] {
  const context = document.createElement('canvas').getContext('2d', {willReadFrequently: true})!;
  context.fillStyle = under;
  context.fillRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

function contrast(a: [number, number, number], b: [number, number, number]): number {
  const luminance = (rgb: [number, number, number]) => {
    const [r, g, bl] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The element's stylesheet rules inside `@media (forced-colors: active)`, applied unconditionally. */
function simulateForcedColors(root: ShadowRoot): void {
  const sheet = new CSSStyleSheet();
  for (const adopted of root.adoptedStyleSheets) {
    for (const rule of adopted.cssRules) {
      if (!(rule instanceof CSSMediaRule) || !rule.conditionText.includes('forced-colors')) continue;
      for (const inner of rule.cssRules) sheet.insertRule(inner.cssText, sheet.cssRules.length);
    }
  }
  expect(sheet.cssRules.length, 'forced-colours rules').to.be.greaterThan(0);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

describe('the transcript for screen readers', () => {
  let element: TranscriptPlayerElement;

  beforeEach(async () => {
    element = await loadPlayer(player('label="Uprooting ISIS"'));
  });

  it('passes an axe audit', async () => {
    await expect(element).shadowDom.to.be.accessible();
  });

  it('is a list of links, one tab stop, and no listbox', () => {
    const root = element.shadowRoot!;
    expect(!!root.querySelector('[role="listbox"], [role="option"]'), 'a listbox or option').to.be.false;
    const list = root.querySelector<HTMLElement>('[part~="cues"]')!;
    expect(list.localName === 'ol' || list.getAttribute('role') === 'list', 'a list').to.be.true;
    const lines = cueLines(element);
    expect(lines.length).to.be.greaterThan(20);
    for (const line of lines) {
      expect(line.localName).to.equal('a');
      expect(line.getAttribute('href')).to.match(/^#t=\d/);
      const item = line.parentElement!;
      expect(item.localName === 'li' || item.getAttribute('role') === 'listitem', 'inside a list item').to.be.true;
    }
    expect(lines.filter((line) => line.tabIndex === 0)).to.have.length(1);
  });

  it('shows a clock time but says it in words, and the speaker only when it changes, as written', () => {
    const lines = cueLines(element);
    const time = lines[2].querySelector<HTMLElement>('[part~="time"]')!;
    expect(time.querySelector('[aria-hidden="true"]')!.textContent).to.equal('0:06');
    expect(lines[0].querySelectorAll('[part~="speaker"]')).to.have.length(1);
    expect(!!lines[1].querySelector('[part~="speaker"]'), 'a repeated speaker').to.be.false;
    // Uppercase from CSS would reach the accessible name in Chromium.
    for (const node of [lines[0].querySelector('[part~="speaker"]')!, element.shadowRoot!.querySelector('h2')!]) {
      expect(getComputedStyle(node).textTransform).to.equal('none');
    }
  });

  it('names each line with its time in words, the speaker when it changes and the text', async function () {
    if (ENGINE === 'firefox') this.skip();
    const lines = cueLines(element);
    const late = lines.findIndex((line) => Number(line.dataset.start) >= 62);
    for (const i of [0, 1, 2, late]) {
      const start = Number(lines[i].dataset.start);
      const speaker = i === 0 ? 'Narrator ' : '';
      const name = await accessibleName(lines[i]);
      const expected = `${inWords(start)} ${speaker}${lineText(lines[i])}`;
      expect(name.replace(/[,:]/g, ''), `line ${i}'s name`).to.equal(expected.replace(/[,:]/g, ''));
    }
  });

  it('names the region after the media, and two players apart', async function () {
    const other = await loadPlayer(player('label="Second talk"'));
    const region = (player: TranscriptPlayerElement) => player.shadowRoot!.querySelector('[part~="transcript"]')!;
    if (ENGINE !== 'firefox') {
      const names = [await accessibleName(region(element)), await accessibleName(region(other))];
      expect(names).to.deep.equal(['Transcript: Uprooting ISIS', 'Transcript: Second talk']);
      await withMetadata(other);
      const players = [await accessibleName(element.player!.el()), await accessibleName(other.player!.el())];
      expect(players[0]).to.contain('Uprooting ISIS');
      expect(players[1]).to.contain('Second talk');
    }
    // The list is not named "Transcript" a third time.
    const list = element.shadowRoot!.querySelector('[part~="cues"]')!;
    expect(list.hasAttribute('aria-label') || list.hasAttribute('aria-labelledby')).to.be.false;
    other.remove();
  });

  it("takes the region's name from the page's media title when there is no label", async function () {
    if (ENGINE === 'firefox') this.skip();
    const slotted = await loadPlayer(`<transcript-player>
      <video title="A slotted talk" preload="none"><source src="${MEDIA.mp4}" type="video/mp4">
      <track kind="captions" src="${MEDIA.captions}" srclang="en" default></video></transcript-player>`);
    const name = await accessibleName(slotted.shadowRoot!.querySelector('[part~="transcript"]')!);
    expect(name).to.equal('Transcript: A slotted talk');
    slotted.remove();
  });
});

describe('focus and reading in the transcript', () => {
  let element: TranscriptPlayerElement;
  let media: HTMLMediaElement;

  beforeEach(async () => {
    element = await loadPlayer(player());
    media = await withMetadata(element);
    media.muted = true;
  });

  afterEach(() => media.pause());

  /** Scrolls the reader away from the active line; resolves with the resume button once shown. */
  async function scrollAway(): Promise<HTMLButtonElement> {
    const resume = element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="resume"]')!;
    const scroller = element.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    await seekTo(media, element.cues[element.cues.length - 5].start + 0.05);
    await until(() => scroller.scrollTop > 100, 'the panel to follow');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    scroller.scrollTop = 0;
    await until(() => !resume.hidden, 'the resume button');
    await element.updateComplete;
    return resume;
  }

  it('puts focus on the current line after "Resume following", not on the page', async () => {
    const resume = await scrollAway();
    resume.focus();
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(resume.hidden).to.be.true;
    const active = activeLines(element)[0];
    expect(focused(element) === active, 'focus on the current line').to.be.true;
    expect(active.tabIndex).to.equal(0);
  });

  it('never covers a line with "Resume following"', async () => {
    const resume = await scrollAway();
    const button = resume.getBoundingClientRect();
    const scroller = element.shadowRoot!.querySelector<HTMLElement>('.scroller')!.getBoundingClientRect();
    for (const line of cueLines(element)) {
      const box = line.getBoundingClientRect();
      // Only what shows in the panel.
      const top = Math.max(box.top, scroller.top);
      const bottom = Math.min(box.bottom, scroller.bottom);
      if (bottom <= top) continue;
      const overlaps = button.left < box.right && button.right > box.left && button.top < bottom && button.bottom > top;
      expect(overlaps, `"Resume following" over line ${line.dataset.index}`).to.be.false;
    }
  });

  it('tells focus from the current line in forced colours by more than colour', async () => {
    simulateForcedColors(element.shadowRoot!);
    const lines = cueLines(element);
    await seekTo(media, element.cues[8].start + 0.05);
    lines[3].focus();
    await sendKeys({press: 'ArrowDown'});
    expect(focused(element) === lines[4], 'focus on line 4').to.be.true;
    const current = getComputedStyle(lines[8]);
    const focus = getComputedStyle(lines[4]);
    expect(focus.outlineStyle).to.equal('solid');
    expect(parseFloat(focus.outlineWidth)).to.be.at.least(2);
    expect(current.outlineStyle, 'the current line has no focus-like outline').to.equal('none');
    expect(parseFloat(current.borderLeftWidth), 'the current line has a bar').to.be.at.least(3);
    expect(parseFloat(focus.borderLeftWidth), 'the focused line has no bar').to.equal(0);
  });

  it('marks the spoken word at 3:1 or more against its line', async () => {
    const rule = element
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .find((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText.includes('::highlight('))!;
    expect(rule, 'the ::highlight rule').to.exist;
    await seekTo(media, element.cues[4].start + 0.05);
    const line = activeLines(element)[0];
    // The rule's colours, resolved where the highlight paints (its custom properties apply there).
    const probe = document.createElement('span');
    probe.style.backgroundColor = rule.style.getPropertyValue('background-color');
    probe.style.color = rule.style.getPropertyValue('color');
    line.querySelector('[part~="text"]')!.append(probe);
    const panel = getComputedStyle(element.shadowRoot!.querySelector('[part~="transcript"]')!).backgroundColor;
    const lineBackground = paint(getComputedStyle(line).backgroundColor, panel);
    const word = paint(getComputedStyle(probe).backgroundColor, `rgb(${lineBackground.join()})`);
    const wordText = paint(getComputedStyle(probe).color, `rgb(${word.join()})`);
    probe.remove();
    expect(contrast(word, lineBackground), 'word mark against its line').to.be.at.least(3);
    expect(contrast(wordText, word), 'the word on its mark').to.be.at.least(4.5);
  });

  it('keeps every line inside its box at 320 px with 200% text', async () => {
    const root = document.documentElement;
    root.style.fontSize = '200%';
    try {
      element.style.width = '320px';
      await frames();
      const panel = element.shadowRoot!.querySelector('[part~="transcript"]')!.getBoundingClientRect();
      const lines = cueLines(element).slice(0, 12);
      for (const line of lines) {
        const box = line.getBoundingClientRect();
        expect(box.right, `line ${line.dataset.index} inside the panel`).to.be.at.most(panel.right + 0.5);
        expect(line.scrollWidth, `line ${line.dataset.index} not wider than its box`).to.be.at.most(line.clientWidth);
        for (const part of line.querySelectorAll<HTMLElement>('[part~="text"], [part~="time"], [part~="speaker"]')) {
          const inner = part.getBoundingClientRect();
          expect(inner.right, `${part.getAttribute('part')} of line ${line.dataset.index}`).to.be.at.most(
            box.right + 0.5,
          );
          expect(part.scrollWidth, `${part.getAttribute('part')} of line ${line.dataset.index}`).to.be.at.most(
            part.clientWidth + 1,
          );
        }
      }
      const header = element.shadowRoot!.querySelector('h2')!.getBoundingClientRect();
      expect(header.right).to.be.at.most(panel.right + 0.5);
      // No word is cut in two for want of room.
      for (const line of lines) {
        const text = line.querySelector('[part~="text"]')!;
        for (const node of text.childNodes) {
          if (!(node instanceof Text)) continue;
          for (const word of node.data.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            expect(range.getClientRects().length, `"${word[0]}" on one line`).to.equal(1);
          }
        }
      }
      expect(panel.right, 'the panel inside the element').to.be.at.most(element.getBoundingClientRect().right + 0.5);
    } finally {
      root.style.fontSize = '';
    }
  });
});

describe('the captions alert', () => {
  it('says what failed once', async () => {
    const element = document.createElement('transcript-player');
    element.setAttribute('src', MEDIA.mp4);
    element.setAttribute('captions', '/captions/missing.vtt');
    const failed = oneEvent(element, 'transcript-error');
    document.body.append(element);
    await failed;
    await element.updateComplete;
    const text = element.shadowRoot!.querySelector('[part~="error"]')!.textContent.replace(/\s+/g, ' ').trim();
    expect(text).to.match(/^Captions could not be loaded/);
    expect(text).not.to.match(/\b(\w+):? \1\b/i);
    element.remove();
  });
});

describe('keyboard shortcuts', () => {
  let element: TranscriptPlayerElement;
  let media: HTMLMediaElement;

  beforeEach(async () => {
    element = await loadPlayer(player());
    media = await withMetadata(element);
    media.muted = true;
  });

  afterEach(async () => {
    media.pause();
    if (document.fullscreenElement) await document.exitFullscreen();
  });

  const captionsShowing = () => [...media.textTracks].some((track) => track.mode === 'showing');

  it('play, pause, skip, mute and captions from a transcript line; the list keeps its own keys', async () => {
    const lines = cueLines(element);
    await seekTo(media, element.cues[10].start + 0.05);
    lines[10].focus();
    await sendKeys({press: 'k'});
    await until(() => !media.paused, 'k to play');
    await sendKeys({press: 'k'});
    await until(() => media.paused, 'k to pause');

    let from = media.currentTime;
    await sendKeys({press: 'l'});
    await until(() => Math.abs(media.currentTime - (from + 10)) < 0.3, 'l to skip 10 s on');
    from = media.currentTime;
    await sendKeys({press: 'j'});
    await until(() => Math.abs(media.currentTime - (from - 10)) < 0.3, 'j to skip 10 s back');

    // Arrows, Space and Enter keep their meaning on a line: move, and play from the line.
    from = media.currentTime;
    await sendKeys({press: 'ArrowDown'});
    expect(focused(element) === lines[11], 'focus on line 11').to.be.true;
    await sendKeys({press: 'ArrowRight'});
    expect(media.currentTime).to.be.closeTo(from, 0.05);
    await sendKeys({press: ' '});
    expect(media.currentTime).to.be.closeTo(element.cues[11].start, 0.01);
    expect(media.paused).to.be.true;

    media.muted = false;
    await sendKeys({press: 'm'});
    expect(media.muted).to.be.true;
    expect(captionsShowing()).to.be.true;
    await sendKeys({press: 'c'});
    expect(captionsShowing()).to.be.false;
    await sendKeys({press: 'c'});
    expect(captionsShowing()).to.be.true;
    expect(focused(element) === lines[11], 'focus on line 11').to.be.true;
  });

  it('skips with the arrows and plays with k once from a player button, and leaves a slider its arrows', async () => {
    // video.js shows its control bar once playback has started.
    media.muted = true;
    await media.play();
    media.pause();
    const play = element.shadowRoot!.querySelector<HTMLElement>('.vjs-play-control')!;
    await until(() => (play.focus(), element.shadowRoot!.activeElement === play), 'focus on the play button');
    let from = media.currentTime;
    await sendKeys({press: 'ArrowRight'});
    await until(() => Math.abs(media.currentTime - (from + 5)) < 0.3, 'ArrowRight to skip 5 s on');
    await sendKeys({press: 'k'});
    await until(() => !media.paused, 'k to play');
    // Not toggled a second time by video.js's own hotkeys.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(media.paused).to.be.false;
    media.pause();

    const volume = element.shadowRoot!.querySelector<HTMLElement>('.vjs-volume-bar')!;
    volume.focus();
    media.volume = 1;
    from = media.currentTime;
    await sendKeys({press: 'ArrowLeft'});
    await until(() => media.volume < 1, 'the slider to turn the volume down');
    expect(media.currentTime).to.be.closeTo(from, 0.05);
  });

  it('goes fullscreen with f from the transcript', async () => {
    cueLines(element)[0].focus();
    await sendKeys({press: 'f'});
    await until(() => document.fullscreenElement === element, 'the element, transcript and all, to go fullscreen');
    await sendKeys({press: 'f'});
    await until(() => document.fullscreenElement === null, 'fullscreen to end');
  });

  it('shows the shortcuts in a dialog from ? or the help button, and gives focus back on close', async () => {
    const lines = cueLines(element);
    lines[5].focus();
    await sendKeys({press: '?'});
    const dialog = element.shadowRoot!.querySelector('dialog')!;
    await until(() => dialog.open, 'the shortcuts dialog');
    expect(dialog.contains(focused(element)), 'focus in the dialog').to.be.true;
    const title = dialog.querySelector('h2, h3')!;
    expect(title.textContent).to.equal('Keyboard shortcuts');
    expect(dialog.getAttribute('aria-labelledby')).to.equal(title.id);
    expect(dialog.textContent).to.match(/Play or pause/);
    await expect(element).shadowDom.to.be.accessible();
    // A shortcut does nothing behind the dialog.
    await sendKeys({press: 'k'});
    expect(media.paused).to.be.true;
    await sendKeys({press: 'Escape'});
    await until(() => !dialog.open, 'Escape to close it');
    expect(focused(element) === lines[5], 'focus back on line 5').to.be.true;

    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="shortcuts"]')!;
    button.focus();
    await sendKeys({press: 'Enter'});
    await until(() => dialog.open, 'the help button to open it');
    dialog.querySelector<HTMLButtonElement>('button')!.focus();
    await sendKeys({press: 'Enter'});
    await until(() => !dialog.open, 'the close button to close it');
    expect(focused(element) === button, 'focus back on the help button').to.be.true;
  });
});
