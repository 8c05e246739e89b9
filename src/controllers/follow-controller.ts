import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** A reading place: line `index`, scrolled `offset` px past its top. */
export interface Place {
  readonly index: number;
  readonly offset: number;
}

/** How many times a scroll is corrected after lines render at their real height. */
const MAX_SCROLL_CORRECTIONS = 3;
/** Room kept around a revealed line so its focus ring shows. */
const REVEAL_MARGIN_PX = 6;

export interface FollowOptions {
  /** The scrolling panel (never the page). */
  scroller(): HTMLElement | null;
  /** The line to keep in view now, if any. */
  target(): HTMLElement | undefined;
  /** Whether there is anything to follow (no transcript: a scroll pauses nothing). */
  canFollow(): boolean;
}

/**
 * Follow mode: keeps the active line in view by scrolling the transcript panel, pauses when the
 * reader scrolls the panel or moves focus in it, and resumes on request. Scrolls of its own are
 * told apart from the reader's, honour prefers-reduced-motion, and are corrected when lines that
 * were laid out with an estimated height (content-visibility) render at their real one.
 */
export class FollowController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: FollowOptions;
  #following = true;
  #frame = 0;
  /** Scroll events until this moment are ours, not the reader's. */
  #oursUntil = 0;
  /** What to check once a scroll of ours ends. */
  #recheck?: () => void;

  constructor(host: ReactiveControllerHost, options: FollowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get following(): boolean {
    return this.#following;
  }

  set following(value: boolean) {
    if (value === this.#following) return;
    this.#following = value;
    this.#host.requestUpdate();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#recheck = undefined;
  }

  /**
   * The active line changed. Scrolling reads layout, so it waits for the next frame instead of
   * delaying the highlight, and a burst of changes within one frame scrolls once.
   */
  activeChanged(): void {
    if (!this.#following || this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const line = this.#options.target();
      if (this.#following && line) this.#bringIntoView(line);
    });
  }

  /** Follows again from now, scrolling back to the active line. */
  resume(): void {
    this.following = true;
    const line = this.#options.target();
    if (line) this.#bringIntoView(line);
  }

  /** Where the reader is, when not following: the first line in view and how far it is scrolled past. */
  place(count: number, lineAt: (index: number) => HTMLElement | undefined): Place | undefined {
    const scroller = this.#options.scroller();
    if (this.#following || !scroller || !count) return undefined;
    // Lines are in order: the first whose bottom is below the panel's top.
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      const line = lineAt(mid)!;
      if (offsetWithin(line, scroller) + line.offsetHeight <= scroller.scrollTop) low = mid + 1;
      else high = mid;
    }
    return {index: low, offset: scroller.scrollTop - offsetWithin(lineAt(low)!, scroller)};
  }

  /**
   * The lines were built anew (another language): at once, without a smooth scroll, the active
   * line shows while following, else the reader's `place` (the same line at the same height).
   * Following stays as it was, whatever scroll events the new lines cause.
   */
  rebuilt(place: Place | undefined, lineAt: (index: number) => HTMLElement | undefined): void {
    const scroller = this.#options.scroller();
    if (!scroller) return;
    this.#oursUntil = performance.now() + 150;
    const line = this.#following ? this.#options.target() : place && lineAt(place.index);
    if (!line) return;
    if (this.#following) {
      cancelAnimationFrame(this.#frame);
      this.#frame = 0;
      this.#bringIntoView(line, MAX_SCROLL_CORRECTIONS - 1);
    } else {
      scroller.scrollTo({top: offsetWithin(line, scroller) + place!.offset, behavior: 'instant'});
    }
  }

  /** The reader took over (scrolled, or moved focus in the list). */
  pause(): void {
    if (this.#options.canFollow()) this.following = false;
  }

  /**
   * Scrolls the least needed for a line to show, and corrects once the lines around it render
   * at their real height, while `keep()` holds (by default: while the line has focus).
   */
  reveal(line: HTMLElement, keep: () => boolean = () => hasFocus(line), correction = 0): void {
    const scroller = this.#options.scroller();
    if (!scroller) return;
    const top = offsetWithin(line, scroller) - REVEAL_MARGIN_PX;
    const bottom = top + line.getBoundingClientRect().height + 2 * REVEAL_MARGIN_PX;
    let target: number | undefined;
    if (top < scroller.scrollTop) target = top;
    else if (bottom > scroller.scrollTop + scroller.clientHeight) target = bottom - scroller.clientHeight;
    if (target === undefined || Math.abs(target - scroller.scrollTop) < 1) return;
    this.#recheck = () => {
      if (keep()) this.reveal(line, keep, correction + 1);
    };
    this.#scroll(scroller, target, true, correction);
  }

  /** For the panel's `scroll` event. */
  readonly onScroll = () => {
    if (performance.now() >= this.#oursUntil) this.pause();
  };

  /** For the panel's `wheel` and `touchmove` events: the reader, even during a scroll of ours. */
  readonly onScrollIntent = () => {
    this.#oursUntil = 0;
    this.pause();
  };

  /** For the panel's `scrollend` event: check where the line landed and correct. */
  readonly onScrollEnd = () => {
    const recheck = this.#recheck;
    this.#recheck = undefined;
    recheck?.();
  };

  /** Brings a line into the upper part of the panel unless it is already comfortably in view. */
  #bringIntoView(line: HTMLElement, correction = 0): void {
    const scroller = this.#options.scroller();
    if (!scroller) return;
    const top = offsetWithin(line, scroller);
    const view = scroller.clientHeight;
    const visible = top >= scroller.scrollTop && top + line.offsetHeight <= scroller.scrollTop + view;
    if (visible && top - scroller.scrollTop < view * 0.6) return;
    const target = Math.max(0, Math.min(top - view / 4, scroller.scrollHeight - view));
    if (Math.abs(target - scroller.scrollTop) < 1) return;
    this.#recheck = () => {
      if (this.#following && this.#options.target() === line) this.#bringIntoView(line, correction + 1);
    };
    // A jump of more than 30 screens (thousands of lines) is made at once: a smooth scroll that
    // long shows nothing readable, and on 100,000 lines it had not landed after 15 s.
    const far = Math.abs(target - scroller.scrollTop) > 30 * view;
    this.#scroll(scroller, target, correction > 0 || far, correction);
  }

  #scroll(scroller: HTMLElement, top: number, instant: boolean, correction: number): void {
    if (correction >= MAX_SCROLL_CORRECTIONS) this.#recheck = undefined;
    const smooth = !instant && !matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.#oursUntil = performance.now() + (smooth ? 1000 : 150);
    scroller.scrollTo({top, behavior: smooth ? 'smooth' : 'instant'});
  }
}

function hasFocus(line: HTMLElement): boolean {
  const root = line.getRootNode();
  return root instanceof ShadowRoot && root.activeElement === line;
}

/** A line's top within the scrolling panel's content, to the fraction of a pixel. */
function offsetWithin(element: HTMLElement, scroller: HTMLElement): number {
  return (
    element.getBoundingClientRect().top - scroller.getBoundingClientRect().top - scroller.clientTop + scroller.scrollTop
  );
}
