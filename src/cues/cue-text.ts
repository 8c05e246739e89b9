import {readCharRef} from './char-refs.js';
import {readTimestamp} from './timing.js';
import type {CueNode} from './types.js';

type ElementName = 'b' | 'i' | 'u' | 'c' | 'ruby' | 'rt' | 'lang' | 'v';

type Token =
  | {readonly kind: 'text'; readonly text: string}
  | {readonly kind: 'start'; readonly name: string; readonly classes: string[]; readonly annotation: string}
  | {readonly kind: 'end'; readonly name: string}
  | {readonly kind: 'timestamp'; readonly value: string};

/** An open element while building: where its children go. A voice adds its children to its parent's. */
interface Open {
  readonly name: ElementName | '';
  readonly children: CueNode[];
}

/**
 * Elements nested deeper than this keep their text but lose their tag: the browser would build
 * them all, but every walk over the tree (rendering, plain text) would then be as deep as the
 * file is long, and a file of "<b><b><b>…" would overflow the stack.
 */
export const MAX_DEPTH = 32;

/** Where a tag name or class that starts at `from` ends: at whitespace, ".", ">" or the end. */
function endOfName(source: string, from: number): number {
  let end = from;
  for (; end < source.length; end++) {
    const code = source.charCodeAt(end);
    // tab, line feed, form feed, space, ".", ">"
    if (code === 9 || code === 10 || code === 12 || code === 32 || code === 46 || code === 62) break;
  }
  return end;
}
const SPACES = /[\t\n\f\r ]+/g;
const UNFOLDED = /[\t\n\f\r]| {2}/;

/** Every run of ASCII whitespace as one space, trimmed; one pass, skipped when already folded. */
export function foldSpaces(text: string): string {
  return (UNFOLDED.test(text) ? text.replace(SPACES, ' ') : text).trim();
}

/** A tag, from "<" to the next ">" or the end: the tokenizer below ends every tag there. */
const TAG = /<[^>]*>?/;
/** A voice tag opening the text, with classes, and its annotation (the speaker). */
const LEADING_VOICE = /^<v(?:\.[^\t\n\f\r .>]*)*[\t\n\f\r ]([^>]*)>/;

/** The words of cue text read without its tree: the text nodes it holds, and its speaker. */
export interface TextRuns {
  readonly runs: string[];
  readonly voice?: string;
}

/**
 * The text between the tags of cue text whose words need no tree, else undefined: text with no
 * character reference, and no voice but one opening it ("<v Name>"). Its text nodes are exactly
 * these runs, as every tag, known or not, keeps its text; so a long file's words are read
 * without building each cue's tree.
 */
export function textRuns(source: string): TextRuns | undefined {
  if (source.includes('&')) return undefined;
  if (!source.includes('<v')) return {runs: source.split(TAG)};
  const voice = LEADING_VOICE.exec(source);
  const name = voice && foldSpaces(voice[1]);
  return name ? {runs: source.split(TAG), voice: name} : undefined;
}

export interface CueText {
  readonly content: CueNode[];
  /** The first speaker named by a <v> span. */
  readonly voice?: string;
}

/**
 * Parses cue text into a tree by the WebVTT cue text parsing rules, as the browser does: <b>, <i>,
 * <u>, <c>, <ruby>/<rt>, <lang> and timestamps are kept; a <v> span's children join its parent and
 * its annotation names the speaker; any other tag is dropped and its text kept. Linear in the
 * text, and never deeper than MAX_DEPTH.
 */
