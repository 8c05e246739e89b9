import type {Cue} from './cues/types.js';

// Every event bubbles and is composed, so a listener on the page sees it from the shadow root.
const bubbling = {bubbles: true, composed: true};

/** `transcript-load`: the transcript's cues have loaded and rendered (also after `captions` changes). */
export class TranscriptLoadEvent extends Event {
  static readonly type = 'transcript-load';
  /** The cues, sorted by start time; empty when the captions had none. */
  readonly cues: readonly Cue[];
  constructor(cues: readonly Cue[]) {
    super(TranscriptLoadEvent.type, bubbling);
    this.cues = cues;
  }
}

/** `transcript-cuechange`: the set of active cues changed, by playback or by a seek. */
export class TranscriptCueChangeEvent extends Event {
  static readonly type = 'transcript-cuechange';
  /** The cues under the playhead now; empty in a pause between cues. */
  readonly cues: readonly Cue[];
  constructor(cues: readonly Cue[]) {
    super(TranscriptCueChangeEvent.type, bubbling);
    this.cues = cues;
  }
}

/**
 * `transcript-seek`: fired before a seek the reader asked for from the transcript (a click, or
 * Enter or Space on a line). Cancelable: `preventDefault()` stops the seek, for example to ask
 * first or to seek another player.
 */
export class TranscriptSeekEvent extends Event {
  static readonly type = 'transcript-seek';
  /** Where the seek would go, in seconds: the cue's start. */
  readonly time: number;
  /** The line that was chosen. */
  readonly cue: Cue;
  constructor(time: number, cue: Cue) {
    super(TranscriptSeekEvent.type, {...bubbling, cancelable: true});
    this.time = time;
    this.cue = cue;
  }
}

/**
 * `transcript-share`: the reader asked for a link to a moment ("Copy link to this moment", or S on
 * a line) or to a quote (text selected, "Copy link to quote"). Fired before anything is copied.
 * Cancelable: `preventDefault()` stops the copy, for example to open `navigator.share()` or the
 * site's own share sheet with these fields instead.
 */
export class TranscriptShareEvent extends Event {
  static readonly type = 'transcript-share';
  /** The page's URL with a media fragment: `#t=75` (a moment) or `#t=75,90` (a quote's lines). */
  readonly url: string;
  /** Seconds: the line's or the first quoted line's start. */
  readonly start: number;
  /** Seconds: the last quoted line's end; undefined for a moment. */
  readonly end?: number;
  /** The words: the line's text, or the selected text of the quoted lines. */
  readonly text: string;
  constructor(url: string, start: number, end: number | undefined, text: string) {
    super(TranscriptShareEvent.type, {...bubbling, cancelable: true});
    this.url = url;
    this.start = start;
    this.end = end;
    this.text = text;
  }
}

/**
 * `transcript-search`: the reader changed the search: typed in the search field, or cleared it
 * (Escape). Not fired for `search()` calls.
 */
export class TranscriptSearchEvent extends Event {
  static readonly type = 'transcript-search';
  /** The query as typed; empty when the search was cleared. */
  readonly query: string;
  /** How many matches it has. */
  readonly count: number;
  constructor(query: string, count: number) {
    super(TranscriptSearchEvent.type, bubbling);
    this.query = query;
    this.count = count;
  }
}

export type TranscriptErrorSource = 'captions' | 'chapters' | 'media';

/** `transcript-error`: captions, chapters or media failed to load or parse. The element also shows it as an alert. */
export class TranscriptErrorEvent extends Event {
  static readonly type = 'transcript-error';
  /** What failed: `'captions'`, `'chapters'` or `'media'`. */
  readonly source: TranscriptErrorSource;
  /** A readable description, the same text the alert shows. */
  readonly message: string;
  /** For a captions problem, the 1-based line of the WebVTT file it is on, when known. */
  readonly line?: number;
  constructor(source: TranscriptErrorSource, message: string, line?: number) {
    super(TranscriptErrorEvent.type, bubbling);
    this.source = source;
    this.message = message;
    this.line = line;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'transcript-load': TranscriptLoadEvent;
    'transcript-cuechange': TranscriptCueChangeEvent;
    'transcript-seek': TranscriptSeekEvent;
    'transcript-error': TranscriptErrorEvent;
    'transcript-share': TranscriptShareEvent;
    'transcript-search': TranscriptSearchEvent;
  }
}
