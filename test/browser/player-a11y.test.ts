// The video.js layer for keyboard, low-vision and screen-reader users (issue 11, the player's
// part): focus stays visible, Escape leaves a menu for its button, the control bar reflows at
// 320 px, focus rings and sliders have 3:1 contrast, targets are 24 px, a media error is
// announced once, and the controls work before the first play. Colours are read from
// getComputedStyle and composited over what lies behind them (contrast.ts); sizes and clipping
// from getBoundingClientRect.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {describeMediaError} from '../../src/media/video-js-adapter.js';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {backdrop, contrast, over, parseColour, show, type Rgba} from './contrast.js';
import {MEDIA, loadPlayer, mediaEvent, until, withMetadata} from './helpers.js';

/** A page's own video with captions and chapters, so every menu button is there. */
function slotted(attributes = '', src = MEDIA.mp4): string {
  const type = src.endsWith('.m4a') ? 'audio' : 'video';
  return `<transcript-player ${attributes}>
    <${type} preload="metadata" ${type === 'video' ? `poster="${MEDIA.poster}"` : ''}>
      <source src="${src}">
      <track kind="captions" src="${MEDIA.captions}" srclang="en" label="English" default>
      <track kind="chapters" src="${MEDIA.chapters}" srclang="en" label="Chapters">
    </${type}>
  </transcript-player>`;
}

/** A focusable button before the player, where a keyboard walk starts. */
let before: HTMLButtonElement;

/** Loads `markup` after a button to tab from, and waits for the media and the chapters menu. */
async function player(markup: string): Promise<TranscriptPlayerElement> {
  before = document.createElement('button');
  before.textContent = 'Before the player';
  document.body.append(before);
  const element = await loadPlayer(markup);
  const media = await withMetadata(element);
  media.muted = true;
  for (const button of ['chapters', 'subs-caps']) {
    await until(() => !!q(element, `.vjs-${button}-button:not(.vjs-hidden)`), `the ${button} menu button`);
  }
  return element;
}

afterEach(() => {
  before?.remove();
  document.documentElement.style.fontSize = '';
});

function q<T extends Element = HTMLElement>(element: TranscriptPlayerElement, selector: string): T {
  return element.shadowRoot!.querySelector<T>(selector)!;
}

const bar = (element: TranscriptPlayerElement) => q(element, '.vjs-control-bar');

/** The control bar's items that take room. */
function controls(element: TranscriptPlayerElement): HTMLElement[] {
  return [...bar(element).children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement && child.getBoundingClientRect().width > 0,
  );
}

function focused(element: TranscriptPlayerElement): Element | null {
  return element.shadowRoot!.activeElement;
}

function nameOf(node: Element | null): string {
  return node ? `${node.localName}.${[...node.classList].join('.')}` : 'nothing in the player (body)';
}

/**
 * Presses `key` and gives focus up to 3 s to move: WebKit's driver may answer before the page has
 * handled the key, and a second press then skips a stop. Focus that stays (the last item of a
 * menu) is no error here.
 */
async function press(element: TranscriptPlayerElement, key: string): Promise<void> {
  const was = [document.activeElement, focused(element)];
  await sendKeys({press: key});
  await until(() => document.activeElement !== was[0] || focused(element) !== was[1], 'focus to move', 3000).catch(
    () => undefined,
  );
}

const tab = (element: TranscriptPlayerElement) => press(element, 'Tab');

/** Tabs from the button before the player until `target` has focus, as a keyboard user gets there. */
async function tabTo(element: TranscriptPlayerElement, target: Element): Promise<void> {
  before.focus();
  for (let i = 0; i < 40 && focused(element) !== target; i++) await tab(element);
  expect(focused(element), `Tab reaches ${nameOf(target)}`).to.equal(target);
}

/** Every element Tab stops at inside the video.js player, in order, from the button before it. */
async function tabStops(element: TranscriptPlayerElement): Promise<Element[]> {
  const vjs = q(element, '.video-js');
  before.focus();
  const stops: Element[] = [];
  for (let i = 0; i < 40; i++) {
    await tab(element);
    const now = focused(element);
    if (!now || !vjs.contains(now)) {
      if (stops.length) break;
      continue;
    }
    stops.push(now);
  }
  return stops;
}

