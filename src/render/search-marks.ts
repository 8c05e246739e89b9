import {foldText, type FoldedText, type SearchMatch} from '../cues/search.js';
import {sharedHighlight} from './word-highlight.js';

/**
 * Search matches marked with the CSS Custom Highlight API: `::highlight(transcript-player-match)`
 * for every match and `::highlight(transcript-player-current-match)` for the current one. The
 * lines' DOM is never rewritten, so a keystroke over 10,000 lines costs no layout; StaticRanges,
 * as live Ranges would be updated on every DOM change for as long as they are marked.
 */
export const MATCH_HIGHLIGHT = 'transcript-player-match';
export const CURRENT_MATCH_HIGHLIGHT = 'transcript-player-current-match';

/** A line's searchable text (speaker label and words, as shown) and where each text node starts. */
export interface LineSearchText {
  readonly folded: FoldedText;
  readonly nodes: readonly Text[];
  readonly offsets: readonly number[];
}

/** Reads a line's speaker label and words: the time label is not searched. */
export function lineSearchText(line: HTMLElement): LineSearchText {
  const nodes: Text[] = [];
  const offsets: number[] = [];
  let source = '';
  for (const part of line.querySelectorAll(':scope > .speaker, :scope > .text')) {
    // The speaker's colon is drawn by CSS: a space keeps its name apart from the first word.
    if (source) source += ' ';
    const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      nodes.push(node);
      offsets.push(source.length);
      source += node.data;
    }
  }
  return {folded: foldText(source), nodes, offsets};
}

/** The text node and offset at `offset` of a line's source; `end` prefers the node ending there. */
function position(text: LineSearchText, offset: number, end: boolean): [Text, number] {
  let k = 0;
  while (k + 1 < text.nodes.length && (end ? text.offsets[k + 1] < offset : text.offsets[k + 1] <= offset)) k++;
  const node = text.nodes[k];
  return [node, Math.max(0, Math.min(node.data.length, offset - text.offsets[k]))];
}

export function matchRange(text: LineSearchText, match: SearchMatch): StaticRange | undefined {
  if (!text.nodes.length) return undefined;
  const [startContainer, startOffset] = position(text, match.start, false);
  const [endContainer, endOffset] = position(text, match.end, true);
  return new StaticRange({startContainer, startOffset, endContainer, endOffset});
}

export class SearchMarks {
  #ranges: AbstractRange[] = [];
  #current?: AbstractRange;

  /** Removes this player's match marks (not the current one's). */
  clearMatches(): void {
    const highlight = sharedHighlight(MATCH_HIGHLIGHT, 0);
    for (const range of this.#ranges) highlight?.delete(range);
    this.#ranges = [];
  }

  /** Marks one more match. */
  addMatch(range: AbstractRange): void {
    sharedHighlight(MATCH_HIGHLIGHT, 0)?.add(range);
    this.#ranges.push(range);
  }

  /** Marks `range` as the current match (undefined: none). */
  setCurrent(range: AbstractRange | undefined): void {
    const highlight = sharedHighlight(CURRENT_MATCH_HIGHLIGHT, 2);
    if (!highlight) return;
    if (this.#current) highlight.delete(this.#current);
    if (range) highlight.add(range);
    this.#current = range;
  }

  clear(): void {
    this.clearMatches();
    this.setCurrent(undefined);
  }
}
