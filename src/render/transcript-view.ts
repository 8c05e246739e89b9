import {wordIndexAt, wordMarks, wordSpan, type WordMarks} from '../cues/word-marks.js';
import type {RichCue} from '../cues/types.js';
import type {PlacedChapter} from '../cues/chapters.js';
import {foldText, type FoldedText, type SearchMatch} from '../cues/search.js';
import {LinesBuilder, lineSource, type ChapterHeading} from './cue-lines.js';
import {lineSearchText, matchRange, type LineSearchText} from './search-marks.js';
import {WordHighlighter} from './word-highlight.js';

/**
 * Lines are grouped for `content-visibility: auto`: off-screen groups skip style, layout and
 * paint. A group not made yet holds its words for find-in-page and screen readers (see
 * LinesBuilder). One group per line would cost an intersection check per line on every frame.
 */
export const LINES_PER_GROUP = 40;

/**
 * Up to this many lines (a 10-hour hearing has 10,000), all of them are made after the first
 * ones, in slices, so find-in-page and printing see real lines. Longer transcripts make only the
 * lines a reader reaches: 100,000 made lines took 139 MB of heap in Chromium, and Firefox and
 * WebKit spent 50 to 100 ms rendering per frame with them in the page.
 */
export const MAKE_ALL_LINES_UP_TO = 20_000;

/**
 * The transcript's lines, links in a list: builds them, keeps the list's one tab stop (a roving
 * tabindex), marks the lines being spoken (`aria-current`, the `active` part) and the word being
 * spoken. It decides nothing about time: the sync controller says which lines are active.
 */
export class TranscriptView {
  #list?: HTMLElement;
  #cues: readonly RichCue[] = [];
  #builder?: LinesBuilder;
  #active: readonly number[] = [];
  /** Lines holding a search match, and the one holding the current match (-1: none). */
  #matched = new Set<number>();
  #currentMatch = -1;
  /** The lines' searchable text, from their cues, read ahead in idle slices or on the first search. */
  #searchTexts: FoldedText[] = [];
  /** Where the searchable text of made lines lies in their DOM, read when a match is marked. */
  #lineTexts = new Map<number, LineSearchText>();
  /** Told of lines just made (from, to excluded), after their marks are put back. */
  readonly #onLinesMade: (from: number, to: number) => void;
  #headings: ChapterHeading[] = [];
  #currentChapter = -1;
  #tabStop = 0;
  readonly #words = new WordHighlighter();
  /** Word timings per cue, worked out when a cue is first spoken (null: the cue has none). */
  readonly #wordMarks = new Map<number, WordMarks | null>();
  #wordCue = -1;
  #wordIndex = -1;

  constructor(onLinesMade: (from: number, to: number) => void = () => {}) {
    this.#onLinesMade = onLinesMade;
  }

  /** Every line, in cue order, made now if they were not yet (tests; the element uses `line`). */
  get lines(): readonly HTMLElement[] {
    this.fill();
    return this.#cues.map((_, i) => this.line(i)!);
  }

  /** How many lines there are, made or not. */
  get lineCount(): number {
    return this.#cues.length;
  }

  /** Line `index`, made now if it was not yet. */
  line(index: number): HTMLElement | undefined {
    return this.#builder?.lineAt(index);
  }

  /**
   * Makes lines still missing, in order, until `deadline` (performance.now(); all when left out).
   * True once every line is made.
   */
  fill(deadline?: number): boolean {
    return this.#builder?.fill(deadline) ?? true;
  }

  /** The line that holds the list's tab stop. */
  get tabStop(): number {
    return this.#tabStop;
  }

  /**
   * Replaces the list's lines with `cues`'; the tab stop starts on the first line. Each line's
   * link is `#<linkPrefix>t=<start>`; its time is said in `locale`, the cues' language. Only the
   * frame and the first group of lines are made: a group is made when it nears the view of
   * `scroller` (the panel), when one of its lines is asked for (`line`, active, focused, the
   * current match), or by `fill`.
   */
  build(
    list: HTMLElement,
    cues: readonly RichCue[],
    linkPrefix = '',
    chapters: readonly PlacedChapter[] = [],
    locale = 'en',
    scroller?: Element,
  ): void {
    this.#builder?.disconnect();
    const builder = new LinesBuilder(cues, LINES_PER_GROUP, linkPrefix, chapters, locale, (from, to) =>
      this.#linesMade(from, to),
    );
    // With chapters the lists are inside the chapters' groups (see LinesBuilder).
    if (builder.headings.length) list.removeAttribute('role');
    else list.setAttribute('role', 'list');
    list.replaceChildren(builder.fragment);
    this.#list = list;
    this.#cues = cues;
    this.#builder = builder;
    this.#headings = builder.headings;
    this.#currentChapter = -1;
    this.#active = [];
    this.#matched = new Set();
    this.#currentMatch = -1;
    this.#searchTexts = [];
    this.#lineTexts.clear();
    this.clearWord();
    this.#wordMarks.clear();
    this.#tabStop = 0;
    this.line(0)?.setAttribute('tabindex', '0');
    if (scroller) builder.observe(scroller);
  }

