import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {parseVtt} from '../cues/parse-vtt.js';
import type {Cue} from '../cues/types.js';

/**
 * Fetches and parses a chapters file (a `kind="chapters"` track or the `chapters` attribute). A
 * newer load or a disconnect aborts the older fetch. A file that fails leaves no chapters and
 * an error message; nothing else is lost.
 */
export class ChaptersController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #onChange: () => void;
  #url?: string;
  #abort?: AbortController;
  #cues: readonly Cue[] = [];
  #error?: string;
  #pending = false;

  constructor(host: ReactiveControllerHost, onChange: () => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  /** The chapters, sorted by start; empty while loading or when there are none. */
  get cues(): readonly Cue[] {
    return this.#cues;
  }

  /** Why the chapters could not be had, if they could not. */
  get error(): string | undefined {
    return this.#error;
  }

  /** True until the latest load has settled. */
  get loading(): boolean {
    return this.#pending;
  }

  /** Loads `url` unless it is the one loaded or loading; undefined clears. */
  load(url: string | undefined): void {
    if (url === this.#url) return;
    this.#abort?.abort();
    this.#abort = undefined;
    this.#url = url;
    const had = this.#cues.length > 0 || !!this.#error;
    this.#cues = [];
    this.#error = undefined;
    this.#pending = !!url;
    if (url) void this.#fetch(url);
    else if (had) this.#changed();
  }

  hostConnected(): void {
    if (this.#pending && !this.#abort && this.#url) void this.#fetch(this.#url);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
  }

  async #fetch(url: string): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    let cues: readonly Cue[] = [];
    let error: string | undefined;
    try {
      const response = await fetch(url, {signal: abort.signal});
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      cues = parseVtt(await response.text(), 'chapters').cues;
    } catch (failure) {
      if (abort.signal.aborted) return;
      error = `Chapters could not be loaded from ${url} (${(failure as Error).message}).`;
    }
    if (this.#abort !== abort) return;
    this.#abort = undefined;
    this.#pending = false;
    this.#cues = cues;
    this.#error = error;
    this.#changed();
  }

  #changed(): void {
    this.#onChange();
    this.#host.requestUpdate();
  }
}
