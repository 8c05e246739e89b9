import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {parseMediaFragment, type MediaFragment} from '../links/media-fragment.js';

export interface DeepLinkOptions {
  /** Seek to the link's start, highlight its line and bring it into view. */
  seek(time: number): void;
  /** The link's range has played through: stop. */
  pause(): void;
}

/**
 * Follows the page's URL fragment (`#t=75,90`, `#talk&t=75`, see links/media-fragment.ts): once
 * the transcript is ready, and on every `hashchange`. A fragment naming no player addresses the
 * first `<transcript-player>` of the document; one naming an id, the player with that id. With
 * an end, playback stops there the first time it plays through it.
 */
export class DeepLinkController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: DeepLinkOptions;
  #ready = false;
  #range?: MediaFragment;
  #last = -1;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DeepLinkOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.#follow);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.#follow);
  }

  /** The transcript is ready: follow the page's link, the first time only. */
  ready(): void {
    if (this.#ready) return;
    this.#ready = true;
    this.#follow();
  }

  /** At each check of the media time: stop at the range's end when playback crosses it. */
  tick(time: number): void {
    const range = this.#range;
    const last = this.#last;
    this.#last = time;
    // Crossed by playing (small steps from inside the range), not by a seek past it.
    if (range?.end !== undefined && time >= range.end && last >= range.start && last < range.end && time - last < 1) {
      this.#range = undefined;
      this.#options.pause();
    }
  }

  readonly #follow = () => {
    const host = this.#host;
    const link = parseMediaFragment(host.ownerDocument.location?.hash ?? '');
    if (!this.#ready || !link) return;
    const root = host.getRootNode() as ParentNode;
    if (link.target ? host.id !== link.target : root.querySelector(host.localName) !== host) return;
    this.#range = link;
    this.#last = -1;
    this.#options.seek(link.start);
  };
}
