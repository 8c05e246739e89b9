import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {isWebVtt, parseVtt} from '../cues/parse-vtt.js';
import type {CueParseError, RichCue} from '../cues/types.js';
import {fill, type TranscriptStrings} from '../render/strings.js';

export interface CaptionsResult {
  readonly url: string;
  readonly cues: readonly RichCue[];
  /** Problems found; `fatal` means no transcript could be had at all. */
  readonly errors: readonly CueParseError[];
  readonly fatal: boolean;
  /** The file as it came, for downloading. */
  readonly bytes?: Uint8Array;
}

/** The words of the host's language, for load errors. */
export type Wording = () => {readonly strings: TranscriptStrings; readonly locale: string};

/**
 * Fetches and parses a captions file. A newer load or a disconnect aborts the older fetch, and
 * an answer that arrives for anything but the latest URL is dropped. A server that sends nothing
 * for `timeout()` ms (no answer, or no more of the body) is given up on; a body cut off mid-way
 * keeps the cues that arrived. Files loaded whole are kept, so that switching back to a language
 * shows it at once.
 */
export class CaptionsController implements ReactiveController {
  readonly #host: ReactiveControllerHost & {readonly hasUpdated: boolean};
  readonly #onResult: (result: CaptionsResult) => void;
  readonly #timeout: () => number;
  readonly #wording: Wording;
  /** Results of whole loads, by URL, for `load(url, true)`. */
  readonly #kept = new Map<string, CaptionsResult>();
  #abort?: AbortController;
  #url?: string;
  #loaded?: string;

  constructor(
    host: ReactiveControllerHost & {readonly hasUpdated: boolean},
    onResult: (result: CaptionsResult) => void,
    timeout: () => number,
    wording: Wording,
  ) {
    this.#host = host;
    this.#onResult = onResult;
    this.#timeout = timeout;
    this.#wording = wording;
    host.addController(this);
  }

  /** The URL loaded, or loading, last. */
  get url(): string | undefined {
    return this.#url;
  }

  /** True from a load's start until its result. */
  get loading(): boolean {
    return !!this.#url && this.#loaded !== this.#url;
  }

  /**
   * Loads `url` unless it is already loaded or loading; undefined clears. With `reuse`, a file
   * loaded before comes back at once (its result before this returns); without, the kept files
   * are let go. True when a new load began: the old captions are gone from then on.
   */
  load(url: string | undefined, reuse = false): boolean {
    if (url === this.#url && (this.#loaded === url || this.#abort)) return false;
    if (!reuse) this.#kept.clear();
    this.#abort?.abort();
    this.#abort = undefined;
    this.#url = url;
    this.#loaded = undefined;
    const kept = url && this.#kept.get(url);
    if (kept) {
      this.#loaded = url;
      this.#onResult(kept);
      return false;
    }
    if (url) {
      void this.#fetch(url);
      return true;
    }
    // Captions taken away: the transcript empties rather than showing the old file's lines.
    if (this.#host.hasUpdated) this.#onResult({url: '', cues: [], errors: [], fatal: false});
    return false;
  }

  hostConnected(): void {
    // A reconnect resumes a load that a disconnect aborted.
    if (this.loading && !this.#abort) void this.#fetch(this.#url!);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
  }

  async #fetch(url: string): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    const timeout = this.#timeout();
    let timer = 0;
    let timedOut = false;
    const {strings, locale} = this.#wording();
    const silence = fill(strings.captionsSilent, {seconds: timeout / 1000}, locale);
    // Waits for the answer, and then for each part of the body, at most `timeout` ms.
    const wait = () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        timedOut = true;
        abort.abort();
      }, timeout);
    };
    const chunks: Uint8Array[] = [];
    let result: CaptionsResult;
    try {
      wait();
      const response = await fetch(url, {signal: abort.signal});
      if (!response.ok) {
        const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        result = failed(url, fill(strings.captionsFailed, {url, reason: fill(strings.captionsHttp, {status})}));
      } else {
        let cut: string | undefined;
        const reader = response.body?.getReader();
        try {
          while (reader) {
            wait();
            const part = await reader.read();
            if (part.done) break;
            chunks.push(part.value);
          }
        } catch (error) {
          if (!chunks.length || (abort.signal.aborted && !timedOut)) throw error;
          cut = timedOut ? silence : (error as Error).message;
        }
        const bytes = new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
        result = {url, fatal: false, bytes, ...parseCaptionsBytes(bytes, url, cut)};
      }
    } catch (error) {
      if (abort.signal.aborted && !timedOut) return;
      result = failed(url, fill(strings.captionsFailed, {url, reason: timedOut ? silence : (error as Error).message}));
    } finally {
      clearTimeout(timer);
    }
    if (this.#abort !== abort) return;
    this.#abort = undefined;
    this.#loaded = url;
    result = {...result, fatal: result.fatal || result.cues.length === 0};
    if (!result.fatal && !result.errors.length) this.#kept.set(url, result);
    this.#onResult(result);
    this.#host.requestUpdate();
  }
}

function failed(url: string, message: string): CaptionsResult {
  return {url, cues: [], errors: [{message}], fatal: true};
}

/**
 * Parses a captions file's bytes, decoded as the browser decodes one: by its byte order mark
 * (UTF-8, UTF-16LE or UTF-16BE), else as UTF-8. A body `cut` off mid-way keeps its whole blocks
 * (up to the last blank line) and says so first.
 */
export function parseCaptionsBytes(
  bytes: Uint8Array,
  url: string,
  cut?: string,
): {cues: readonly RichCue[]; errors: CueParseError[]} {
  const [a, b] = bytes;
  let text = new TextDecoder(
    a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8',
  ).decode(bytes);
  if (cut === undefined) return parseCaptionsText(text, url);
  // The last blank line (LF or CRLF line ends).
  const end = Math.max(text.lastIndexOf('\n\n'), text.lastIndexOf('\n\r\n'));
  if (end > 0) text = text.slice(0, end);
  const parsed = parseCaptionsText(text, url);
  return {
    cues: parsed.cues,
    errors: [
      {message: `The captions from ${url} were cut off (${cut}): the lines before the cut are shown.`},
      ...parsed.errors,
    ],
  };
}

/** Parses captions text, turning the parser's line-level complaints into readable messages. */
export function parseCaptionsText(text: string, url: string): {cues: readonly RichCue[]; errors: CueParseError[]} {
  const {cues, errors} = parseVtt(text);
  if (!isWebVtt(text)) {
    return {
      cues,
      errors: [{message: `The captions ${url} are not a WebVTT file (it must start with "WEBVTT").`, line: 1}],
    };
  }
  return {
    cues,
    errors: errors.map((error) => ({
      ...error,
      message: `Captions ${error.line ? `line ${error.line}` : 'file'}: ${error.message}`,
    })),
  };
}
