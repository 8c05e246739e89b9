import type {CueNode, RichCue} from './types.js';

/**
 * Where each timed word of a plain-text line begins: `times[k]` is when word k is spoken and
 * `offsets[k]` where it starts in the line's text. The first word starts with the cue.
 */
export interface WordMarks {
  readonly times: readonly number[];
  readonly offsets: readonly number[];
}

/** A two-line caption reads as one line in a transcript. */
export function flattenLineBreaks(text: string): string {
  // Most text nodes (a timed word each) have no line break: no pattern run at all.
  if (!text.includes('\n')) return text;
  // Whole runs of whitespace in one greedy pass: a pattern that looks around each newline
  // would rescan a long run of spaces from every position in it.
  return text.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run));
}

/** True when cue content is text and timestamps only, with no elements. */
export function isPlain(nodes: readonly CueNode[]): boolean {
  return nodes.every((node) => node.type === 'text' || node.type === 'timestamp');
}

/** The word marks of a plain-text cue with WebVTT timestamps (`<00:01.500>`), else undefined. */
export function wordMarks(cue: Pick<RichCue, 'start' | 'content'>): WordMarks | undefined {
  if (!isPlain(cue.content) || !cue.content.some((node) => node.type === 'timestamp')) return undefined;
  const times = [cue.start];
  const offsets = [0];
  let length = 0;
  for (const node of cue.content) {
    if (node.type === 'text') length += flattenLineBreaks(node.text).length;
    // A timestamp out of order or outside the cue is ignored, as a browser would.
    else if (node.type === 'timestamp' && node.time > times[times.length - 1]) {
      times.push(node.time);
      offsets.push(length);
    }
  }
  return {times, offsets};
}

/** The word being spoken at t: the last mark at or before t, or -1 before the first. */
export function wordIndexAt(marks: WordMarks, time: number): number {
  let low = 0;
  let high = marks.times.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (marks.times[mid] <= time) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** The [start, end) of word k in `text`, without the spaces around it. */
export function wordSpan(marks: WordMarks, k: number, text: string): [number, number] {
  let start = marks.offsets[k];
  let end = k + 1 < marks.offsets.length ? marks.offsets[k + 1] : text.length;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}
