import './no-dynamic-style.js';
// The core build: no HTTP streaming (HLS/DASH), and no vtt.js, which only the text-track
// emulation needs; we force native text tracks, so it is never loaded.
import videojs from 'video.js/dist/alt/video.core.novtt.js';
import type Player from 'video.js/dist/types/player';
import {guessMimeType} from './media-kind.js';
import type {MediaSpec} from './media-spec.js';

export type {Player};

export interface CreatedPlayer {
  readonly player: Player;
  readonly media: HTMLMediaElement;
}

/**
 * Creates a media element inside `container` and hands it to video.js. The element is made here,
 * not rendered by Lit, because video.js wraps it in its own markup and removes it on dispose.
 */
export function createPlayer(container: HTMLElement, spec: MediaSpec, label: string): CreatedPlayer {
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
    // Layout and size come from our own stylesheet.
    fluid: false,
    fill: false,
  });
  player.el().setAttribute('aria-label', label);
  // Through video.js, so its menus (Chapters, Captions) hear when each track has loaded; its tech
  // exists once the player is ready.
  player.ready(() => addTracks(player, spec.tracks ?? []));
  // video.js replaces the element it was given with its own tech element.
  const tech = player.tech(true) as unknown as {el(): HTMLMediaElement} | undefined;
  return {player, media: tech?.el() ?? media};
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

/** A readable description of a media error. */
export function describeMediaError(error: {code?: number; message?: string} | null | undefined): string {
  const reasons: Record<number, string> = {
    1: 'loading was aborted',
    2: 'a network error stopped the download',
    3: 'the file could not be decoded',
    4: 'the file was not found or its format is not supported',
  };
  const reason = (error?.code && reasons[error.code]) || error?.message || 'an unknown error occurred';
  return `The media could not be played: ${reason}.`;
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
