import {formatTime} from '../cues/format-time.js';
import type {PlacedChapter} from '../cues/chapters.js';
import type {CueNode, RichCue} from '../cues/types.js';
import {formatMediaFragment} from '../links/media-fragment.js';
import {flattenLineBreaks, isPlain} from '../cues/word-marks.js';
import {upperBound} from '../cues/cue-index.js';
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
 * The frame (chapters, lists, a stand-in for each group) is made at once; the groups' lines
 * are made on demand (`lineAt`) or in order (`fill`), so 100,000 lines can be built in slices,
 * the ones at the playhead first. A stand-in has the estimated height of a full group (see the
 * styles), so a group made off screen moves nothing.
 */
export class LinesBuilder {
  readonly fragment = document.createDocumentFragment();
  readonly headings: ChapterHeading[] = [];
  readonly #cues: readonly RichCue[];
  readonly #lines: HTMLElement[];
  readonly #linkPrefix: string;
  readonly #locale: string;
  /** The groups, and the first line of each (plus one past the last line). */
  readonly #groups: HTMLElement[] = [];
  readonly #groupStarts: number[] = [];
  readonly #filled: boolean[] = [];
  /** Lines that start a chapter: their speaker is named again, as the plain-text download does. */
  readonly #chapterStarts = new Set<number>();
  /** Groups before this one are all filled. */
  #nextUnfilled = 0;

  constructor(
    cues: readonly RichCue[],
    linesPerGroup: number,
    linkPrefix = '',
    chapters: readonly PlacedChapter[] = [],
    locale = 'en',
  ) {
    this.#cues = cues;
    this.#lines = new Array<HTMLElement>(cues.length);
    this.#linkPrefix = linkPrefix;
    this.#locale = locale;
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
    for (let i = 0; i < cues.length; i++) {
      if (addChapters(i)) this.#chapterStarts.add(i);
      if (!group || inGroup === linesPerGroup) {
        group = document.createElement('div');
        group.className = 'pending';
        list.appendChild(group);
        this.#groups.push(group);
        this.#groupStarts.push(i);
        this.#filled.push(false);
        inGroup = 0;
      }
      inGroup++;
    }
    this.#groupStarts.push(cues.length);
    addChapters(Infinity);
  }

  /** How far filling in order has come, from 0 to 1. */
  get progress(): number {
    return this.#groups.length ? this.#nextUnfilled / this.#groups.length : 1;
  }

  /** Line `index`, made now (with the rest of its group) if it was not yet. */
  lineAt(index: number): HTMLElement | undefined {
    if (!(index >= 0 && index < this.#cues.length)) return undefined;
    if (!this.#lines[index]) this.#fill(upperBound(this.#groupStarts, index) - 1);
    return this.#lines[index];
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
    for (let i = this.#groupStarts[group]; i < this.#groupStarts[group + 1]; i++) {
      const cue = cues[i];
      const item = createLine(
        cue,
        i,
        !!cue.voice && (this.#chapterStarts.has(i) || cue.voice !== cues[i - 1]?.voice),
        this.#linkPrefix,
        this.#locale,
      );
      this.#lines[i] = item.firstChild as HTMLElement;
      items.appendChild(item);
    }
    // A group enters the page whole, in place of its stand-in: Firefox and WebKit laid out a
    // group with content-visibility that was empty at first as if it were on screen, every time.
    const chunk = document.createElement('div');
    chunk.className = 'chunk';
    chunk.setAttribute('role', 'none');
    chunk.appendChild(items);
    this.#groups[group].replaceWith(chunk);
    this.#groups[group] = chunk;
  }
}
