import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {findMatches, firstMatchFrom, foldQuery, stepMatch, type SearchMatch} from '../cues/search.js';
import {SearchMarks} from '../render/search-marks.js';
import {matchCountText, type TranscriptStrings} from '../render/strings.js';
import type {TranscriptView} from '../render/transcript-view.js';

/** How long typing must pause before screen readers hear the count. */
export const ANNOUNCE_DELAY_MS = 900;
/** The longest slice of marking work per task, so typing never waits on a frame's worth. */
const SLICE_MS = 8;

export interface SearchOptions {
  /** The transcript's lines. */
  view(): TranscriptView;
  /** The line the reader is at: a new query's current match is the first from there. */
  from(): number;
  /** The current match moved to line `line`: bring it into view. */
  reveal(line: number): void;
  /** The lines holding matches changed (in order; empty: no search). */
  onMatchLines(lines: readonly number[]): void;
  /** The interface's words and their locale, for the count. */
  wording(): {readonly strings: TranscriptStrings; readonly locale: string};
}

/**
 * The transcript search: the query, its matches and the current one, their marks (SearchMarks
 * and the lines' parts), and the count screen readers hear once typing pauses.
 *
 * A keystroke does only what the reader sees at once: the count and the current match, marked
 * and in view. Marking every other match (10,000 lines can hold 20,000 for one letter) follows
 * in slices of at most SLICE_MS, starting from the current match, and the next keystroke drops
 * what is left. Only lines already made are marked; a line made later gets its marks then
 * (`linesMade`). After new lines, their text is read ahead from their cues the same way, so the
 * first search does not wait for it. Timers, hence a controller: they stop on disconnect.
 */
export class SearchController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: SearchOptions;
  readonly #marks = new SearchMarks();
  #query = '';
  #matches: SearchMatch[] = [];
  #current = -1;
  #announced = '';
  #announceTimer = 0;
  #workTimer = 0;
  /** Which of the latest matches are marked (1), once their marking has begun. */
  #marked?: Uint8Array;
  /** Resolves when every match is marked (tests and the benchmark wait on it). */
  #settled: Promise<void> = Promise.resolve();
  #resolveSettled = () => {};

  constructor(host: ReactiveControllerHost, options: SearchOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get query(): string {
    return this.#query;
  }

  get count(): number {
    return this.#matches.length;
  }

  /** What the count shows: "3 of 12", "No matches", or nothing. */
  get countText(): string {
    const {strings, locale} = this.#options.wording();
    return matchCountText(this.#query, this.#matches.length, this.#current, strings, locale);
  }

  /** What the live region says (the count, once typing has paused). */
  get announced(): string {
    return this.#announced;
  }

  /** Resolves once the latest search's matches are all marked. */
  get settled(): Promise<void> {
    return this.#settled;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#workTimer);
    this.#resolveSettled();
  }

  /**
   * Searches for `query` and makes current the first match from where the reader is, in view.
   * Returns the number of matches. `announce` waits for a pause first (typing).
   */
  search(query: string, announce: 'now' | 'after-pause' = 'now'): number {
    this.#query = query;
    // Until the new matches' marking begins, lines made meanwhile are marked by it.
    this.#marked = undefined;
    const view = this.#options.view();
    const folded = foldQuery(query);
    this.#matches = folded ? findMatches(view.searchIndex(), folded) : [];
    this.#current = firstMatchFrom(this.#matches, this.#options.from());
    // As find-in-page does: the first match comes into view as the reader types.
    this.#markCurrent(true);
    this.#markAll();
    this.#announce(announce);
    this.#host.requestUpdate();
    return this.#matches.length;
  }

  /** Moves to the next (1) or previous (-1) match and brings it into view. */
  step(step: 1 | -1): void {
    if (!this.#matches.length) return;
    this.#current = stepMatch(this.#matches.length, this.#current, step);
    this.#markCurrent(true);
    this.#announce('now');
    this.#host.requestUpdate();
  }

  /** The current match's line, if any. */
  currentLine(): number | undefined {
    return this.#matches[this.#current]?.line;
  }

  /** The lines were rebuilt (new captions or chapters): the same query over the new lines. */
  refresh(): void {
    if (this.#query) {
      this.search(this.#query);
      return;
    }
    clearTimeout(this.#workTimer);
    const view = this.#options.view();
    const readAhead = () => {
      if (!view.readSearchText(SLICE_MS)) this.#workTimer = window.setTimeout(readAhead);
    };
    this.#workTimer = window.setTimeout(readAhead);
  }

  clear(): void {
    if (this.#query || this.#matches.length) this.search('');
  }

  #markCurrent(reveal: boolean): void {
    const match = this.#matches[this.#current];
    const view = this.#options.view();
    view.markCurrentMatch(match ? match.line : -1);
    this.#marks.setCurrent(match && view.rangeOf(match, true));
    if (match && reveal) this.#options.reveal(match.line);
  }

  /** Marks every match, the lines holding them and the timeline, in slices (see the class). */
  #markAll(): void {
    clearTimeout(this.#workTimer);
    this.#resolveSettled();
    this.#settled = new Promise((resolve) => (this.#resolveSettled = resolve));
    const matches = this.#matches;
    const view = this.#options.view();
    const start = Math.max(0, this.#current);
    let done = 0;
    let first = true;
    const slice = () => {
      const began = performance.now();
      if (first) {
        first = false;
        this.#marks.clearMatches();
        this.#marked = new Uint8Array(matches.length);
        const lines: number[] = [];
        for (const {line} of matches) if (lines[lines.length - 1] !== line) lines.push(line);
        view.markMatches(new Set(lines));
        this.#options.onMatchLines(lines);
      }
      for (; done < matches.length; done++) {
        if (done % 200 === 0 && performance.now() - began > SLICE_MS) break;
        this.#markMatch((start + done) % matches.length);
      }
      if (done < matches.length) this.#workTimer = window.setTimeout(slice);
      else this.#resolveSettled();
    };
    this.#workTimer = window.setTimeout(slice);
  }

  /** Lines `from` to `to` (excluded) were just made: marks their matches, once marking has begun. */
  linesMade(from: number, to: number): void {
    if (!this.#marked) return;
    const matches = this.#matches;
    // Matches are in line order: the first in the new lines, by bisection.
    let low = 0;
    let high = matches.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (matches[mid].line < from) low = mid + 1;
      else high = mid;
    }
    for (let k = low; k < matches.length && matches[k].line < to; k++) this.#markMatch(k);
  }

  /** Marks match `k` if its line is made; a line made later marks its own (linesMade). */
  #markMatch(k: number): void {
    if (this.#marked![k]) return;
    const range = this.#options.view().rangeOf(this.#matches[k]);
    if (!range) return;
    this.#marks.addMatch(range);
    this.#marked![k] = 1;
  }

  #announce(when: 'now' | 'after-pause'): void {
    clearTimeout(this.#announceTimer);
    const say = () => {
      this.#announced = this.countText;
      this.#host.requestUpdate();
    };
    if (when === 'now') say();
    else this.#announceTimer = window.setTimeout(say, ANNOUNCE_DELAY_MS);
  }
}
