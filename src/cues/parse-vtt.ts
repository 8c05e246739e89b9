import {foldSpaces, parseCueText, textRuns} from './cue-text.js';
import {readTimingLine} from './timing.js';
import type {CueNode, CueParseError, RichCue} from './types.js';

// The spec stops at a bad signature ("not a WebVTT file"): a file that is not WebVTT shows no lines.
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
const LOOKS_LIKE_TIMING = /\d:\d\d/;

/**
 * Parses WebVTT text into cues sorted by start (then end), keeping every cue the browser keeps
 * and reporting each problem with its line instead of throwing. Linear in the size of the file.
 */
export function parseVtt(source: string, mode: 'metadata' | 'chapters' = 'metadata'): ParsedVtt {
  const reader = new VttReader(source, mode);
  reader.read(() => false);
  return reader.result();
}

/**
 * Reads WebVTT a block at a time, so a long file can be read in slices that leave the page
 * free between them: `read` stops when `shouldYield` says so and carries on at the next call.
 *
 * Blocks are found by the WebVTT parsing algorithm, as the browser's <track> does (so a timing
 * line ends a comment or a cue even without a blank line before it); timing lines by
 * `readTimingLine`, cue text by `parseCueText`, both by the browser's rules.
 */
export class VttReader {
  /** Cues in file order, as read so far. */
  readonly cues: RichCue[] = [];
  readonly errors: CueParseError[] = [];
  readonly #lines: LineCursor;
  readonly #mode: 'metadata' | 'chapters';
  #done = false;

  constructor(source: string, mode: 'metadata' | 'chapters' = 'metadata') {
    this.#mode = mode;
    this.#lines = new LineCursor(source);
    if (!isWebVtt(source)) {
      this.errors.push({message: 'No valid signature. (File needs to start with "WEBVTT".)', line: 1});
      this.#done = true;
      return;
    }
    // The header runs from the signature to the first blank line; a timing line ends it too.
    const lines = this.#lines;
    lines.next();
    while (lines.line !== undefined && lines.line !== '' && !lines.line.includes(ARROW)) lines.next();
  }

  /** How far through the file reading is, from 0 to 1. */
  get progress(): number {
    return this.#done ? 1 : this.#lines.progress;
  }

  /** Reads blocks until the file ends (true) or `shouldYield()`, asked after each block, says stop. */
  read(shouldYield: () => boolean): boolean {
    while (!this.#done) {
      this.#readBlock();
      if (!this.#done && shouldYield()) return false;
    }
    return true;
  }

  /** Everything read, cues sorted by start and end. */
  result(): ParsedVtt {
    return {cues: sortCues(this.cues), errors: this.errors};
  }

  // A block: an optional identifier line, then a timing line, then text up to a blank line or the
  // next line holding "-->".
  #readBlock(): void {
    const lines = this.#lines;
    while (lines.line === '') lines.next();
    if (lines.line === undefined) {
      this.#done = true;
      return;
    }
    const first = lines.number;
    let id = '';
    let timing: string | undefined;
    let timingNumber = 0;
    if (lines.line.includes(ARROW)) {
      [timing, timingNumber] = [lines.line, lines.number];
      lines.next();
    } else {
      id = lines.line;
      lines.next();
      if (lines.line?.includes(ARROW)) {
        [timing, timingNumber] = [lines.line, lines.number];
        lines.next();
      }
    }
    const textFrom = lines.number;
    const text: string[] = [];
    while (lines.line !== undefined && lines.line !== '' && !lines.line.includes(ARROW)) {
      text.push(lines.line);
      lines.next();
    }
    if (timing === undefined) {
      if (!COMMENT.test(id) && !/^(?:STYLE|REGION)(?:[ \t]|$)/.test(id))
        this.errors.push(skipped(id, first, lines.number));
      return;
    }
    const times = readTiming(timing, timingNumber + 1, this.errors);
    if (!times) return;
    const source = text.join('\n');
    id ||= `cue-${this.cues.length + 1}`;
    const words = this.#mode === 'metadata' ? textRuns(source) : undefined;
    if (words) {
      // Its tree (every timed word a node) is built when first asked for: making a line, timing
      // its words. Most lines of a long transcript never are, and reading stays fast and small.
      let content: CueNode[] | undefined;
      const cue: {-readonly [K in keyof RichCue]: RichCue[K]} = {
        id,
        start: times.start,
        end: times.end,
        text: foldSpaces(words.runs.join('')),
        source,
        get content() {
          return (content ??= parseCueText(source).content);
        },
      };
      if (words.voice !== undefined) cue.voice = words.voice;
      lazyCues.add(cue);
      this.cues.push(cue);
      return;
    }
    const {content, voice} = parseCueText(source);
    if (this.#mode === 'chapters' && content.some((node) => node.type !== 'text')) {
      this.errors.push({message: 'Chapter titles cannot hold tags or timestamps.', line: textFrom + 1});
    }
    const cue: {-readonly [K in keyof RichCue]: RichCue[K]} = {
      id,
      start: times.start,
      end: times.end,
      text: plainText(content),
      content,
      source,
    };
    if (voice !== undefined) cue.voice = voice;
    this.cues.push(cue);
  }
}