/** Plays and pauses: the state after a first play. */
async function playAndPause(element: TranscriptPlayerElement): Promise<void> {
  await element.media!.play();
  await until(() => q(element, '.video-js').classList.contains('vjs-has-started'), 'playback to start');
  element.media!.pause();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isShown(node: Element): boolean {
  const style = getComputedStyle(node);
  return style.display !== 'none' && style.visibility === 'visible' && node.getBoundingClientRect().height > 0;
}

/** The control bar is drawn: laid out, visible and opaque. */
function barShown(element: TranscriptPlayerElement): boolean {
  return isShown(bar(element)) && getComputedStyle(bar(element)).opacity === '1';
}

function menuOf(element: TranscriptPlayerElement, button: string) {
  const wrapper = q(element, button);
  return {
    button: wrapper.querySelector<HTMLButtonElement>(':scope > button')!,
    menu: wrapper.querySelector<HTMLElement>('.vjs-menu')!,
    items: () => [...wrapper.querySelectorAll<HTMLElement>('li.vjs-menu-item')],
  };
}

const MENUS = ['.vjs-playback-rate', '.vjs-chapters-button', '.vjs-subs-caps-button'];

describe('the player for keyboard users', () => {
  it('keeps the control bar, and an open menu, visible while focus is in them, past 5 s idle while playing', async () => {
    const element = await player(slotted());
    const vjs = q(element, '.video-js');
    await element.media!.play();
    const rate = menuOf(element, '.vjs-playback-rate');
    await tabTo(element, rate.button);
    await sleep(5500);
    expect(element.media!.paused).to.be.false;
    expect(barShown(element), `the bar shows with focus on a button (${vjs.className})`).to.be.true;

    await sendKeys({press: 'Enter'});
    await until(() => rate.menu.contains(focused(element)), 'focus in the open menu');
    // Past video.js's 2 s and its 1 s fade.
    await sleep(3500);
    expect(barShown(element), `the bar shows with focus in a menu (${vjs.className})`).to.be.true;
    expect(isShown(rate.menu.querySelector('.vjs-menu-content')!), 'the menu shows').to.be.true;

    // Focus leaves the player: the bar hides again as usual.
    await sendKeys({press: 'Escape'});
    (focused(element) as HTMLElement | null)?.blur();
    await until(() => vjs.classList.contains('vjs-user-inactive'), 'the bar to hide once focus has left', 6000);
    element.media!.pause();
  });

  it('closes an open menu on Escape and returns focus to its menu button', async () => {
    const element = await player(slotted());
    await playAndPause(element);
    for (const selector of MENUS) {
      const {button, menu} = menuOf(element, selector);
      await tabTo(element, button);
      await sendKeys({press: 'Enter'});
      await until(() => menu.contains(focused(element)), `focus in the ${selector} menu`);
      await press(element, 'ArrowDown');
      await sendKeys({press: 'Escape'});
      await until(() => !menu.classList.contains('vjs-lock-showing'), `the ${selector} menu to close`);
      expect(getComputedStyle(menu).display, `the ${selector} menu is hidden`).to.equal('none');
      expect(nameOf(focused(element)), `focus after Escape in ${selector}`).to.equal(nameOf(button));
    }
  });

  it('offers the whole control bar before the first play: every control reachable, the speed settable', async () => {
    const element = await player(slotted());
    const media = element.media!;
    expect(barShown(element), 'the control bar shows before playing').to.be.true;
    const stops = (await tabStops(element)).map(nameOf);
    for (const control of [
      '.vjs-play-control',
      '.vjs-mute-control',
      '.vjs-progress-holder',
      '.vjs-playback-rate > button',
      '.vjs-chapters-button > button',
      '.vjs-subs-caps-button > button',
      '.vjs-fullscreen-control',
    ]) {
      expect(stops, `Tab stops at ${control}`).to.include(nameOf(q(element, control)));
    }
    const rate = menuOf(element, '.vjs-playback-rate');
    await tabTo(element, rate.button);
    await sendKeys({press: 'Enter'});
    await until(() => rate.menu.contains(focused(element)), 'focus in the speed menu');
    for (let i = 0; i < 8 && focused(element)?.textContent?.trim() !== '1.5x'; i++) await press(element, 'ArrowDown');
    await sendKeys({press: 'Enter'});
    await until(() => media.playbackRate === 1.5, 'the speed to be 1.5');
    expect(media.paused).to.be.true;
  });
});

describe('the control bar at 320 px', () => {
  // 320 px is the element's width on a 320 px wide page without margins, 280 px with the demo's.
  for (const {width, text} of [
    {width: 320, text: '100%'},
    {width: 280, text: '100%'},
    {width: 280, text: '200%'},
  ]) {
    it(`clips no control and shifts nothing while tabbing, ${width} px wide, ${text} text`, async () => {
      document.documentElement.style.fontSize = text;
      const element = await player(slotted(`style="width: ${width}px"`));
      await playAndPause(element);
      const host = q(element, '.player-host').getBoundingClientRect();
      const box = bar(element).getBoundingClientRect();
      expect(box.width).to.be.closeTo(width, 0.5);
      const clipped = controls(element)
        .map((control) => ({name: nameOf(control), rect: control.getBoundingClientRect()}))
        .filter(({rect}) => rect.left < box.left - 0.5 || rect.right > box.right + 0.5 || rect.right > host.right + 0.5)
        .map(({name, rect}) => `${name} at ${Math.round(rect.left - box.left)}-${Math.round(rect.right - box.left)}`);
      expect(clipped, `controls past the bar's ${Math.round(box.width)} px`).to.deep.equal([]);

      const scrollers = [q(element, '.player-host'), q(element, '.video-js'), bar(element)];
      const shifted = () =>
        Math.abs(q(element, '.video-js').getBoundingClientRect().left - host.left) > 0.5 ||
        scrollers.some((node) => node.scrollLeft !== 0 || node.scrollTop !== 0);
      const stops = await tabStops(element);
      expect(stops.length).to.be.at.least(7);
      // tabStops ends on the first stop past the player; walk again, checking after each.
      before.focus();
      for (let i = 0; i < stops.length + 1; i++) {
        await tab(element);
        expect(shifted(), `the video shifted with focus on ${nameOf(focused(element))}`).to.be.false;
      }
      // An open menu fits inside the player, and moving through it shifts nothing either.
      const rate = menuOf(element, '.vjs-playback-rate');
      await tabTo(element, rate.button);
      await sendKeys({press: 'Enter'});
      await until(() => rate.menu.contains(focused(element)), 'focus in the speed menu');
      const menu = rate.menu.querySelector('.vjs-menu-content')!.getBoundingClientRect();
      expect(menu.top, 'the menu top inside the player').to.be.at.least(host.top - 0.5);
      expect(menu.right, 'the menu inside the player').to.be.at.most(host.right + 0.5);
      for (let i = 0; i < rate.items().length; i++) {
        await press(element, 'ArrowDown');
        expect(shifted(), `the video shifted with focus on ${focused(element)?.textContent}`).to.be.false;
      }
      await sendKeys({press: 'Escape'});
    });
  }
});

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

describe('target size of the controls', () => {
  for (const width of [800, 280]) {
    it(`makes every control and menu item at least 24 px in both directions, ${width} px wide`, async () => {
      const element = await player(slotted(`style="width: ${width}px"`));
      await playAndPause(element);
      const small: string[] = [];
      const check = (name: string, node: Element) => {
        const {width: w, height: h} = node.getBoundingClientRect();
        if (w < 24 || h < 24) small.push(`${name} ${w.toFixed(1)}x${h.toFixed(1)}`);
      };
      for (const control of controls(element)) {
        if (control.matches('.vjs-time-control, .vjs-spacer')) continue;
        check(nameOf(control), control.matches('.vjs-volume-panel') ? control.firstElementChild! : control);
      }
      for (const selector of MENUS) {
        const {button, menu, items} = menuOf(element, selector);
        await tabTo(element, button);
        await sendKeys({press: 'Enter'});
        await until(() => menu.contains(focused(element)), `focus in the ${selector} menu`);
        for (const item of items()) check(`${selector} "${item.textContent?.trim()}"`, item);
        await sendKeys({press: 'Escape'});
        await until(() => !menu.classList.contains('vjs-lock-showing'), `the ${selector} menu to close`);
      }
      expect(small, 'controls under 24 px').to.deep.equal([]);
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
