import {formatTime} from '../cues/format-time.js';
import type {PlacedChapter} from '../cues/chapters.js';
import type {CueNode, RichCue} from '../cues/types.js';
import {formatMediaFragment} from '../links/media-fragment.js';
import {flattenLineBreaks, isPlain} from '../cues/word-marks.js';
import {upperBound} from '../cues/cue-index.js';
import {cueTextRuns} from '../cues/parse-vtt.js';
import {spokenTime} from './strings.js';

/**
 * Builds the transcript's lines with plain DOM calls. A transcript can have ten thousand lines;
 * cloning one prepared line and filling in text is several times faster than a template per
 * line. Cue text only ever becomes text nodes and the few WebVTT elements listed here.
 *
 * Each line is a link in a list item (docs/architecture.md says why): its content is its name,
 * read as text in a screen reader's browse mode with its language and emphasis kept. The start
 * time shows as a clock ("1:02") and is said in words ("1 minute 2 seconds").
 */

const ELEMENT_FOR: Record<string, string> = {b: 'b', i: 'i', u: 'u', ruby: 'ruby', rt: 'rt', lang: 'span', c: 'span'};

let prototypeItem: HTMLElement | undefined;

/** An element whose class and part are both `name`. */
function named(tag: string, name: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = name;
  element.setAttribute('part', name);
  return element;
}

function itemSkeleton(): HTMLElement {
  if (!prototypeItem) {
    const item = document.createElement('div');
    item.setAttribute('role', 'listitem');
    const line = named('a', 'cue');
    line.tabIndex = -1;
    // A drag selects the line's text rather than dragging the link.
    line.draggable = false;
    const time = named('span', 'time');
    // The href says the time to machines (a media fragment); the clock is for the eye only.
    const clock = document.createElement('span');
    clock.setAttribute('aria-hidden', 'true');
    const said = document.createElement('span');
    said.className = 'sr';
    time.append(clock, said);
    line.append(time, named('span', 'text'));
    item.append(line);
    prototypeItem = item;
  }
  return prototypeItem.cloneNode(true) as HTMLElement;
}

/**
 * One transcript line in its list item: the start time, the speaker when `speakerChanged`, and
 * the cue's text. Returns the item; the line (the link) is its first child.
 */
export function createLine(
  cue: RichCue,
  index: number,
  speakerChanged: boolean,
  linkPrefix = '',
  locale = 'en',
): HTMLElement {
  const item = itemSkeleton();
  const line = item.firstChild as HTMLAnchorElement;
  line.href = `#${linkPrefix}${formatMediaFragment(cue.start)}`;
  line.dataset.index = String(index);
  line.dataset.start = String(cue.start);
  line.dataset.end = String(cue.end);
  const clock = line.firstChild!.firstChild as HTMLElement;
  clock.textContent = formatTime(cue.start);
  clock.nextSibling!.textContent = spokenTime(cue.start, locale);
  const text = line.lastChild as HTMLElement;
  if (cue.voice && speakerChanged) {
    const speaker = named('span', 'speaker');
    speaker.textContent = cue.voice;
    line.insertBefore(speaker, text);
  }
  appendCueContent(text, cue.content);
  return item;
}

/**
 * A line's searchable text as the DOM holds it (`lineSearchText` reads the same from a made
 * line): the speaker when shown, a space, and the text nodes `appendCueContent` makes.
 */
export function lineSource(cue: RichCue, speakerShown: boolean): string {
  const text = cueTextRuns(cue)?.map(flattenLineBreaks).join('') ?? renderedText(cue.content);
  return speakerShown && cue.voice ? `${cue.voice} ${text}` : text;
}

function renderedText(nodes: readonly CueNode[]): string {
  let text = '';
  for (const node of nodes) {
    // Line breaks flattened text node by text node, as appendCueContent does.
    if (node.type === 'text') text += flattenLineBreaks(node.text);
    else if (node.type !== 'timestamp') text += renderedText(node.children);
  }
  return text;
}

