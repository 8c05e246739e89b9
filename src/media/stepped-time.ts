/**
 * A value of `currentTime` read again and again for this long (wall time) while playing, that
 * then moves on by about as much as the wall time said, shows an engine that reports the position
 * in coarse steps. Chromium's reading moves every few milliseconds; Firefox's moves once per video
 * frame (40 ms at 25 fps) and holds in between. A stall holds too, but then moves on by little.
 */
export const COARSE_HOLD_MS = 15;
/** It takes this many such steps in a row to call a clock coarse (a busy page can hold one). */
export const STEPS_TO_TRUST = 3;
/** A move smaller than this (media seconds at 1x) shows a fine clock: it is read as it is again. */
export const FINE_STEP_S = 0.005;
/**
 * The highest bound slides back this much per second of wall time (seconds of media at 1x), so a
 * media clock a little slower than the wall clock cannot leave the estimate ahead for long; the
 * drift seen in Firefox is under half a millisecond per second.
 */
export const ANCHOR_DECAY = 0.002;
/**
 * Steps larger than this (media seconds at 1x) are jumps (late readings on a busy page), not the
 * engine's grain; a frame of 15 fps video is 67 ms.
 */
export const MAX_STEP_S = 0.07;

/**
 * Reads the playback position between the steps of an engine whose `currentTime` advances in
 * coarse steps. The audio plays on between two steps, so the listener hears a position that
 * `currentTime` reports only at the next step. Each new value, plus the wall time since it first
 * showed (times the rate), is a lower bound of the position now: the value was taken a little
 * before it showed, and some arrive tens of milliseconds late. The estimate is the highest of these
 * bounds in the run (set by the values that arrived soonest), kept between `currentTime` and one
 * step past it. It only moves forward within a run. Engines with a fine clock are read as is.
 */
export class SteppedTime {
  #coarse = false;
  /** Steps in a row that looked like a coarse clock's. */
  #steps = 0;
  #raw = NaN;
  /** Wall time at which `#raw` was first read, and last read. */
  #rawSince = 0;
  #lastRead = 0;
  /** The highest `value - wall time * rate` of this run (seconds): where its timeline lies. */
  #anchor = -Infinity;
  #anchorAt = 0;
  /** The last step seen (the engine's grain), at the rate it was seen at; Infinity until one is. */
  #step = Infinity;
  #stepRate = 0;
  /** Values seen since the last reset: the first move after play() can be tiny in any engine. */
  #changes = 0;
  #last = -Infinity;

  /** Whether this media's clock was found to step coarsely. */
  get coarse(): boolean {
    return this.#coarse;
  }

  /** Playback jumped, stopped or changed speed: where its timeline lies must be found again. */
  reset(): void {
    this.#raw = NaN;
    this.#anchor = -Infinity;
    this.#last = -Infinity;
    this.#changes = 0;
  }

  /** The position to use for a reading `raw` of currentTime taken at wall time `nowMs`, playing at `rate`. */
  read(raw: number, nowMs: number, rate: number): number {
    if (raw !== this.#raw) {
      const step = raw - this.#raw;
      const heldMs = this.#lastRead - this.#rawSince;
      this.#changes++;
      if (step > 0 && step < FINE_STEP_S * rate && this.#changes > 2) {
        this.#coarse = false;
        this.#steps = 0;
      } else if (step > 0 && step <= MAX_STEP_S * rate && heldMs >= COARSE_HOLD_MS && step >= (heldMs / 1000) * rate * 0.5) {
        // Held a while, then moved on by about the time that passed: a step, not a stall.
        this.#step = step;
        this.#stepRate = rate;
        if (++this.#steps >= STEPS_TO_TRUST) this.#coarse = true;
      } else {
        this.#steps = 0;
      }
      this.#raw = raw;
      this.#rawSince = nowMs;
      const slid = this.#anchor - ANCHOR_DECAY * rate * ((nowMs - this.#anchorAt) / 1000);
      // The first value of a run was there before playback moved: only moves place the timeline.
      if (this.#changes > 1) this.#anchor = Math.max(slid, raw - (nowMs / 1000) * rate);
      this.#anchorAt = nowMs;
    }
    this.#lastRead = nowMs;
    // The grain holds across seeks and pauses, but not across a change of rate.
    if (!this.#coarse || this.#stepRate !== rate || !Number.isFinite(this.#step)) return raw;
    const estimate = Math.max(raw, Math.min(this.#anchor + (nowMs / 1000) * rate, raw + this.#step));
    this.#last = Math.max(estimate, this.#last);
    return this.#last;
  }
}
