import webvtt from 'webvtt-parser';
import {clampHours, foldSpaces, parseCueText} from './cue-text.js';
import type {CueNode, CueParseError, RichCue} from './types.js';

// webvtt-parser is CommonJS: its named exports are only reachable through the default import.
const {WebVTTCueTimingsAndSettingsParser} = webvtt;

// The spec stops at a bad signature ("not a WebVTT file"); webvtt-parser reports it and goes on
// to return cues, so a file that is not WebVTT would still show lines.
const SIGNATURE = /^\ufeff?WEBVTT(?:[ \t]|$)/;

/** True when the text starts with the WebVTT signature (after an optional BOM). */
export function isWebVtt(source: string): boolean {
  return SIGNATURE.test(source.slice(0, 64).split(/\r\n|\r|\n/, 1)[0]);
}

export interface ParsedVtt {
  readonly cues: readonly RichCue[];
  readonly errors: readonly CueParseError[];
}

const ARROW = '-->';
const COMMENT = /^NOTE(?:[ \t]|$)/;

/**
 * Parses WebVTT text into cues sorted by start (then end), keeping every cue the browser keeps
 * and reporting each problem with its line instead of throwing.
 *
 * Blocks are found by the WebVTT parsing algorithm, as the browser's <track> does (so a timing
 * line ends a comment or a cue even without a blank line before it); webvtt-parser reads each
 * cue timing line and says what is wrong with it; cue text is parsed by our `parseCueText`,
 * which follows the browser's cue text rules. Linear in the size of the file.
 */
export function parseVtt(source: string, mode: 'metadata' | 'chapters' = 'metadata'): ParsedVtt {
  if (!isWebVtt(source)) {
    return {cues: [], errors: [{message: 'No valid signature. (File needs to start with "WEBVTT".)', line: 1}]};
  }
  const lines = (source.includes('\0') ? source.replace(/\0/g, '\ufffd') : source).split(/\r\n|\r|\n/);
  const errors: CueParseError[] = [];
  const cues: RichCue[] = [];
  // Lines are 0-based here and 1-based in errors.
  let at = 1;
  // The header runs to the first blank line; a timing line ends it too.
  while (at < lines.length && lines[at] !== '' && !lines[at].includes(ARROW)) at++;
  let previousStart = 0;
  while (at < lines.length) {
    if (lines[at] === '') {
      at++;
      continue;
    }
    // A block: an optional identifier line, then a timing line, then text up to a blank line or
    // the next line holding "-->".
    const first = at;
    let id = '';
    let timingLine = -1;
    if (lines[at].includes(ARROW)) {
      timingLine = at++;
    } else {
      id = lines[at++];
      if (at < lines.length && lines[at].includes(ARROW)) timingLine = at++;
    }
    const textFrom = at;
    while (at < lines.length && lines[at] !== '' && !lines[at].includes(ARROW)) at++;
    if (timingLine === -1) {
      if (!COMMENT.test(id) && !/^(?:STYLE|REGION)(?:[ \t]|$)/.test(id)) errors.push(skipped(first, at));
      continue;
    }
    const timing = readTiming(lines[timingLine], timingLine + 1, previousStart, errors);
    if (!timing) continue;
    previousStart = timing.start;
    const text = lines.slice(textFrom, at).join('\n');
    const {content, voice} = parseCueText(text);
    if (mode === 'chapters' && content.some((node) => node.type !== 'text')) {
      errors.push({message: 'Chapter titles cannot hold tags or timestamps.', line: textFrom + 1});
    }
    const cue: {-readonly [K in keyof RichCue]: RichCue[K]} = {
      id: id || `cue-${cues.length + 1}`,
      start: timing.start,
      end: timing.end,
      text: plainText(content),
      content,
      source: text,
    };
    if (voice !== undefined) cue.voice = voice;
    cues.push(cue);
  }
  return {cues: sortCues(cues), errors};
}

/** The error for a block that is neither a cue nor a comment: where its timing line should be. */
function skipped(first: number, end: number): CueParseError {
  if (end - first === 1) {
    return {message: 'A line stands alone where a cue was expected; it was skipped.', line: first + 1};
  }
  return {
    message: 'Expected a cue timing such as "00:00:01.000 --> 00:00:02.000"; this cue was skipped.',
    line: first + 2,
  };
}

/** A cue's start and end from its timing line, or undefined (with the errors noted) when unreadable. */
function readTiming(
  line: string,
  lineNumber: number,
  previousStart: number,
  errors: CueParseError[],
): {start: number; end: number} | undefined {
  // The parser writes the times and settings into a cue object of its own shape.
  const cue = {startTime: 0, endTime: 0};
  const note = (message: string) => errors.push({message, line: lineNumber});
  const parsed = new WebVTTCueTimingsAndSettingsParser(line, note).parse(cue as never, previousStart);
  // The browser keeps a cue that ends before it starts: it is read but never highlighted.
  if (!parsed) return undefined;
  return {start: clampHours(cue.startTime), end: clampHours(cue.endTime)};
}

/** Sorts cues by start, then end, keeping file order for ties. */
export function sortCues<T extends {start: number; end: number}>(cues: readonly T[]): T[] {
  // Files are nearly always in order already: check in one pass before paying for a sort.
  let sorted = true;
  for (let i = 1; i < cues.length && sorted; i++) {
    const a = cues[i - 1];
    const b = cues[i];
    sorted = a.start < b.start || (a.start === b.start && a.end <= b.end);
  }
  if (sorted) return cues.slice();
  return cues
    .map((cue, order) => ({cue, order}))
    .sort((a, b) => a.cue.start - b.cue.start || a.cue.end - b.cue.end || a.order - b.order)
    .map(({cue}) => cue);
}

/** The text of cue content without markup, every run of whitespace folded to one space. */
export function plainText(content: readonly CueNode[]): string {
  let text = '';
  // A stack rather than recursion; parseCueText bounds the depth anyway.
  const pending: (readonly CueNode[])[] = [content];
  const next: number[] = [0];
  while (pending.length) {
    const nodes = pending[pending.length - 1];
    const i = next[next.length - 1]++;
    if (i >= nodes.length) {
      pending.pop();
      next.pop();
      continue;
    }
    const node = nodes[i];
    if (node.type === 'text') text += node.text;
    else if (node.type !== 'timestamp') {
      pending.push(node.children);
      next.push(0);
    }
  }
  return foldSpaces(text);
}