/** Appends cue markup as safe DOM: text nodes, and elements only from a fixed list. */
export function appendCueContent(parent: Node, nodes: readonly CueNode[]): void {
  // The common case, plain text (perhaps with word timestamps), as a single text node.
  if (isPlain(nodes)) {
    parent.appendChild(
      document.createTextNode(nodes.map((node) => (node.type === 'text' ? flattenLineBreaks(node.text) : '')).join('')),
    );
    return;
  }
  for (const node of nodes) {
    if (node.type === 'text') {
      parent.appendChild(document.createTextNode(flattenLineBreaks(node.text)));
    } else if (node.type !== 'timestamp') {
      const element = document.createElement(ELEMENT_FOR[node.type]);
      if (node.type === 'lang' && node.lang) element.lang = node.lang;
      if (node.type === 'c') element.className = ['c', ...node.classes].join(' ');
      appendCueContent(element, node.children);
      parent.appendChild(element);
    }
  }
}

/** The chapters' parts of the list: a group per chapter, labelled by its heading. */
export interface ChapterHeading {
  readonly heading: HTMLElement;
  /** The index of the chapter's first line. */
  readonly line: number;
}

/**
 * All lines, grouped so each group can skip rendering while off screen. With chapters, the lines
 * before the first chapter form a list of their own, and each chapter is a group (`role=group`,
 * named by its heading) holding its heading and a list of its lines: a heading cannot sit in a
 * list, and screen readers then say which chapter a line is in as the reader enters it.
 *
 * The frame (chapters, lists, a stand-in for each group) is made at once; a group's lines are
 * made when one of them is asked for (`lineAt`), when its stand-in nears the panel's view
 * (`observe`), or in order (`fill`). So 100,000 lines are usable as soon as the frame is in,
 * and only the lines a reader reaches take memory. A stand-in holds its lines' words as one
 * text (find-in-page and a screen reader's browse mode read them) in a full group's estimated
 * height (see the styles), so a group made off screen moves nothing.
 */
export class LinesBuilder {
  readonly fragment = document.createDocumentFragment();
  readonly headings: ChapterHeading[] = [];
  readonly #cues: readonly RichCue[];
  readonly #lines: HTMLElement[];
  readonly #linkPrefix: string;
  readonly #locale: string;
  readonly #onMade: (from: number, to: number) => void;
  /** The groups, and the first line of each (plus one past the last line). */
  readonly #groups: HTMLElement[] = [];
  readonly #groupStarts: number[] = [];
  readonly #filled: boolean[] = [];
  /** Stand-ins being watched, and their groups. */
  readonly #standIns = new Map<Element, number>();
  #observer?: IntersectionObserver;
  /** Lines that start a chapter: their speaker is named again, as the plain-text download does. */
  readonly #chapterStarts = new Set<number>();
  /** Groups before this one are all filled. */
  #nextUnfilled = 0;

  /** `onMade(from, to)` hears of each group made: lines `from` to `to` (excluded). */
  constructor(
    cues: readonly RichCue[],
    linesPerGroup: number,
    linkPrefix = '',
    chapters: readonly PlacedChapter[] = [],
    locale = 'en',
    onMade: (from: number, to: number) => void = () => {},
  ) {
    this.#cues = cues;
    this.#lines = new Array<HTMLElement>(cues.length);
    this.#linkPrefix = linkPrefix;
    this.#locale = locale;
    this.#onMade = onMade;
    const fragment = this.fragment;
    let list: Node = fragment;
    let group: HTMLElement | undefined;
    let inGroup = 0;
    let chapter = 0;
    const newList = (parent: Node) => {
      const element = document.createElement('div');
      element.setAttribute('role', 'list');
      parent.appendChild(element);
      list = element;
      group = undefined;
    };
    if (chapters.length && chapters[0].line > 0) newList(fragment);
    const addChapters = (upTo: number) => {
      const from = chapter;
      for (; chapter < chapters.length && chapters[chapter].line <= upTo; chapter++) {
        const section = document.createElement('div');
        section.className = 'chapter-group';
        section.setAttribute('role', 'group');
        const heading = named('h3', 'chapter');
        heading.id = `chapter-${chapter + 1}`;
        heading.textContent = chapters[chapter].title;
        section.setAttribute('aria-labelledby', heading.id);
        section.appendChild(heading);
        fragment.appendChild(section);
        this.headings.push({heading, line: chapters[chapter].line});
        // A chapter with no line of its own (the next starts first) gets no empty list.
        if (chapters[chapter + 1]?.line !== chapters[chapter].line && chapters[chapter].line < cues.length)
          newList(section);
      }
      return chapter > from;
    };
    let words: string[] = [];
    for (let i = 0; i < cues.length; i++) {
      if (addChapters(i)) this.#chapterStarts.add(i);
      if (!group || inGroup === linesPerGroup) {
        if (group) group.textContent = words.join('\n');
        words = [];
        group = document.createElement('div');
        group.className = 'pending';
        // A list may only hold items: the stand-in is one, of all its lines' words.
        group.setAttribute('role', 'listitem');
        list.appendChild(group);
        this.#groups.push(group);
        this.#groupStarts.push(i);
        this.#filled.push(false);
        inGroup = 0;
      }
      const cue = cues[i];
      words.push(this.speakerShown(i) ? `${cue.voice}: ${cue.text}` : cue.text);
      inGroup++;
    }
    if (group) group.textContent = words.join('\n');
    this.#groupStarts.push(cues.length);
    addChapters(Infinity);
  }

