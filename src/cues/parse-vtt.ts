import webvtt from 'webvtt-parser';
import type {CueNode, CueParseError, RichCue} from './types.js';

// webvtt-parser is CommonJS: its named exports are only reachable through the default import.
const {WebVTTParser} = webvtt;

// The parser's default table is keyed without the semicolon and then keeps it ("&amp;" becomes
// "&;"); keying entities with it too makes the exact match win.
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&lrm;': '\u200e',
  '&rlm;': '\u200f',
  '&nbsp;': '\u00a0',
  '&amp': '&',
  '&lt': '<',
  '&gt': '>',
  '&lrm': '\u200e',
  '&rlm': '\u200f',
  '&nbsp': '\u00a0',
};

// The spec stops at a bad signature ("not a WebVTT file"); webvtt-parser reports it and goes on
// to return cues, so a file that is not WebVTT would still show lines.
const SIGNATURE = /^\ufeff?WEBVTT(?:[ \t]|$)/;

/** True when the text starts with the WebVTT signature (after an optional BOM). */
export function isWebVtt(source: string): boolean {
  return SIGNATURE.test(source.slice(0, 64).split(/\r\n|\r|\n/, 1)[0]);
}

const RENDERED_TAGS = new Set(['b', 'i', 'u', 'c', 'ruby', 'rt', 'lang']);

export interface ParsedVtt {
  readonly cues: readonly RichCue[];
  readonly errors: readonly CueParseError[];
}

interface ParserNode {
  type: string;
  name?: string;
  value?: string | number;
  classes?: string[];
  children?: ParserNode[];
}

/**
 * Parses WebVTT text into cues sorted by start (then end), keeping every cue that parsed and
 * reporting each problem with its line instead of throwing.
 */
export function parseVtt(source: string, mode: 'metadata' | 'chapters' = 'metadata'): ParsedVtt {
  if (!isWebVtt(source)) {
    return {cues: [], errors: [{message: 'No valid signature. (File needs to start with "WEBVTT".)', line: 1}]};
  }
  const parser = new WebVTTParser(ENTITIES);
  const result = parser.parse(source, mode);
  const lines = result.errors.length ? source.split(/\r\n|\r|\n/) : [];
  const errors: CueParseError[] = result.errors.map((error: {message: string; line?: number}) =>
    clarifyError(error, lines),
  );
  const cues: RichCue[] = [];
  result.cues.forEach(
    (
      cue: {id: string; startTime: number; endTime: number; text: string; tree: {children: ParserNode[]}},
      index: number,
    ) => {
      // The parser reports these but still returns the cue; a cue that never shows cannot be a line.
      if (!(cue.endTime > cue.startTime)) return;
      const {content, voice} = toContent(cue.tree.children);
      const rich: {-readonly [K in keyof RichCue]: RichCue[K]} = {
        id: cue.id || `cue-${index + 1}`,
        start: cue.startTime,
        end: cue.endTime,
        text: plainText(content),
        content,
        source: cue.text,
      };
      if (voice !== undefined) rich.voice = voice;
      cues.push(rich);
    },
  );
  return {cues: sortCues(cues), errors};
}

const MISSING_TIMING = 'Cue identifier needs to be followed by timestamp.';
const STANDALONE = 'Cue identifier cannot be standalone.';
const LOOKS_LIKE_TIMING = /\d{2}:\d{2}/;

// webvtt-parser takes a line it cannot read as a cue identifier and reports the line after it.
// Point at the line that is actually wrong (1-based) and say what was expected there.
function clarifyError(error: {message: string; line?: number}, lines: readonly string[]): CueParseError {
  const {message, line} = error;
  if (line === undefined) return {message};
  if (message === MISSING_TIMING) {
    const wrong = LOOKS_LIKE_TIMING.test(lines[line - 1] ?? '') ? line : Math.max(1, line - 1);
    return {
      message: 'Expected a cue timing such as "00:00:01.000 --> 00:00:02.000"; this cue was skipped.',
      line: wrong,
    };
  }
  if (message === STANDALONE) {
    return {message: 'A line stands alone where a cue was expected; it was skipped.', line: Math.max(1, line - 1)};
  }
  return {message, line};
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

// Loops rather than flatMap and spreads: a long transcript has tens of thousands of nodes.
function toContent(nodes: readonly ParserNode[]): {content: CueNode[]; voice?: string} {
  const found: {voice?: string} = {};
  const content: CueNode[] = [];
  convertInto(nodes, content, found);
  return found.voice === undefined ? {content} : {content, voice: found.voice};
}

function convertInto(nodes: readonly ParserNode[], out: CueNode[], found: {voice?: string}): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      out.push({type: 'text', text: String(node.value ?? '')});
    } else if (node.type === 'timestamp') {
      out.push({type: 'timestamp', time: Number(node.value)});
    } else if (node.name === 'v') {
      const name = String(node.value ?? '').trim();
      if (found.voice === undefined && name) found.voice = name;
      convertInto(node.children ?? [], out, found);
    } else if (node.name && RENDERED_TAGS.has(node.name)) {
      const children: CueNode[] = [];
      convertInto(node.children ?? [], children, found);
      const type = node.name as 'b' | 'i' | 'u' | 'c' | 'ruby' | 'rt' | 'lang';
      out.push(
        type === 'lang' && node.value
          ? {type, classes: node.classes ?? [], lang: String(node.value), children}
          : {type, classes: node.classes ?? [], children},
      );
    } else {
      // An unknown element keeps its text and loses its tag.
      convertInto(node.children ?? [], out, found);
    }
  }
}

/** The text of cue content without markup, with line breaks and runs of spaces folded. */
export function plainText(content: readonly CueNode[]): string {
  let text = '';
  const walk = (nodes: readonly CueNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') text += node.text;
      else if (node.type !== 'timestamp') walk(node.children);
    }
  };
  walk(content);
  return /\n| {2}/.test(text)
    ? text
        .replace(/[ \t]*\n[ \t]*/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim()
    : text.trim();
}
