import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {CueIndex, sameIndices} from '../cues/cue-index.js';
import type {RichCue} from '../cues/types.js';
import {browserScheduler, MediaClock, type ClockMedia, type ClockScheduler} from '../media/media-clock.js';

export interface SyncOptions {
  /** The active set changed (indices into `cues`, ascending); not called when it stays the same. */
  onActiveChange(active: readonly number[]): void;
  /** Every check, after the active set is settled: for what follows finer than lines (words). */
  onTick?(time: number): void;
}

/** Nothing is known yet: the first check always searches. */
const UNKNOWN_SPAN = {from: 0, until: -1} as const;

/**
 * Keeps the active set (the cues with start <= t < end) in step with the media: owns the cue
 * index, the media clock that reports the time at each boundary, and the span of time over which
 * the last answer holds, so most checks cost one comparison and no garbage.
 */
export class SyncController implements ReactiveController {
  readonly #options: SyncOptions;
  readonly #scheduler: ClockScheduler | undefined;
  #index = new CueIndex<RichCue>([]);
  #stable: {from: number; until: number} = UNKNOWN_SPAN;
  #active: readonly number[] = [];
  #media?: ClockMedia;
  #clock?: MediaClock;

  /** `scheduler` replaces the browser's timers (tests). */
  constructor(host: ReactiveControllerHost, options: SyncOptions, scheduler?: ClockScheduler) {
    this.#options = options;
    this.#scheduler = scheduler;
    host.addController(this);
  }

  /** The cues, sorted by start time. */
  get cues(): readonly RichCue[] {
    return this.#index.cues;
  }

  /** Indices of the cues active at the last check. */
  get active(): readonly number[] {
    return this.#active;
  }

  /** The playback position the active set follows (see MediaClock.time); 0 without media. */
  get time(): number {
    return this.#clock?.time ?? this.#media?.currentTime ?? 0;
  }

  get index(): CueIndex<RichCue> {
    return this.#index;
  }

  /** Takes new cues; the active set empties (quietly) until the next check. */
  setCues(cues: readonly RichCue[]): void {
    this.#index = new CueIndex(cues);
    this.reset();
  }

  /** Forgets the active set without telling, as when the lines showing it were rebuilt. */
  reset(): void {
    this.#stable = UNKNOWN_SPAN;
    this.#active = [];
  }

  /** Follows this media from now on (undefined: none). */
  attach(media: ClockMedia | undefined): void {
    this.#clock?.stop();
    this.#clock = undefined;
    this.#media = media;
    if (!media) return;
    this.#clock = new MediaClock(
      media,
      {nextBoundaryAfter: (time) => this.#index.nextBoundaryAfter(time), onTick: this.#onTick},
      this.#scheduler ?? browserScheduler(),
    );
    this.#clock.start();
  }

  /** Checks the media now (after a seek of ours); without media, shows `fallbackTime`. */
  check(fallbackTime = 0): void {
    if (this.#clock) this.#clock.check();
    else this.#onTick(this.#media?.currentTime ?? fallbackTime);
  }

  hostConnected(): void {
    this.#clock?.start();
  }

  hostDisconnected(): void {
    this.#clock?.stop();
  }

  readonly #onTick = (time: number): void => {
    this.#updateActive(time);
    this.#options.onTick?.(time);
  };

  /** One binary search, and a call out only when the active set changed. */
  #updateActive(time: number): void {
    // Most checks land where nothing can have changed: answer those without a search or garbage
    // (the clock checks many times a frame near a boundary, and a collection then costs lag).
    if (time >= this.#stable.from && time < this.#stable.until) return;
    this.#stable = this.#index.stableSpanAt(time);
    const active = this.#index.activeAt(time);
    if (sameIndices(active, this.#active)) return;
    this.#active = active;
    this.#options.onActiveChange(active);
  }
}
