import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {isWebVtt, parseVtt} from '../cues/parse-vtt.js';
import type {CueParseError, RichCue} from '../cues/types.js';

export interface CaptionsResult {
  readonly url: string;
  readonly cues: readonly RichCue[];
  /** Problems found; `fatal` means no transcript could be had at all. */
  readonly errors: readonly CueParseError[];
  readonly fatal: boolean;
}

/**
 * Fetches and parses a captions file. A newer load or a disconnect aborts the older fetch, and
 * an answer that arrives for anything but the latest URL is dropped.
 */
export class CaptionsController implements ReactiveController {
  readonly #host: ReactiveControllerHost & {readonly hasUpdated: boolean};
  readonly #onResult: (result: CaptionsResult) => void;
  #abort?: AbortController;
  #url?: string;
  #loaded?: string;

  constructor(
    host: ReactiveControllerHost & {readonly hasUpdated: boolean},
    onResult: (result: CaptionsResult) => void,
  ) {
    this.#host = host;
    this.#onResult = onResult;
    host.addController(this);
  }

  /** Loads `url` unless it is already loaded or loading; undefined clears. */
  load(url: string | undefined): void {
    if (url === this.#url && (this.#loaded === url || this.#abort)) return;
    this.#abort?.abort();
    this.#abort = undefined;
    this.#url = url;
    this.#loaded = undefined;
    if (url) {
      void this.#fetch(url);
    } else if (this.#host.hasUpdated) {
      // Captions taken away: the transcript empties rather than showing the old file's lines.
      this.#onResult({url: '', cues: [], errors: [], fatal: false});
    }
  }

  hostConnected(): void {
    // A reconnect resumes a load that a disconnect aborted.
    if (this.#url && this.#loaded !== this.#url && !this.#abort) void this.#fetch(this.#url);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
  }

  async #fetch(url: string): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    let result: CaptionsResult;
    try {
      const response = await fetch(url, {signal: abort.signal});
      if (!response.ok) {
        const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        result = failed(url, `Captions could not be loaded from ${url} (HTTP ${status}).`);
      } else {
        result = {url, fatal: false, ...parseCaptionsText(await response.text(), url)};
      }
    } catch (error) {
      if (abort.signal.aborted) return;
      const reason = error instanceof Error ? error.message : String(error);
      result = failed(url, `Captions could not be loaded from ${url} (${reason}).`);
    }
    if (abort.signal.aborted || this.#abort !== abort) return;
    this.#abort = undefined;
    this.#loaded = url;
    this.#onResult({...result, fatal: result.fatal || result.cues.length === 0});
    this.#host.requestUpdate();
  }
}

function failed(url: string, message: string): CaptionsResult {
  return {url, cues: [], errors: [{message}], fatal: true};
}

/** Parses captions text, turning the parser's line-level complaints into readable messages. */
export function parseCaptionsText(text: string, url: string): {cues: readonly RichCue[]; errors: CueParseError[]} {
  const {cues, errors} = parseVtt(text);
  if (!isWebVtt(text)) {
    return {cues, errors: [{message: `${url} is not a WebVTT file (it must start with "WEBVTT").`, line: 1}]};
  }
  return {
    cues,
    errors: errors.map((error) => ({
      ...error,
      message: `Captions ${error.line ? `line ${error.line}` : 'file'}: ${error.message}`,
    })),
  };
}