export function parseCueText(source: string): CueText {
  const root: Open = {name: '', children: []};
  const open: Open[] = [root];
  // Start tags past MAX_DEPTH that were dropped, so their end tags are dropped too.
  let dropped = 0;
  let voice: string | undefined;
  const tokens = new Tokenizer(source);
  for (let token = tokens.next(); token; token = tokens.next()) {
    const current = open[open.length - 1];
    if (token.kind === 'text') {
      current.children.push({type: 'text', text: token.text});
    } else if (token.kind === 'timestamp') {
      const time = readTimestamp(token.value);
      if (time !== undefined) current.children.push({type: 'timestamp', time});
    } else if (token.kind === 'start') {
      const name = token.name;
      const known =
        name === 'b' || name === 'i' || name === 'u' || name === 'c' || name === 'ruby' || name === 'lang'
          ? name
          : name === 'rt' && current.name === 'ruby'
            ? name
            : name === 'v'
              ? name
              : undefined;
      if (!known) continue;
      if (open.length > MAX_DEPTH) {
        dropped++;
        continue;
      }
      if (known === 'v') {
        if (voice === undefined && token.annotation) voice = token.annotation;
        open.push({name: 'v', children: current.children});
        continue;
      }
      const children: CueNode[] = [];
      const classes = token.classes;
      current.children.push(
        known === 'lang' && token.annotation
          ? {type: known, classes, lang: token.annotation, children}
          : {type: known, classes, children},
      );
      open.push({name: known, children});
    } else if (dropped > 0) {
      dropped--;
    } else if (open.length > 1 && token.name === current.name) {
      open.pop();
    } else if (token.name === 'ruby' && current.name === 'rt') {
      open.length -= 2;
    }
  }
  return voice === undefined ? {content: root.children} : {content: root.children, voice};
}

/** The WebVTT cue text tokenizer: text, start tags, end tags and timestamp tags. */
class Tokenizer {
  readonly #source: string;
  #position = 0;

  constructor(source: string) {
    this.#source = source;
  }

  next(): Token | undefined {
    const source = this.#source;
    if (this.#position >= source.length) return undefined;
    if (source[this.#position] === '<') return this.#tag();
    // Text runs to the next "<"; only an "&" inside it needs a closer look.
    const end = this.#until(this.#position, '<');
    let from = this.#position;
    let text = '';
    for (let amp = source.indexOf('&', from); amp !== -1 && amp < end; amp = source.indexOf('&', amp + 1)) {
      const reference = readCharRef(source, amp + 1);
      if (!reference || reference.end > end) continue;
      text += source.slice(from, amp) + reference.text;
      from = reference.end;
      amp = reference.end - 1;
    }
    this.#position = end;
    return {kind: 'text', text: text + source.slice(from, end)};
  }

  #tag(): Token {
    const source = this.#source;
    let position = this.#position + 1;
    const first = source[position];
    const close = (end: number) => {
      this.#position = source[end] === '>' ? end + 1 : end;
    };
    if (first === '/' || (first >= '0' && first <= '9')) {
      const from = first === '/' ? position + 1 : position;
      const end = this.#until(from, '>');
      close(end);
      return first === '/'
        ? {kind: 'end', name: source.slice(from, end)}
        : {kind: 'timestamp', value: source.slice(from, end)};
    }
    // The name runs to whitespace, "." (classes) or ">".
    let end = endOfName(source, position);
    const name = source.slice(position, end);
    const classes: string[] = [];
    position = end;
    while (source[position] === '.') {
      end = endOfName(source, position + 1);
      if (end > position + 1) classes.push(source.slice(position + 1, end));
      position = end;
    }
    let annotation = '';
    if (position < source.length && source[position] !== '>') {
      // Whitespace starts the annotation, which may hold character references.
      const from = position + 1;
      end = this.#until(from, '>');
      annotation = foldSpaces(decodeAnnotation(source.slice(from, end)));
      position = end;
    }
    close(position);
    return {kind: 'start', name, classes, annotation};
  }

  /** The position of the next `char`, or the end of the text. */
  #until(from: number, char: string): number {
    const found = this.#source.indexOf(char, from);
    return found === -1 ? this.#source.length : found;
  }
}

function decodeAnnotation(raw: string): string {
  if (!raw.includes('&')) return raw;
  let text = '';
  let from = 0;
  for (let position = raw.indexOf('&'); position !== -1; position = raw.indexOf('&', position + 1)) {
    const reference = readCharRef(raw, position + 1);
    if (!reference) continue;
    text += raw.slice(from, position) + reference.text;
    from = reference.end;
    position = reference.end - 1;
  }
  return text + raw.slice(from);
}
