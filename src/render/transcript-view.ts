import {wordIndexAt, wordMarks, wordSpan, type WordMarks} from '../cues/word-marks.js';
import type {RichCue} from '../cues/types.js';
import {createLines} from './cue-lines.js';
import {WordHighlighter} from './word-highlight.js';

/**
 * Lines are grouped for `content-visibility: auto`: off-screen groups skip style, layout and
 * paint, while every line stays in the DOM for find-in-page, screen readers and the keyboard.
 * One group per line would cost an intersection check per line on every frame.
 */
export const LINES_PER_GROUP = 40;

/**
 * The transcript's lines, links in a list: builds them, keeps the list's one tab stop (a roving
 * tabindex), marks the lines being spoken (`aria-current`, the `active` part) and the word being
 * spoken. It decides nothing about time: the sync controller says which lines are active.
 */
export class TranscriptView {
  #list?: HTMLElement;
  #cues: readonly RichCue[] = [];
  #lines: HTMLElement[] = [];
  #active: readonly number[] = [];
  #tabStop = 0;
  readonly #words = new WordHighlighter();
  /** Word timings per cue, worked out when a cue is first spoken (null: the cue has none). */
  readonly #wordMarks = new Map<number, WordMarks | null>();
  #wordCue = -1;
  #wordIndex = -1;

  /** The rendered lines, in cue order. */
  get lines(): readonly HTMLElement[] {
    return this.#lines;
  }

  /** The line that holds the list's tab stop. */
  get tabStop(): number {
    return this.#tabStop;
  }

  /** Replaces the list's lines with `cues`'; the tab stop starts on the first line. */
  build(list: HTMLElement, cues: readonly RichCue[]): void {
    const {fragment, lines} = createLines(cues, LINES_PER_GROUP);
    list.replaceChildren(fragment);
    this.#list = list;
    this.#cues = cues;
    this.#lines = lines;
    this.#active = [];
    this.clearWord();
    this.#wordMarks.clear();
    this.#tabStop = 0;
    lines[0]?.setAttribute('tabindex', '0');
  }

  /** Marks exactly these lines as being spoken. */
  markActive(active: readonly number[]): void {
    for (const i of this.#active) {
      const line = this.#lines[i];
      if (!line) continue;
      line.removeAttribute('aria-current');
      line.setAttribute('part', 'cue');
    }
    for (const i of active) {
      const line = this.#lines[i];
      if (!line) continue;
      line.setAttribute('aria-current', 'true');
      line.setAttribute('part', 'cue active');
    }
    this.#active = active;
  }

  /** Moves the tab stop to line `index` (the one Tab lands on). */
  setTabStop(index: number): void {
    if (index < 0) return;
    this.#lines[this.#tabStop]?.setAttribute('tabindex', '-1');
    this.#lines[index]?.setAttribute('tabindex', '0');
    this.#tabStop = index;
  }

  /** Focuses line `index` without scrolling (the caller reveals it); returns it. */
  focusLine(index: number): HTMLElement | undefined {
    const line = this.#lines[index];
    if (!line) return undefined;
    this.setTabStop(index);
    line.focus({preventScroll: true});
    return line;
  }

  /** Whether focus is on a line (the reader is moving through the list). */
  hasFocus(): boolean {
    const root = this.#list?.getRootNode() as Document | ShadowRoot | undefined;
    const focused = root?.activeElement;
    return !!focused && !!this.#list?.contains(focused);
  }

  /** The index of the line an event happened in. */
  lineIndexOf(event: Event): number | undefined {
    const line = (event.target as Element | null)?.closest?.('.cue');
    return line instanceof HTMLElement ? Number(line.dataset.index) : undefined;
  }

  /** Marks the word being spoken at `time` in line `cueIndex`, when its cue times its words. */
  markWord(cueIndex: number, time: number): void {
    let marks = cueIndex >= 0 ? this.#wordMarks.get(cueIndex) : null;
    if (marks === undefined) {
      marks = wordMarks(this.#cues[cueIndex]) ?? null;
      this.#wordMarks.set(cueIndex, marks);
    }
    const word = marks ? wordIndexAt(marks, time) : -1;
    if (cueIndex === this.#wordCue && word === this.#wordIndex) return;
    this.#wordCue = cueIndex;
    this.#wordIndex = word;
    const text = this.#lines[cueIndex]?.querySelector('.text')?.firstChild;
    if (!marks || word < 0 || !(text instanceof Text)) {
      this.#words.clear();
      return;
    }
    const [start, end] = wordSpan(marks, word, text.data);
    this.#words.mark(text, start, end);
  }

  clearWord(): void {
    this.#words.clear();
    this.#wordCue = -1;
    this.#wordIndex = -1;
  }
}