/** Cues whose tree is built when first asked for: their words are their source's text runs. */
const lazyCues = new WeakSet<RichCue>();

/**
 * The text nodes a cue's content holds, without building its tree when it was read lazily;
 * undefined for other cues (read their content).
 */
export function cueTextRuns(cue: RichCue): string[] | undefined {
  return lazyCues.has(cue) ? textRuns(cue.source)?.runs : undefined;
}

/**
 * The lines of a text one at a time, split at CRLF, CR or LF, with NUL read as U+FFFD; never
 * splits the whole text at once, so a slice of reading costs only the lines it reads.
 */
class LineCursor {
  /** The current line, or undefined past the end. */
  line: string | undefined;
  /** The current line's number, from 0. */
  number = -1;
  readonly #source: string;
  #position = 0;
  // The next CR and LF at or after #position, found once and reused until passed: looking for
  // a character the text does not hold must not scan to the end at every line.
  #nextCr = -1;
  #nextLf = -1;

  constructor(source: string) {
    this.#source = source;
    this.next();
  }

  get progress(): number {
    return this.#source.length ? Math.min(1, this.#position / this.#source.length) : 1;
  }

  next(): void {
    const source = this.#source;
    this.number++;
    if (this.#position > source.length) {
      this.line = undefined;
      return;
    }
    if (this.#nextCr < this.#position) this.#nextCr = indexOrEnd(source, '\r', this.#position);
    if (this.#nextLf < this.#position) this.#nextLf = indexOrEnd(source, '\n', this.#position);
    const end = Math.min(this.#nextCr, this.#nextLf);
    const line = source.slice(this.#position, end);
    this.line = line.includes('\0') ? line.replace(/\0/g, '\ufffd') : line;
    this.#position = end + (source[end] === '\r' && source[end + 1] === '\n' ? 2 : 1);
  }
}

function indexOrEnd(source: string, char: string, from: number): number {
  const found = source.indexOf(char, from);
  return found === -1 ? source.length : found;
}

/** The error for a block that is neither a cue nor a comment: where its timing line should be. */
function skipped(firstLine: string, first: number, end: number): CueParseError {
  // A first line that looks like a timing ("00:00:03.000 -> 00:00:04.000") is the one at fault.
  const wrong = LOOKS_LIKE_TIMING.test(firstLine) ? first : first + 1;
  if (end - first === 1 && wrong === first + 1) {
    return {message: 'A line stands alone where a cue was expected; it was skipped.', line: first + 1};
  }
  return {
    message: 'Expected a cue timing such as "00:00:01.000 --> 00:00:02.000"; this cue was skipped.',
    line: wrong + 1,
  };
}

/** A cue's start and end from its timing line, or undefined (with the error noted) when unreadable. */
function readTiming(
  line: string,
  lineNumber: number,
  errors: CueParseError[],
): {start: number; end: number} | undefined {
  const read = readTimingLine(line);
  if ('problem' in read) {
    errors.push({message: `${read.problem} This cue was skipped.`, line: lineNumber});
    return undefined;
  }
  // The browser keeps a cue that ends before it starts: it is read but never highlighted.
  if (!(read.end > read.start)) {
    errors.push({message: 'The end time is not after the start time: the line never highlights.', line: lineNumber});
  }
  return read;
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
