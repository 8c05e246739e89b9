/**
 * Transcript search, without the DOM: text folded so that case, accents and runs of spaces do
 * not matter ("SYRIA" finds "Syria", "precedent" finds "précédent"), with a map back to the
 * shown text so a match can be marked where it is.
 */

/** A line's text folded for matching. */
export interface FoldedText {
  /** Lower case, accents dropped, each run of whitespace one space. */
  readonly text: string;
  /**
   * For each character of `text`, where it starts and ends in the source text; undefined when
   * they are the same offsets (plain ASCII without runs of spaces: most lines, folded cheaply).
   */
  readonly starts?: readonly number[];
  readonly ends?: readonly number[];
}

/** One match: line `line`, from `start` to `end` in that line's source text. */
export interface SearchMatch {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

// Typographic quotes typed as plain ones ("coalition's" finds "coalition’s").
const QUOTES: Record<string, string> = {'‘': "'", '’': "'", '“': '"', '”': '"'};
const SIMPLE = /^(?:[\x21-\x7e]+(?: [\x21-\x7e]+)*)?$/;
const MARKS = /\p{M}+/gu;

function foldChar(char: string): string {
  return QUOTES[char] ?? char.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** Folds `source` for matching (see FoldedText). */
export function foldText(source: string): FoldedText {
  if (SIMPLE.test(source)) return {text: source.toLowerCase()};
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const char of source) {
    const next = i + char.length;
    if (/\s/.test(char)) {
      // One space for a run, none at the start.
      if (text && !text.endsWith(' ')) {
        text += ' ';
        starts.push(i);
        ends.push(next);
      }
    } else {
      // Per UTF-16 unit, as indexOf counts them.
      const folded = foldChar(char);
      text += folded;
      for (let k = 0; k < folded.length; k++) {
        starts.push(i);
        ends.push(next);
      }
    }
    i = next;
  }
  return {text, starts, ends};
}

/** The query as it is matched: folded, trimmed, inner whitespace one space. */
export function foldQuery(query: string): string {
  return foldText(query.trim()).text.trim();
}

/**
 * Every match of `query` (already folded, see foldQuery) in `lines`, in order; matches within a
 * line do not overlap. An empty query matches nothing.
 */
export function findMatches(lines: readonly FoldedText[], query: string): SearchMatch[] {
  const matches: SearchMatch[] = [];
  if (!query) return matches;
  for (let line = 0; line < lines.length; line++) {
    const {text, starts, ends} = lines[line];
    for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length)) {
      const last = at + query.length - 1;
      matches.push({line, start: starts ? starts[at] : at, end: ends ? ends[last] : last + 1});
    }
  }
  return matches;
}

/**
 * The match to make current after the query changed: the first one at or after line `from` (where
 * the reader is), else the first. -1 when there is none.
 */
export function firstMatchFrom(matches: readonly SearchMatch[], from: number): number {
  if (!matches.length) return -1;
  const at = matches.findIndex((match) => match.line >= from);
  return at < 0 ? 0 : at;
}

/** The next (`step` 1) or previous (-1) match from `current`, wrapping around. */
export function stepMatch(count: number, current: number, step: 1 | -1): number {
  if (!count) return -1;
  if (current < 0) return step > 0 ? 0 : count - 1;
  return (current + step + count) % count;
}
