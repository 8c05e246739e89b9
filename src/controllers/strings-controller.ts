import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {languageOf, stringsFor, type TranscriptStrings} from '../render/strings.js';

/**
 * The interface's words: the shipped table of the host's language (its own `lang`, else its
 * nearest ancestor's; English when none or one we do not ship), with the page's `overrides` on
 * top. Watches `lang` on the host and its ancestors and re-renders when it changes.
 */
export class StringsController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #overrides: () => Partial<TranscriptStrings> | undefined;
  readonly #observer = new MutationObserver(() => this.#check());
  #lang = '';
  #made?: {readonly lang: string; readonly overrides?: object; readonly strings: TranscriptStrings};

  constructor(host: ReactiveControllerHost & HTMLElement, overrides: () => Partial<TranscriptStrings> | undefined) {
    this.#host = host;
    this.#overrides = overrides;
    host.addController(this);
  }

  /** The language the interface speaks, for Intl ("en" when none is given). */
  get locale(): string {
    return this.#lang || 'en';
  }

  get strings(): TranscriptStrings {
    const overrides = this.#overrides();
    if (this.#made?.lang !== this.#lang || this.#made.overrides !== overrides) {
      this.#made = {lang: this.#lang, overrides, strings: {...stringsFor(this.#lang), ...overrides}};
    }
    return this.#made.strings;
  }

  hostConnected(): void {
    this.#lang = languageOf(this.#host);
    // `lang` changes anywhere in the host's tree (an ancestor's counts); a document only
    // reports its own nodes, not those inside shadow roots, so watch the host's root too.
    const root = this.#host.getRootNode();
    const options = {subtree: true, attributeFilter: ['lang']};
    this.#observer.observe(this.#host.ownerDocument, options);
    if (root !== this.#host.ownerDocument) this.#observer.observe(root, options);
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  #check(): void {
    const lang = languageOf(this.#host);
    if (lang === this.#lang) return;
    this.#lang = lang;
    this.#host.requestUpdate();
  }
}
