/**
 * Marks the word being spoken with the CSS Custom Highlight API: a Range styled by
 * `::highlight(transcript-player-word)`, so following the words writes nothing to the DOM and
 * costs no layout. Every player on a page shares the one registered Highlight and keeps its own
 * range in it. Where the API is missing, nothing is marked.
 */
export const WORD_HIGHLIGHT = 'transcript-player-word';

/**
 * The page's one Highlight registered as `name` (made on first use, with `priority`: where
 * highlights overlap, the higher one paints on top); undefined where the API is missing.
 */
export function sharedHighlight(name = WORD_HIGHLIGHT, priority = 1): Highlight | undefined {
  if (typeof Highlight === 'undefined' || typeof CSS === 'undefined' || !CSS.highlights) return undefined;
  let highlight = CSS.highlights.get(name);
  if (!highlight) {
    highlight = new Highlight();
    highlight.priority = priority;
    CSS.highlights.set(name, highlight);
  }
  return highlight;
}

export class WordHighlighter {
  #range?: Range;

  /** Marks `text` from `start` to `end`, replacing this player's previous mark. */
  mark(text: Text, start: number, end: number): void {
    const highlight = sharedHighlight();
    if (!highlight) return;
    if (this.#range) highlight.delete(this.#range);
    const range = new Range();
    range.setStart(text, start);
    range.setEnd(text, end);
    highlight.add(range);
    this.#range = range;
  }

  clear(): void {
    if (this.#range) sharedHighlight()?.delete(this.#range);
    this.#range = undefined;
  }
}
