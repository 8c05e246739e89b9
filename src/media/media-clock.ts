import {SteppedTime} from './stepped-time.js';

/** The parts of an HTMLMediaElement the clock reads. */
export interface ClockMedia extends EventTarget {
  readonly currentTime: number;
  readonly paused: boolean;
  readonly playbackRate: number;
  readonly ended: boolean;
}

/** Timers the clock uses; injectable so the logic can be tested with a fake clock. */
export interface ClockScheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  requestFrame(callback: () => void): unknown;
  cancelFrame(handle: unknown): void;
  /** Runs the callback in a new task without the 4 ms clamp nested timeouts get. */
  postTask(callback: () => void): void;
  /** Wall-clock milliseconds. */
  now(): number;
}

export interface MediaClockOptions {
  /** The first time after t at which the active cues can change (Infinity when none). */
  nextBoundaryAfter(time: number): number;
  /** Called with the media time at each check; cheap when nothing changed. */
  onTick(time: number): void;
}

/** Fire the timer at least this much early (timers run late on a busy page); the spin lands. */
export const TIMER_LEAD_MS = 3;
/** Chromium makes a timeout set from a timeout wait at least this long, so none is shorter. */
export const MIN_TIMER_MS = 4;
/** Below this much wall time to a boundary, re-check in the next task instead of a timer. */
export const SPIN_WINDOW_MS = TIMER_LEAD_MS + MIN_TIMER_MS;
/**
 * And this share of the wait early: over a few hundred milliseconds the media clock runs up to
 * a few percent ahead of wall time (measured at 2x in Chromium), so a long wait stops short and
 * re-aims from a fresh reading instead of overshooting.
 */
export const DRIFT_ALLOWANCE = 0.05;

/** The timer delay for a boundary `wallMs` of wall time away (outside the spin window). */
export function timerDelay(wallMs: number): number {
  return wallMs - Math.max(TIMER_LEAD_MS, wallMs * DRIFT_ALLOWANCE);
}
/** A spin that has not crossed the boundary in this long means playback stalled: back off. */
export const SPIN_LIMIT_MS = 25;
/** The back-off delay while stalled near a boundary. */
export const STALLED_RETRY_MS = 10;

const EVENTS = [
  'play',
  'playing',
  'pause',
  'seeking',
  'seeked',
  'ratechange',
  'timeupdate',
  'loadedmetadata',
  'ended',
  'emptied',
  'waiting',
] as const;

/**
 * Tells its owner the media time exactly when a cue boundary is crossed. While playing, a timer
 * aimed at the next boundary (scaled by playbackRate) does the switch, and a per-frame check
 * catches drift; media events cover pauses, seeks and background tabs where frames stop.
 */
export class MediaClock {
  readonly #media: ClockMedia;
  readonly #options: MediaClockOptions;
  readonly #scheduler: ClockScheduler;
  #timer: unknown = undefined;
  #frame: unknown = undefined;
  #spinning = false;
  /** When the current run of spins began, or undefined when not spinning toward a boundary. */
  #spinSince: number | undefined = undefined;
  /** The boundary that run of spins is aiming at. */
  #spinBoundary = NaN;
  #running = false;
  /** Fills in the position between the steps of an engine with a coarse clock (Firefox). */
  readonly #stepped = new SteppedTime();

  constructor(media: ClockMedia, options: MediaClockOptions, scheduler: ClockScheduler = browserScheduler()) {
    this.#media = media;
    this.#options = options;
    this.#scheduler = scheduler;
  }

  get running(): boolean {
    return this.#running;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    for (const type of EVENTS) this.#media.addEventListener(type, this.#onMediaEvent);
    this.check();
  }

