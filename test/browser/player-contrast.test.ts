// Non-text contrast of the controls (issue 11, point 4), measured from getComputedStyle composited
// over what lies behind (contrast.ts), and a media error announced once (point 8).
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {describeMediaError} from '../../src/media/video-js-adapter.js';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {backdrop, contrast, over, parseColour, show, type Rgba} from './contrast.js';
import {MEDIA, mediaEvent, until} from './helpers.js';
import {
  bar,
  focused,
  isShown,
  menuOf,
  player,
  playAndPause,
  press,
  q,
  sleep,
  slotted,
  tabTo,
} from './player-helpers.js';

/** The colours a focus indicator draws: its outline, and an inset ring of box-shadow. */
function ringColours(node: Element): Rgba[] {
  const style = getComputedStyle(node);
  const colours: Rgba[] = [];
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2)
    colours.push(parseColour(style.outlineColor));
  for (const [, colour] of style.boxShadow.matchAll(/((?:rgba?|color)\([^)]*\))[^,]*inset/g))
    colours.push(parseColour(colour));
  return colours;
}

/** The best contrast a focus indicator's colours reach against `against`. */
function ringContrast(node: Element, against: Rgba): number {
  return Math.max(0, ...ringColours(node).map((colour) => contrast(over(colour, against), against)));
}

const PAGES = [
  {page: 'light', markup: slotted()},
  {page: 'themed', markup: slotted('style="--transcript-player-accent: #b3261e"')},
  {page: 'dark', markup: slotted('theme="dark"')},
  {page: 'audio', markup: slotted('', MEDIA.m4a)},
];

describe('non-text contrast of the controls', () => {
  for (const {page, markup} of PAGES) {
    it(`reaches 3:1 for focus rings, a focused menu item and the sliders (${page})`, async () => {
      const element = await player(markup);
      await playAndPause(element);
      const figures: string[] = [];
      const measure = (what: string, ratio: number) => {
        figures.push(`${what} ${ratio.toFixed(2)}:1`);
        return ratio;
      };
      const barColour = backdrop(bar(element));

      // Focus rings on a button and on the progress slider, against the bar around them.
      for (const selector of ['.vjs-play-control', '.vjs-progress-holder']) {
        const control = q(element, selector);
        const around = backdrop(control.parentElement!);
        await tabTo(element, control);
        expect(control.matches(':focus-visible')).to.be.true;
        expect(measure(`${selector} ring`, ringContrast(control, around)), figures.join(', ')).to.be.at.least(3);
      }

      // A focused menu item, selected (white) or not, against how it looks unfocused.
      const rate = menuOf(element, '.vjs-playback-rate');
      await tabTo(element, rate.button);
      await sendKeys({press: 'Enter'});
      await until(() => rate.menu.contains(focused(element)), 'focus in the speed menu');
      const items = rate.items();
      const plain = items.find((item) => !item.classList.contains('vjs-selected'))!;
      const selected = items.find((item) => item.classList.contains('vjs-selected'))!;
      const unfocused = new Map(items.map((item) => [item, backdrop(item)]));
      for (const [name, item] of [
        ['menu item', plain],
        ['selected menu item', selected],
      ] as const) {
        for (let i = 0; i < items.length && focused(element) !== item; i++) await press(element, 'ArrowDown');
        expect(focused(element)).to.equal(item);
        if (name === 'menu item') unfocused.set(item, backdrop(item.parentElement!));
        expect(measure(`${name} ring`, ringContrast(item, unfocused.get(item)!)), figures.join(', ')).to.be.at.least(3);
      }
      await sendKeys({press: 'Escape'});

      // Sliders: the track against the bar, the played part or level against the track, and the
      // played part against the buffered part drawn under it.
      for (const [slider, level] of [
        ['.vjs-progress-holder', '.vjs-play-progress'],
        ['.vjs-volume-bar', '.vjs-volume-level'],
      ]) {
        const track = backdrop(q(element, slider));
        const filled = over(parseColour(getComputedStyle(q(element, level)).backgroundColor), track);
        expect(measure(`${slider} track/bar`, contrast(track, barColour)), figures.join(', ')).to.be.at.least(3);
        expect(measure(`${level}/track`, contrast(filled, track)), figures.join(', ')).to.be.at.least(3);
      }
      const buffered = over(
        parseColour(getComputedStyle(q(element, '.vjs-load-progress div')).backgroundColor),
        backdrop(q(element, '.vjs-load-progress')),
      );
      const played = parseColour(getComputedStyle(q(element, '.vjs-play-progress')).backgroundColor);
      expect(measure('played/buffered', contrast(played, buffered)), figures.join(', ')).to.be.at.least(3);
      console.log(`${page}: bar ${show(barColour)}; ${figures.join(', ')}`);
    });
  }
});

describe('a media error', () => {
  /** Live regions, alerts and dialogs a screen reader hears, with text: not hidden from it. */
  function announcers(element: TranscriptPlayerElement): HTMLElement[] {
    const exposed = (node: Element | null): boolean => {
      for (let e = node; e; e = e.parentElement ?? ((e.parentNode as ShadowRoot | null)?.host || null)) {
        if (e.getAttribute('aria-hidden') === 'true' || getComputedStyle(e).display === 'none') return false;
      }
      return true;
    };
    return [
      ...element.shadowRoot!.querySelectorAll<HTMLElement>(
        '[role="alert"], [role="alertdialog"], [role="dialog"], [role="status"], [role="log"], [aria-live="polite"], [aria-live="assertive"]',
      ),
    ].filter((node) => exposed(node) && node.textContent.trim() !== '');
  }

  it('is announced once, by our alert, and still shown on the media in the same words', async () => {
    const element = document.createElement('transcript-player');
    element.setAttribute('src', '/media/missing.mp4');
    element.setAttribute('captions', MEDIA.captions);
    document.body.append(element);
    await mediaEvent(element, 'transcript-error');
    await until(() => !!element.player?.error(), 'the player to report the error');
    await sleep(300);
    const message = describeMediaError(element.player!.error());
    const heard = announcers(element);
    expect(
      heard.map((node) => `${node.getAttribute('role') ?? 'aria-live'}: ${node.textContent.trim()}`),
      'what announces the error',
    ).to.have.lengthOf(1);
    expect(heard[0].getAttribute('role')).to.equal('alert');
    expect(heard[0].textContent).to.include(message);
    // The media area is not left blank: the same words show there, for eyes only.
    const shown = q(element, '.vjs-error-display');
    expect(isShown(shown), 'a message on the media').to.be.true;
    expect(shown.textContent).to.include(message);
    element.remove();
  });
});
