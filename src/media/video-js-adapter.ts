import './no-dynamic-style.js';
// The core build: no HTTP streaming (HLS/DASH), and no vtt.js, which only the text-track
// emulation needs; we force native text tracks, so it is never loaded.
import videojs from 'video.js/dist/alt/video.core.novtt.js';
import type Player from 'video.js/dist/types/player';
import {guessMimeType} from './media-kind.js';
import type {MediaSpec} from './media-spec.js';
import {fill, TEXT, type TranscriptStrings} from '../render/strings.js';

export type {Player};

export interface CreatedPlayer {
  readonly player: Player;
  readonly media: HTMLMediaElement;
}

/**
 * Creates a media element inside `container` and hands it to video.js. The element is made here,
 * not rendered by Lit, because video.js wraps it in its own markup and removes it on dispose.
 */
export function createPlayer(
  container: HTMLElement,
  spec: MediaSpec,
  label: string,
  describeError: (error: MediaErrorLike | null | undefined) => string = describeMediaError,
): CreatedPlayer {
  const media = document.createElement(spec.kind);
  media.className = 'video-js';
  media.preload = 'metadata';
  media.setAttribute('playsinline', '');
  for (const [name, value] of spec.attributes ?? []) media.setAttribute(name, value);
  if (spec.poster && media instanceof HTMLVideoElement) media.poster = spec.poster;
  for (const {src, type} of spec.sources) {
    const source = document.createElement('source');
    source.src = src;
    const mime = type ?? guessMimeType(src);
    if (mime) source.type = mime;
    media.append(source);
  }
  container.replaceChildren(media);
  const player = videojs(media, {
    controls: true,
    preload: media.preload || 'metadata',
    // Icon fonts do not load inside a shadow root; SVG icons do.
    experimentalSvgIcons: true,
    audioOnlyMode: spec.kind === 'audio',
    playbackRates: [0.5, 0.75, 1, 1.25, 1.5, 2],
    userActions: {hotkeys: true},
    html5: {nativeTextTracks: true, nativeAudioTracks: true, nativeVideoTracks: true},
    // The caption settings dialog opens only for emulated text tracks: with native ones it is
    // never reachable, and the build leaves its code out (scripts/video-js-icons.mjs).
    textTrackSettings: false,
    // Layout and size come from our own stylesheet.
    fluid: false,
    fill: false,
  });
  player.el().setAttribute('aria-label', label);
  correctAccessibility(player, describeError);
  // Through video.js, so its menus (Chapters, Captions) hear when each track has loaded; its tech
  // exists once the player is ready.
  player.ready(() => addTracks(player, spec.tracks ?? []));
  // video.js replaces the element it was given with its own tech element.
  const tech = player.tech(true) as unknown as {el(): HTMLMediaElement} | undefined;
  return {player, media: tech?.el() ?? media};
}

/** video.js's ErrorDisplay: a ModalDialog whose text comes from content(). */
interface ErrorDisplay {
  content: () => string;
  on(type: string, listener: () => void): void;
  el(): Element;
}

/** Where video.js 8 fails keyboard and screen-reader users; each fix names what it corrects. */
function correctAccessibility(player: Player, describeError: (error: MediaErrorLike | null | undefined) => string): void {
  const bar = player.getChild('ControlBar');
  if (bar) {
    const barEl = bar.el();
    // video.js hides the control bar after 2 s with no pointer or key activity on the player,
    // even while keyboard focus is on one of its controls or in one of its menus, which then
    // vanish with their focus ring. It stays while a control there shows keyboard focus, and
    // focus moving in or out counts as activity (it shows at once, and hides 2 s after focus left).
    const userActive = player.userActive.bind(player);
    player.userActive = (active?: boolean) =>
      active === false && barEl.querySelector(':focus-visible') ? undefined : userActive(active);
    bar.on(['focusin', 'focusout'], () => player.reportUserActivity(null));
    // video.js's menu buttons mean to put focus back on the button when Escape closes the menu,
    // but test `!event.key === 'Tab'` (always false): focus falls to <body>.
    bar.on('keydown', (event: KeyboardEvent) => {
      const menu = event.key === 'Escape' && (event.target as Element).closest('.vjs-menu');
      if (menu) menu.parentElement!.querySelector<HTMLElement>(':scope > button')?.focus();
    });
  }
  // video.js's ErrorDisplay is a "Modal Window" dialog with aria-live: a media error is
  // announced twice, in its words and in the element's alert. It stays as the message on the
  // media, in the alert's words, hidden from assistive technology.
  const errorDisplay = player.getChild('ErrorDisplay') as unknown as ErrorDisplay | undefined;
  if (errorDisplay) {
    errorDisplay.content = () => describeError(player.error());
    errorDisplay.on('modalopen', () => errorDisplay.el().setAttribute('aria-hidden', 'true'));
  }
}

function addTracks(player: Player, tracks: readonly HTMLTrackElement[]): void {
  for (const track of tracks) {
    player.addRemoteTextTrack(
      {
        kind: track.kind,
        src: track.src,
        ...(track.srclang ? {srclang: track.srclang} : {}),
        ...(track.label ? {label: track.label} : {}),
        ...(track.default ? {default: true} : {}),
      },
      false,
    );
  }
}

export interface MediaErrorLike {
  code?: number;
  message?: string;
}

/** A readable description of a media error, in the words of `strings`. */
export function describeMediaError(error: MediaErrorLike | null | undefined, strings: TranscriptStrings = TEXT): string {
  const reasons = strings.mediaReasons;
  const code = error?.code ?? 0;
  const reason = (code >= 1 && code <= 4 && reasons[code - 1]) || error?.message || reasons[4];
  return fill(strings.mediaFailed, {reason});
}

/** The parts of video.js's FullscreenToggle we use. */
export interface FullscreenToggle {
  handleClick(event?: Event): void;
  controlText(text: string): void;
  setIcon?(name: string): void;
}

/** The control bar's fullscreen button, if the player has one. */
export function fullscreenToggle(player: Player): FullscreenToggle | undefined {
  const controlBar = player.getChild('ControlBar') as unknown as {getChild(name: string): unknown} | undefined;
  return controlBar?.getChild('FullscreenToggle') as FullscreenToggle | undefined;
}

/**
 * Disposes the player. video.js's Chapters button keeps a `load` listener on its track element
 * after dispose, and in Firefox a late load then throws (`this.player_ is null`): let go of the
 * track first.
 */
export function disposePlayer(player: Player): void {
  const controlBar = player.getChild('ControlBar') as unknown as {getChild(name: string): unknown} | undefined;
  const chapters = controlBar?.getChild('ChaptersButton') as {setTrack?(track: null): void} | undefined;
  chapters?.setTrack?.(null);
  player.dispose();
}