  stop(): void {
    if (!this.#running) return;
    this.#running = false;
    for (const type of EVENTS) this.#media.removeEventListener(type, this.#onMediaEvent);
    this.#cancelTimer();
    this.#cancelFrame();
  }

  /**
   * The playback position now: currentTime, or between its steps while playing where the engine
   * reports it coarsely (see SteppedTime).
   */
  get time(): number {
    const media = this.#media;
    if (!this.#running || !this.#isAdvancing()) return media.currentTime;
    return this.#stepped.read(media.currentTime, this.#scheduler.now(), media.playbackRate);
  }

  /** Reads the time now, reports it, and re-aims the timer (call after seeking yourself). */
  check(): void {
    if (!this.#running) return;
    const time = this.time;
    this.#options.onTick(time);
    if (this.#isAdvancing()) {
      this.#armTimer(time);
      this.#ensureFrame();
    } else {
      this.#spinSince = undefined;
      this.#cancelTimer();
      this.#cancelFrame();
    }
  }

  readonly #onMediaEvent = (event: Event) => {
    // Anything but the regular tick may have moved, stopped or re-timed playback.
    if (event.type !== 'timeupdate') this.#stepped.reset();
    this.check();
  };

  #isAdvancing(): boolean {
    const media = this.#media;
    return !media.paused && !media.ended && media.playbackRate > 0;
  }

  #armTimer(time: number): void {
    this.#cancelTimer();
    const boundary = this.#options.nextBoundaryAfter(time);
    if (!Number.isFinite(boundary)) return;
    const wallMs = ((boundary - time) / this.#media.playbackRate) * 1000;
    if (wallMs > SPIN_WINDOW_MS) {
      this.#spinSince = undefined;
      this.#timer = this.#scheduler.setTimeout(this.#onTimer, timerDelay(wallMs));
      return;
    }
    const now = this.#scheduler.now();
    // Crossing one boundary straight into the window of the next starts a new run.
    if (this.#spinSince === undefined || boundary !== this.#spinBoundary) {
      this.#spinSince = now;
      this.#spinBoundary = boundary;
    }
    if (now - this.#spinSince > SPIN_LIMIT_MS) {
      this.#timer = this.#scheduler.setTimeout(this.#onTimer, STALLED_RETRY_MS);
    } else {
      this.#spin();
    }
  }

  readonly #onTimer = () => {
    this.#timer = undefined;
    this.check();
  };

  #spin(): void {
    if (this.#spinning) return;
    this.#spinning = true;
    this.#scheduler.postTask(this.#onSpin);
  }

  // One callback for every spin: a spin runs many times a frame and should make no garbage.
  readonly #onSpin = () => {
    this.#spinning = false;
    this.check();
  };

  #ensureFrame(): void {
    if (this.#frame !== undefined) return;
    this.#frame = this.#scheduler.requestFrame(this.#onFrame);
  }

  readonly #onFrame = () => {
    this.#frame = undefined;
    if (!this.#running || !this.#isAdvancing()) return;
    this.#options.onTick(this.time);
    this.#ensureFrame();
  };

  #cancelTimer(): void {
    if (this.#timer !== undefined) this.#scheduler.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #cancelFrame(): void {
    if (this.#frame !== undefined) this.#scheduler.cancelFrame(this.#frame);
    this.#frame = undefined;
  }
}

let taskChannel: {port: MessagePort; queue: Array<() => void>} | undefined;

/** The browser's timers; a MessageChannel gives an unclamped next-task callback. */
export function browserScheduler(): ClockScheduler {
  // One channel for every clock: a port with a handler lives as long as the page.
  if (!taskChannel) {
    const channel = new MessageChannel();
    const queue: Array<() => void> = [];
    channel.port1.onmessage = () => queue.shift()?.();
    taskChannel = {port: channel.port2, queue};
  }
  const {port, queue} = taskChannel;
  return {
    now: () => performance.now(),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    requestFrame: (callback) => requestAnimationFrame(callback),
    cancelFrame: (handle) => cancelAnimationFrame(handle as number),
    postTask: (callback) => {
      queue.push(callback);
      port.postMessage(undefined);
    },
  };
}
