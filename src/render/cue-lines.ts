import {formatTime, isoDuration} from '../cues/format-time.js';
import type {CueNode, RichCue} from '../cues/types.js';
import {flattenLineBreaks, isPlain} from '../cues/word-marks.js';

/**
 * Builds the transcript's lines with plain DOM calls. A transcript can have ten thousand lines;
 * cloning one prepared line and filling in text is several times faster than a template per
 * line. Cue text only ever becomes text nodes and the few WebVTT elements listed here.
 */

const ELEMENT_FOR: Record<string, string> = {b: 'b', i: 'i', u: 'u', ruby: 'ruby', rt: 'rt', lang: 'span', c: 'span'};

let prototypeLine: HTMLElement | undefined;

function lineSkeleton(): HTMLElement {
  if (!prototypeLine) {
    const line = document.createElement('div');
    line.className = 'cue';
    line.setAttribute('part', 'cue');
    line.setAttribute('role', 'option');
    line.tabIndex = -1;
    const time = document.createElement('time');
    time.className = 'time';
    time.setAttribute('part', 'time');
    const text = document.createElement('span');
    text.className = 'text';
    text.setAttribute('part', 'text');
    line.append(time, text);
    prototypeLine = line;
  }
  return prototypeLine.cloneNode(true) as HTMLElement;
}

/** One transcript line: time label, speaker label when there is one, and the cue's text. */
export function createLine(cue: RichCue, index: number, speakerChanged: boolean): HTMLElement {
  const line = lineSkeleton();
  line.setAttribute('data-index', String(index));
  line.setAttribute('data-start', String(cue.start));
  line.setAttribute('data-end', String(cue.end));
  const time = line.firstChild as HTMLElement;
  time.setAttribute('datetime', isoDuration(cue.start));
  time.textContent = formatTime(cue.start);
  const text = line.lastChild as HTMLElement;
  if (cue.voice) {
    const speaker = document.createElement('span');
    // The label shows when the speaker changes; repeats stay for screen readers only.
    speaker.className = speakerChanged ? 'speaker' : 'speaker repeat';
    speaker.setAttribute('part', 'speaker');
    speaker.textContent = cue.voice;
    line.insertBefore(speaker, text);
  }
  appendCueContent(text, cue.content);
  return line;
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
    const line = createLine(cue, i, !!cue.voice && cue.voice !== cues[i - 1]?.voice);
    lines[i] = line;
    group!.appendChild(line);
  });
  return {fragment, lines};
}