  /** Puts the marks of lines `from` to `to` back as they are made (they were kept as state). */
  #linesMade(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const active = this.#active.includes(i);
      if (active) this.#builder?.madeLine(i)?.setAttribute('aria-current', 'true');
      if (active || this.#matched.has(i)) this.#updatePart(i);
    }
    if (this.#tabStop >= from && this.#tabStop < to)
      this.#builder?.madeLine(this.#tabStop)?.setAttribute('tabindex', '0');
    this.#onLinesMade(from, to);
  }

  /**
   * Lays out the group holding line `index` at once and for the next two frames. Firefox skips a
   * new group's layout until it has judged it on screen, sizing it by its estimate: a line in it
   * that lies beyond the estimate could not be scrolled to right after the lines were rebuilt.
   */
  layOutGroupOf(index: number): void {
    const group = this.line(index)?.closest<HTMLElement>('.chunk');
    if (!group) return;
    group.style.contentVisibility = 'visible';
    requestAnimationFrame(() => requestAnimationFrame(() => group.style.removeProperty('content-visibility')));
  }

  /** Marks exactly these lines as being spoken. */
  markActive(active: readonly number[]): void {
    const was = this.#active;
    this.#active = active;
    for (const i of was) {
      this.line(i)?.removeAttribute('aria-current');
      this.#updatePart(i);
    }
    for (const i of active) {
      this.line(i)?.setAttribute('aria-current', 'true');
      this.#updatePart(i);
    }
  }

  /** The lines' searchable text, folded (from their cues, once per build). */
  searchIndex(): readonly FoldedText[] {
    return this.#searchTextsRead();
  }

  /**
   * The range a match covers in its line; undefined when the line is not made, unless `make`
   * (the line is made then; matches in lines made later are marked as they are made).
   */
  rangeOf(match: SearchMatch, make = false): StaticRange | undefined {
    const line = make ? this.line(match.line) : this.#builder?.madeLine(match.line);
    if (!line) return undefined;
    let text = this.#lineTexts.get(match.line);
    if (!text) this.#lineTexts.set(match.line, (text = lineSearchText(line)));
    return matchRange(text, match);
  }

  /**
   * Marks the lines holding a match (part `match`); only the lines whose marks change are
   * written.
   */
  markMatches(lines: ReadonlySet<number>): void {
    const was = this.#matched;
    this.#matched = new Set(lines);
    for (const i of was) if (!lines.has(i)) this.#updatePart(i);
    for (const i of lines) if (!was.has(i)) this.#updatePart(i);
  }

  /** Marks the line holding the current match (parts `match current-match`; -1: none). */
  markCurrentMatch(line: number): void {
    const was = this.#currentMatch;
    if (was === line) return;
    this.#currentMatch = line;
    if (line >= 0) this.#matched.add(line);
    this.#updatePart(was);
    this.#updatePart(line);
  }

  /** The chapter headings, in order. */
  get headings(): readonly ChapterHeading[] {
    return this.#headings;
  }

  /** Marks chapter `index` as the one playing (`aria-current`, part `chapter current-chapter`). */
  markChapter(index: number): void {
    if (index === this.#currentChapter) return;
    const was = this.#headings[this.#currentChapter]?.heading;
    was?.removeAttribute('aria-current');
    was?.setAttribute('part', 'chapter');
    const now = this.#headings[index]?.heading;
    now?.setAttribute('aria-current', 'true');
    now?.setAttribute('part', 'chapter current-chapter');
    this.#currentChapter = index;
  }

  /**
   * Reads more lines' searchable text, for up to `budgetMs` (all of it when undefined); true
   * once every line has been read.
   */
  readSearchText(budgetMs?: number): boolean {
    const texts = this.#searchTexts;
    const started = performance.now();
    const builder = this.#builder;
    while (builder && texts.length < this.#cues.length) {
      const i = texts.length;
      texts.push(foldText(lineSource(this.#cues[i], builder.speakerShown(i))));
      if (budgetMs !== undefined && texts.length % 100 === 0 && performance.now() - started > budgetMs) break;
    }
    return texts.length === this.#cues.length;
  }

  #searchTextsRead(): FoldedText[] {
    this.readSearchText();
    return this.#searchTexts;
  }

  #updatePart(i: number): void {
    // A line not made yet gets its part when it is made (#linesMade).
    const line = this.#builder?.madeLine(i);
    if (!line) return;
    let part = 'cue';
    if (this.#active.includes(i)) part += ' active';
    if (this.#matched.has(i)) part += ' match';
    if (i === this.#currentMatch) part += ' current-match';
    line.setAttribute('part', part);
  }

  /** Moves the tab stop to line `index` (the one Tab lands on). */
  setTabStop(index: number): void {
    if (index < 0) return;
    this.line(this.#tabStop)?.setAttribute('tabindex', '-1');
    this.line(index)?.setAttribute('tabindex', '0');
    this.#tabStop = index;
  }

  /** Focuses line `index` without scrolling (the caller reveals it); returns it. */
  focusLine(index: number): HTMLElement | undefined {
    const line = this.line(index);
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
    const text = this.line(cueIndex)?.querySelector('.text')?.firstChild;
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