  /** Whether line `index` names its speaker: a new speaker, or the first line of a chapter. */
  speakerShown(index: number): boolean {
    const cue = this.#cues[index];
    return !!cue.voice && (this.#chapterStarts.has(index) || cue.voice !== this.#cues[index - 1]?.voice);
  }

  /** Line `index`, made now (with the rest of its group) if it was not yet. */
  lineAt(index: number): HTMLElement | undefined {
    if (!(index >= 0 && index < this.#cues.length)) return undefined;
    if (!this.#lines[index]) this.#fill(upperBound(this.#groupStarts, index) - 1);
    return this.#lines[index];
  }

  /** Line `index` if it is made, without making it. */
  madeLine(index: number): HTMLElement | undefined {
    return this.#lines[index];
  }

  /**
   * Makes each group whose stand-in comes within a screen of `scroller`'s view (the panel that
   * scrolls the lines), so the reader scrolls into lines already made.
   */
  observe(scroller: Element): void {
    this.disconnect();
    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const group = entry.isIntersecting ? this.#standIns.get(entry.target) : undefined;
          if (group !== undefined) this.#fill(group);
        }
      },
      {root: scroller, rootMargin: '100% 0px'},
    );
    this.#groups.forEach((group, index) => {
      if (this.#filled[index]) return;
      this.#standIns.set(group, index);
      this.#observer!.observe(group);
    });
  }

  /** Stops watching the stand-ins (the lines were replaced). */
  disconnect(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#standIns.clear();
  }

  /** Makes the lines still missing, in order, until `deadline` (performance.now()); true when all are made. */
  fill(deadline = Infinity): boolean {
    const groups = this.#groups.length;
    while (this.#nextUnfilled < groups) {
      this.#fill(this.#nextUnfilled);
      while (this.#filled[this.#nextUnfilled]) this.#nextUnfilled++;
      if (performance.now() > deadline) break;
    }
    return this.#nextUnfilled >= groups;
  }

  #fill(group: number): void {
    if (this.#filled[group]) return;
    this.#filled[group] = true;
    const cues = this.#cues;
    const items = document.createDocumentFragment();
    const from = this.#groupStarts[group];
    const to = this.#groupStarts[group + 1];
    for (let i = from; i < to; i++) {
      const item = createLine(cues[i], i, this.speakerShown(i), this.#linkPrefix, this.#locale);
      this.#lines[i] = item.firstChild as HTMLElement;
      items.appendChild(item);
    }
    // A group enters the page whole, in place of its stand-in: Firefox and WebKit laid out a
    // group with content-visibility that was empty at first as if it were on screen, every time.
    const chunk = document.createElement('div');
    chunk.className = 'chunk';
    chunk.setAttribute('role', 'none');
    chunk.appendChild(items);
    const standIn = this.#groups[group];
    this.#observer?.unobserve(standIn);
    this.#standIns.delete(standIn);
    standIn.replaceWith(chunk);
    this.#groups[group] = chunk;
    this.#onMade(from, to);
  }
}
