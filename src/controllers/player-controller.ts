import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {standDown, type MediaSpec} from '../media/media-spec.js';
import {fill} from '../render/strings.js';
import type {Wording} from './captions-controller.js';
import {
  createPlayer,
  describeMediaError,
  disposePlayer,
  fullscreenToggle,
  type MediaErrorLike,
  type Player,
} from '../media/video-js-adapter.js';

export interface PlayerOptions {
  /** Where the player goes (rendered by the host). */
  container(): HTMLElement | null;
  /** What to play now; undefined: nothing yet. */
  spec(): MediaSpec | undefined;
  /** The page's own media element the player replaces, if any. */
  adopted(): HTMLMediaElement | undefined;
  /** The player's accessible name. */
  label(): string;
  /** The media element changed: a new one after a build, undefined before a dispose. */
  onMediaChange(media: HTMLMediaElement | undefined): void;
  /** The media failed, or stopped loading, with a readable message. */
  onError(message: string): void;
  /** How long, in ms, the media may wait for data with nothing arriving before it has stopped loading. */
  timeout(): number;
  /** The host entered or left fullscreen. */
  onFullscreenChange(): void;
  /** The words of the host's language, for errors. */
  wording: Wording;
  /** Where CSS cannot lift native captions above the control bar: how far to lift them (fraction of the video's height). */
  onCaptionInset(fraction: number): void;
}

/** The caption container pseudo-element our stylesheet lifts, and by how much (its 40px). */
const CAPTION_CONTAINER = '-webkit-media-text-track-container';
const CAPTION_LIFT_PX = 40;

type Host = ReactiveControllerHost & HTMLElement & {readonly updateComplete: Promise<boolean>};

/**
 * Builds the video.js player when the host connects and disposes it when it disconnects; owns the
 * media element, its errors, audio-only detection, the fullscreen takeover, and the page's own
 * media element while the player stands in for it.
 */
export class PlayerController implements ReactiveController {
  readonly #host: Host;
  readonly #options: PlayerOptions;
  #player?: Player;
  #media?: HTMLMediaElement;
  #audioOnly = false;
  #error?: string;
  /** Why the media is stuck: nothing has arrived for a while. */
  #stalled?: string;
  #stallTimer = 0;
  /** Gives the adopted media element back its sources. */
  #restoreAdopted?: () => void;
  #resizeObserver?: ResizeObserver;
  /** Bumped on every build and dispose, so a disposed player's late events are ignored. */
  #generation = 0;

  constructor(host: Host, options: PlayerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get player(): Player | undefined {
    return this.#player;
  }

  get media(): HTMLMediaElement | undefined {
    return this.#media;
  }

  /** True when there is no picture to show: the compact audio layout. */
  get audioOnly(): boolean {
    return this.#audioOnly;
  }

  /** Why the media failed or is stuck, if it is. */
  get error(): string | undefined {
    return this.#error ?? this.#stalled;
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.#onFullscreenChange);
    // The container is rendered in the host's first update.
    void this.#host.updateComplete.then(() => {
      if (this.#host.isConnected && !this.#player) this.#build();
    });
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.#onFullscreenChange);
    this.#dispose();
  }

