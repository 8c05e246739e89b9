import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Cue} from '../cues/types.js';
import {TranscriptShareEvent} from '../events.js';
import {formatMediaFragment} from '../links/media-fragment.js';
import {linesText, quoteText, type CuePart} from '../links/plain-text.js';
import type {TranscriptStrings} from '../render/strings.js';

export interface ShareOptions {
  root(): ShadowRoot;
  line(index: number): HTMLElement | undefined;
  cues(): readonly Cue[];
  strings(): TranscriptStrings;
}

const clean = (text = '') => text.replace(/\s+/g, ' ').trim();

/**
 * Sharing and copying: "Copy link to this moment" for a line (one button, shown on the line the
 * pointer or focus is on, and the S key on a focused line), "Copy link to quote" while text is
 * selected in the transcript, clean text when lines are copied. A cancelable `transcript-share`
 * comes first; a refused clipboard shows the text selected in a field instead.
 *
 * The button, field and status are in the element's template (`.share`, `.copy-field`,
 * `.share-status`), without bindings: this controller only shows, moves and fills them.
 */
export class ShareController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ShareOptions;
  /** The line the button is on. */
  #line = -1;
  #said = 0;
  /** Moves the button with its line when the lines above it change height. */
  #relayout?: ResizeObserver;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ShareOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  // Copy fires at the focused element or the body, often outside the shadow root.
  hostConnected(): void {
    this.#host.ownerDocument.addEventListener('copy', this.#onCopy);
  }

  hostDisconnected(): void {
    this.#host.ownerDocument.removeEventListener('copy', this.#onCopy);
    this.#relayout?.disconnect();
    this.#relayout = undefined;
  }

  #el<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.#options.root().querySelector<T>(selector)!;
  }

  /** The pointer or focus is on line `index` (if any): show the button there. */
  offer(index: number | undefined): void {
    if (index !== undefined) this.#show(index);
  }

  /** The pointer or focus left a line: the button stays on the focused line, or goes. */
  withdraw(next: Element | null = this.#options.root().activeElement): void {
    if (next?.closest('.share')) return;
    const line = next?.closest<HTMLElement>('.cue');
    this.#show(line ? Number(line.dataset.index) : -1);
  }

  /** Shows the button on line `index`, saying "Copy link to quote" while text is selected; or hides it. */
  #show(index: number): void {
    const button = this.#el('.share');
    const line = this.#options.line(index);
    button.hidden = !line;
    if (!line) return;
    this.#line = index;
    button.textContent = this.#selection() ? this.#options.strings().copyQuote : this.#options.strings().copyLink;
    // In the scroller's content, where the button is (the lines' groups, being contained, would
    // be their offsetParent).
    const scroller = button.parentElement!;
    button.style.top = `${line.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop}px`;
    // Groups of lines off screen are laid out at an estimated height until they render, and a
    // narrower panel rewraps lines: either moves the line, so the button follows it.
    if (!this.#relayout) {
      this.#relayout = new ResizeObserver(() => {
        if (!button.hidden) this.#show(this.#line);
      });
      this.#relayout.observe(this.#el('.cues'));
    }
  }

  /** Copies the link to line `index`'s start. */
  shareLine(index: number): void {
    const cue = this.#options.cues()[index];
    this.#line = index;
    if (cue) void this.#share(cue.start, undefined, cue.text, (url) => url);
  }

  /** The button: the quote when text is selected, else the line it is on. */
  readonly onButton = () => {
    const parts = this.#selection()?.[0];
    if (!parts) return this.shareLine(this.#line);
    const start = parts[0].cue.start;
    const end = parts[parts.length - 1].cue.end;
    const words = parts.map((part) => part.text).join(' ');
    void this.#share(start, end > start ? end : undefined, words, (url) => quoteText(parts, url));
  };

  async #share(start: number, end: number | undefined, text: string, clip: (url: string) => string): Promise<void> {
    const host = this.#host;
    const url = `${host.ownerDocument.URL.replace(/#.*/s, '')}#${formatMediaFragment(start, end, host.id)}`;
    if (!host.dispatchEvent(new TranscriptShareEvent(url, start, end, text))) return;
    const copied = clip(url);
    try {
      await navigator.clipboard.writeText(copied);
      const status = this.#el('.share-status');
      status.textContent = end === undefined ? this.#options.strings().linkCopied : this.#options.strings().quoteCopied;
      clearTimeout(this.#said);
      this.#said = window.setTimeout(() => (status.textContent = ''), 4000);
    } catch {
      // Refused (permission, focus, an insecure page): the reader copies it from a field.
      const field = this.#el<HTMLTextAreaElement>('.copy-field textarea');
      field.value = copied;
      field.rows = copied.split('\n').length;
      field.parentElement!.hidden = false;
      field.focus();
      field.select();
    }
  }

  /** The field is left, or Escape pressed in it: it goes (after Escape, focus returns to the line). */
  readonly onFieldDone = (event: Event) => {
    if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
    this.#el('.copy-field').hidden = true;
    if (event.type === 'keydown') this.#options.line(this.#line)?.focus();
  };

  readonly #onCopy = (event: ClipboardEvent) => {
    const [parts, whole] = this.#selection() ?? [];
    // Within one line's words the browser's own copy is already clean.
    if (!parts || !whole || !event.clipboardData) return;
    event.clipboardData.setData('text/plain', linesText(parts));
    event.preventDefault();
  };

  /**
   * The text selected in this transcript, as the selected words of each line it touches, and
   * whether it goes beyond one line's words (times or several lines); undefined without any.
   */
  #selection(): [CuePart[], boolean] | undefined {
    const root = this.#options.root();
    const [found] = this.#host.ownerDocument.getSelection()?.getComposedRanges({shadowRoots: [root]}) ?? [];
    if (!found || found.collapsed || !root.contains(found.startContainer) || !root.contains(found.endContainer)) return;
    const range = new Range();
    range.setStart(found.startContainer, found.startOffset);
    range.setEnd(found.endContainer, found.endOffset);
    const cues = this.#options.cues();
    const selected = range.cloneContents();
    // The lines the selection crosses come whole or cut, with their data-index; within one
    // line there are none, only (a part of) its time and text.
    const crossed = [...selected.querySelectorAll<HTMLElement>('.cue')];
    const line = (found.startContainer.parentElement ?? (found.startContainer as Element)).closest<HTMLElement>('.cue');
    const parts = (crossed.length ? crossed : line ? [line] : [])
      .map((cue) => ({
        cue: cues[Number(cue.dataset.index)],
        text: clean((crossed.length ? cue : selected).querySelector('.text')?.textContent ?? selected.textContent),
      }))
      .filter((part) => part.text);
    return parts.length ? [parts, crossed.length > 0 || !!selected.querySelector('.time')] : undefined;
  }
}
