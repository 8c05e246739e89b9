// Shared by the player-*.test.ts files: the video.js layer for keyboard, low-vision and
// screen-reader users (issue 11, the player's part). They are three files, not one: WebKitGTK's
// WebDriver stopped answering key actions (UND_ERR_HEADERS_TIMEOUT) part-way through a single
// page that ran all thirteen of these tests, while each test passes alone; a page per file keeps
// each run short.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {MEDIA, loadPlayer, until, withMetadata} from './helpers.js';

/**
 * A page's own video with captions and chapters, so every menu button is there. The toolbar has
 * no chapter control here: with one, video.js's Chapters menu is hidden (issue 12), and these
 * tests are about video.js's controls.
 */
export function slotted(attributes = '', src = MEDIA.mp4): string {
  const type = src.endsWith('.m4a') ? 'audio' : 'video';
  return `<transcript-player tools="search follow times download" ${attributes}>
    <${type} preload="metadata" ${type === 'video' ? `poster="${MEDIA.poster}"` : ''}>
      <source src="${src}">
      <track kind="captions" src="${MEDIA.captions}" srclang="en" label="English" default>
      <track kind="chapters" src="${MEDIA.chapters}" srclang="en" label="Chapters">
    </${type}>
  </transcript-player>`;
}

/** A focusable button before the player, where a keyboard walk starts. */
export let before: HTMLButtonElement;

/** Loads `markup` after a button to tab from, and waits for the media and the chapters menu. */
export async function player(markup: string): Promise<TranscriptPlayerElement> {
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

export function q<T extends Element = HTMLElement>(element: TranscriptPlayerElement, selector: string): T {
  return element.shadowRoot!.querySelector<T>(selector)!;
}

export const bar = (element: TranscriptPlayerElement) => q(element, '.vjs-control-bar');

/** The control bar's items that take room. */
export function controls(element: TranscriptPlayerElement): HTMLElement[] {
  return [...bar(element).children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement && child.getBoundingClientRect().width > 0,
  );
}

export function focused(element: TranscriptPlayerElement): Element | null {
  return element.shadowRoot!.activeElement;
}

export function nameOf(node: Element | null): string {
  return node ? `${node.localName}.${[...node.classList].join('.')}` : 'nothing in the player (body)';
}

/**
 * Presses `key` and gives focus up to 3 s to move: WebKit's driver may answer before the page has
 * handled the key, and a second press then skips a stop. Focus that stays (the last item of a
 * menu) is no error here.
 */
export async function press(element: TranscriptPlayerElement, key: string): Promise<void> {
  const was = [document.activeElement, focused(element)];
  await sendKeys({press: key});
  await until(() => document.activeElement !== was[0] || focused(element) !== was[1], 'focus to move', 3000).catch(
    () => undefined,
  );
}

export const tab = (element: TranscriptPlayerElement) => press(element, 'Tab');

/** Tabs from the button before the player until `target` has focus, as a keyboard user gets there. */
export async function tabTo(element: TranscriptPlayerElement, target: Element): Promise<void> {
  before.focus();
  for (let i = 0; i < 40 && focused(element) !== target; i++) await tab(element);
  expect(focused(element), `Tab reaches ${nameOf(target)}`).to.equal(target);
}

/** Every element Tab stops at inside the video.js player, in order, from the button before it. */
export async function tabStops(element: TranscriptPlayerElement): Promise<Element[]> {
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
export async function playAndPause(element: TranscriptPlayerElement): Promise<void> {
  await element.media!.play();
  await until(() => q(element, '.video-js').classList.contains('vjs-has-started'), 'playback to start');
  element.media!.pause();
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function isShown(node: Element): boolean {
  const style = getComputedStyle(node);
  return style.display !== 'none' && style.visibility === 'visible' && node.getBoundingClientRect().height > 0;
}

/** The control bar is drawn: laid out, visible and opaque. */
export function barShown(element: TranscriptPlayerElement): boolean {
  return isShown(bar(element)) && getComputedStyle(bar(element)).opacity === '1';
}

export function menuOf(element: TranscriptPlayerElement, button: string) {
  const wrapper = q(element, button);
  return {
    button: wrapper.querySelector<HTMLButtonElement>(':scope > button')!,
    menu: wrapper.querySelector<HTMLElement>('.vjs-menu')!,
    items: () => [...wrapper.querySelectorAll<HTMLElement>('li.vjs-menu-item')],
  };
}

export const MENUS = ['.vjs-playback-rate', '.vjs-chapters-button', '.vjs-subs-caps-button'];
