import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {isWebVtt, VttReader} from '../cues/parse-vtt.js';
import {inSlices} from '../cues/slices.js';
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
 *
 * The body is decoded as it arrives and read in slices (see slices.ts), so a file of 100,000
 * cues never holds the page for more than a slice; `progress` says how far reading is.
 */
export class CaptionsController implements ReactiveController {
  readonly #host: ReactiveControllerHost & {readonly hasUpdated: boolean};
  readonly #onResult: (result: CaptionsResult) => void;
  readonly #timeout: () => number;
  readonly #wording: Wording;
  readonly #onProgress: () => void;
  /** Results of whole loads, by URL, for `load(url, true)`. */
  readonly #kept = new Map<string, CaptionsResult>();
  #abort?: AbortController;
  #url?: string;
  #loaded?: string;
  /** How far the current load has read its file, from 0 to 1. */
  #progress = 0;

  constructor(
    host: ReactiveControllerHost & {readonly hasUpdated: boolean},
    onResult: (result: CaptionsResult) => void,
    timeout: () => number,
    wording: Wording,
    onProgress: () => void,
  ) {
    this.#onProgress = onProgress;
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

  /** How far the file being loaded has been read, from 0 to 1. */
  get progress(): number {
    return this.loading ? this.#progress : 1;
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
    let decoder: TextDecoder | undefined;
    // Decoded part by part as the body comes, rather than all at once at the end.
    const parts: string[] = [];
    let result: CaptionsResult;
    this.#progress = 0;
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
            decoder ??= decoderFor(part.value);
            parts.push(decoder.decode(part.value, {stream: true}));
          }
        } catch (error) {
          if (!chunks.length || (abort.signal.aborted && !timedOut)) throw error;
          cut = timedOut ? silence : (error as Error).message;
        }
        clearTimeout(timer);
        parts.push(decoder?.decode() ?? '');
        const read = await readCaptions(parts.join(''), url, cut, (progress) => {
          if (this.#abort !== abort) return false;
          this.#progress = progress;
          this.#onProgress();
          return true;
        });
        if (!read) return;
        const bytes = new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
        result = {url, fatal: false, bytes, ...read};
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

/** The decoder the browser would use for a captions file starting with `bytes`: by its byte order mark, else UTF-8. */
function decoderFor(bytes: Uint8Array): TextDecoder {
  const [a, b] = bytes;
  return new TextDecoder(a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8');
}

type Read = {cues: readonly RichCue[]; errors: CueParseError[]};

/**
 * Reads captions text in slices, telling `going(progress)` after each; resolves undefined once
 * `going` says the load is no longer wanted. A body `cut` off mid-way keeps its whole blocks (up
 * to the last blank line) and says so first. Parser complaints become readable messages, each
 * with the line of the whole file it is about.
 */
export async function readCaptions(
  text: string,
  url: string,
  cut: string | undefined,
  going: (progress: number) => boolean,
): Promise<Read | undefined> {
  if (cut !== undefined) {
    // The last blank line (LF or CRLF line ends).
    const end = Math.max(text.lastIndexOf('\n\n'), text.lastIndexOf('\n\r\n'));
    if (end > 0) text = text.slice(0, end);
  }
  const reader = new VttReader(text);
  const done = await inSlices(
    (deadline) => reader.read(() => performance.now() > deadline),
    () => !going(reader.progress),
  );
  if (!done) return undefined;
  const {cues, errors} = reader.result();
  const read: Read = isWebVtt(text)
    ? {
        cues,
        errors: errors.map((error) => ({
          ...error,
          message: `Captions ${error.line ? `line ${error.line}` : 'file'}: ${error.message}`,
        })),
      }
    : {
        cues,
        errors: [{message: `The captions ${url} are not a WebVTT file (it must start with "WEBVTT").`, line: 1}],
      };
  if (cut !== undefined) {
    read.errors.unshift({
      message: `The captions from ${url} were cut off (${cut}): the lines before the cut are shown.`,
    });
  }
  return read;
}