  /** Builds anew for a changed source: a new source may be audio where the old was video. */
  rebuild(): void {
    if (!this.#player) return;
    this.#dispose();
    this.#build();
  }

  #build(): void {
    const container = this.#options.container();
    const spec = this.#options.spec();
    if (!container || !spec) return;
    const generation = ++this.#generation;
    this.#set({audioOnly: spec.kind === 'audio', error: undefined});
    const describe = (error: MediaErrorLike | null | undefined) =>
      describeMediaError(error, this.#options.wording().strings);
    const {player, media} = createPlayer(container, spec, this.#options.label(), describe);
    this.#player = player;
    this.#media = media;
    player.on('error', () => {
      if (generation !== this.#generation) return;
      const message = describe(player.error());
      this.#set({error: message});
      this.#options.onError(message);
    });
    media.addEventListener('loadedmetadata', () => {
      // WebM and MP4 can hold audio alone: show the compact player when there is no picture.
      if (media instanceof HTMLVideoElement && media.videoWidth === 0 && !this.#audioOnly) {
        this.#set({audioOnly: true});
        void player.audioOnlyMode(true);
      }
    });
    this.#takeOverFullscreen();
    this.#watchCaptionRoom(media);
    this.#watchStalls(media, generation);
    const adopted = this.#options.adopted();
    if (adopted) this.#restoreAdopted = standDown(adopted);
    this.#options.onMediaChange(media);
  }

  #dispose(): void {
    this.#generation++;
    this.#setStalled(undefined);
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    if (this.#media) this.#options.onMediaChange(undefined);
    if (this.#player) disposePlayer(this.#player);
    this.#player = undefined;
    this.#media = undefined;
    // Read again at the next build, and the page's fallback once the element is gone.
    this.#restoreAdopted?.();
    this.#restoreAdopted = undefined;
  }

  #set(state: {audioOnly?: boolean; error?: string | undefined}): void {
    const audioOnly = state.audioOnly ?? this.#audioOnly;
    const error = 'error' in state ? state.error : this.#error;
    if (audioOnly === this.#audioOnly && error === this.#error) return;
    this.#audioOnly = audioOnly;
    this.#error = error;
    this.#host.requestUpdate();
  }

  /**
   * Media waiting for data (for its metadata, or to go on playing) with none arriving and the
   * position not moving for `timeout()` ms has stopped loading: say so until either moves again.
   * The browser's own `stalled` event comes after a few seconds and never leads to an error.
   */
  #watchStalls(media: HTMLMediaElement, generation: number): void {
    let time = media.currentTime;
    const check = (event: Event) => {
      if (generation !== this.#generation) return;
      const moved = event.type === 'progress' || media.currentTime !== time;
      time = media.currentTime;
      // Loading (networkState 2), and short of metadata, or of the next frames while playing.
      const waiting = media.networkState === 2 && media.readyState < (media.paused ? 1 : 3);
      if (moved || !waiting) this.#setStalled(undefined);
      if (waiting && !this.#stallTimer) {
        const timeout = this.#options.timeout();
        this.#stallTimer = window.setTimeout(() => {
          this.#stallTimer = 0;
          if (generation === this.#generation && !this.#error) {
            const {strings, locale} = this.#options.wording();
            this.#setStalled(fill(strings.mediaStalled, {seconds: timeout / 1000}, locale));
          }
        }, timeout);
      }
    };
    for (const type of 'loadstart loadedmetadata progress waiting playing timeupdate pause suspend'.split(' ')) {
      media.addEventListener(type, check);
    }
  }

  #setStalled(message: string | undefined): void {
    if (!message) {
      clearTimeout(this.#stallTimer);
      this.#stallTimer = 0;
    }
    if (message === this.#stalled) return;
    this.#stalled = message;
    this.#host.requestUpdate();
    if (message) this.#options.onError(message);
  }

  /**
   * Our stylesheet lifts native captions above the control bar through the caption container's
   * pseudo-element (Chromium, WebKit); where there is none (Firefox), the cues are placed higher,
   * by the same distance, kept right as the video resizes.
   */
  #watchCaptionRoom(media: HTMLMediaElement): void {
    if (!(media instanceof HTMLVideoElement) || CSS.supports(`selector(video::${CAPTION_CONTAINER})`)) return;
    this.#resizeObserver = new ResizeObserver(() => {
      const height = media.clientHeight;
      if (height > 0) this.#options.onCaptionInset(Math.min(0.5, CAPTION_LIFT_PX / height));
    });
    this.#resizeObserver.observe(media);
  }

  /**
   * The fullscreen button shows the whole element, video and transcript, so readers keep the
   * transcript (and its highlight) in fullscreen; video.js would show the video alone.
   */
  #takeOverFullscreen(): void {
    const toggle = this.#player && fullscreenToggle(this.#player);
    if (!toggle) return;
    toggle.handleClick = (event?: Event) => {
      event?.preventDefault?.();
      const host = this.#host;
      if (document.fullscreenElement === host) void document.exitFullscreen();
      // Where the element cannot go fullscreen (refused, or no element fullscreen as on iPhone),
      // video.js's own, the video alone, still works.
      else if (typeof host.requestFullscreen !== 'function') void this.#player?.requestFullscreen();
      else void host.requestFullscreen().catch(() => this.#player?.requestFullscreen());
    };
  }

  readonly #onFullscreenChange = () => {
    const toggle = this.#player && fullscreenToggle(this.#player);
    const isFullscreen = document.fullscreenElement === this.#host;
    // video.js keeps the button right for its own fullscreen; ours it does not see.
    if (toggle && (isFullscreen || !this.#player?.isFullscreen())) {
      toggle.controlText(isFullscreen ? 'Exit Fullscreen' : 'Fullscreen');
      toggle.setIcon?.(isFullscreen ? 'fullscreen-exit' : 'fullscreen-enter');
    }
    this.#options.onFullscreenChange();
  };
}
