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

export type TranscriptErrorSource = 'captions' | 'media';

/** `transcript-error`: captions or media failed to load or parse. The element also shows it as an alert. */
export class TranscriptErrorEvent extends Event {
  static readonly type = 'transcript-error';
  /** What failed: `'captions'` or `'media'`. */
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
  }
}
