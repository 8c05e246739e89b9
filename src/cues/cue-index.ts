/**
 * Answers "which cues are active at time t" and "when does that next change" in O(log n),
 * for cues that may be unsorted, overlap, or leave gaps. Active means start <= t < end.
 */
export class CueIndex<T extends {readonly start: number; readonly end: number}> {
  /** Cues sorted by start; positions in this array are the indices returned. */
  readonly cues: readonly T[];
  readonly #starts: Float64Array;
  /** The latest end among cues[0..i], so a backwards scan knows when it can stop. */
  readonly #maxEndUpTo: Float64Array;
  /** Every distinct start and end, ascending. */
  readonly #boundaries: Float64Array;

  constructor(cues: readonly T[]) {
    // A cue with a NaN time is never active: it sorts last, and adds no boundary and no end.
    this.cues = [...cues].sort((a, b) => compare(startKey(a), startKey(b)) || compare(endKey(a), endKey(b)));
    const n = this.cues.length;
    this.#starts = new Float64Array(n);
    this.#maxEndUpTo = new Float64Array(n);
    let maxEnd = -Infinity;
    const boundaries = new Float64Array(n * 2);
    let count = 0;
    this.cues.forEach((cue, i) => {
      this.#starts[i] = startKey(cue);
      if (cue.end > maxEnd) maxEnd = cue.end;
      this.#maxEndUpTo[i] = maxEnd;
      if (!Number.isNaN(cue.start)) boundaries[count++] = cue.start;
      if (!Number.isNaN(cue.end)) boundaries[count++] = cue.end;
    });
    // Cues that follow one another give their starts and ends in order already: no sort then.
    const sorted = boundaries.subarray(0, count);
    if (!ascending(sorted)) sorted.sort();
    let unique = 0;
    for (let i = 0; i < sorted.length; i++) {
      if (unique === 0 || sorted[i] !== sorted[unique - 1]) sorted[unique++] = sorted[i];
    }
    this.#boundaries = sorted.slice(0, unique);
  }

  /** Indices (into `cues`, ascending) of the cues with start <= t < end. */
  activeAt(time: number): number[] {
    const active: number[] = [];
    if (Number.isNaN(time)) return active;
    // The last cue starting at or before t: everything after it starts later.
    let i = upperBound(this.#starts, time) - 1;
    for (; i >= 0 && this.#maxEndUpTo[i] > time; i--) {
      if (this.cues[i].end > time) active.push(i);
    }
    return active.reverse();
  }

  /** The first cue start or end strictly after t, or Infinity when none is left. */
  nextBoundaryAfter(time: number): number {
    if (Number.isNaN(time)) return Infinity;
    const i = upperBound(this.#boundaries, time);
    return i < this.#boundaries.length ? this.#boundaries[i] : Infinity;
  }

  /**
   * The stretch [from, until) around t in which the active cues stay the same: between the last
   * boundary at or before t and the first one after it.
   */
  stableSpanAt(time: number): {from: number; until: number} {
    // No time yet (NaN) is no position: nothing is known to stay the same.
    if (Number.isNaN(time)) return {from: time, until: time};
    const i = upperBound(this.#boundaries, time);
    return {
      from: i > 0 ? this.#boundaries[i - 1] : -Infinity,
      until: i < this.#boundaries.length ? this.#boundaries[i] : Infinity,
    };
  }

  /** The index of the cue to land on for time t: the active one, else the next, else the last. */
  nearestAt(time: number): number {
    const active = this.activeAt(time);
    if (active.length) return active[active.length - 1];
    const next = upperBound(this.#starts, time);
    return Math.min(next, this.cues.length - 1);
  }
}

const startKey = (cue: {readonly start: number}) => (Number.isNaN(cue.start) ? Infinity : cue.start);
const endKey = (cue: {readonly end: number}) => (Number.isNaN(cue.end) ? Infinity : cue.end);
// Subtraction would give NaN for two infinities.
const compare = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);

function ascending(values: Float64Array): boolean {
  for (let i = 1; i < values.length; i++) if (values[i] < values[i - 1]) return false;
  return true;
}

/** The first index whose value is greater than x, in ascending `sorted`. */
export function upperBound(sorted: ArrayLike<number>, x: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] <= x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** True when two ascending index lists hold the same indices. */
export function sameIndices(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
