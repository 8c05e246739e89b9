import {formatTime} from '../cues/format-time.js';
import type {CueNode, RichCue} from '../cues/types.js';
import {flattenLineBreaks, isPlain} from '../cues/word-marks.js';
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
export function createLine(cue: RichCue, index: number, speakerChanged: boolean): HTMLElement {
  const item = itemSkeleton();
  const line = item.firstChild as HTMLAnchorElement;
  line.href = `#t=${Math.round(cue.start * 1000) / 1000}`;
  line.dataset.index = String(index);
  line.dataset.start = String(cue.start);
  line.dataset.end = String(cue.end);
  const clock = line.firstChild!.firstChild as HTMLElement;
  clock.textContent = formatTime(cue.start);
  clock.nextSibling!.textContent = spokenTime(cue.start);
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

/** All lines, grouped so each group can skip rendering while off screen. */
export function createLines(
  cues: readonly RichCue[],
  linesPerGroup: number,
): {fragment: DocumentFragment; lines: HTMLElement[]} {
  const fragment = document.createDocumentFragment();
  const lines = new Array<HTMLElement>(cues.length);
  let group: HTMLElement | undefined;
  cues.forEach((cue, i) => {
    if (i % linesPerGroup === 0) {
      group = document.createElement('div');
      group.className = 'chunk';
      group.setAttribute('role', 'none');
      fragment.appendChild(group);
    }
    const item = createLine(cue, i, !!cue.voice && cue.voice !== cues[i - 1]?.voice);
    lines[i] = item.firstChild as HTMLElement;
    group!.appendChild(item);
  });
  return {fragment, lines};
}
