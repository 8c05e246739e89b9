import type {Cue} from './cues/types.js';

const bubbling = {bubbles: true, composed: true};

/** Fired when the transcript's cues have loaded and rendered. */
export class TranscriptLoadEvent extends Event {
  static readonly type = 'transcript-load';
  constructor(readonly cues: readonly Cue[]) {
    super(TranscriptLoadEvent.type, bubbling);
  }
}

/** Fired when the set of active cues changes, by playback or by a seek. */
export class TranscriptCueChangeEvent extends Event {
  static readonly type = 'transcript-cuechange';
  constructor(readonly cues: readonly Cue[]) {
    super(TranscriptCueChangeEvent.type, bubbling);
  }
}

/**
 * Fired before a seek the user asked for from the transcript (click, Enter or Space on a line).
 * Call `preventDefault()` to stop the seek.
 */
export class TranscriptSeekEvent extends Event {
  static readonly type = 'transcript-seek';
  constructor(
    readonly time: number,
    readonly cue: Cue,
  ) {
    super(TranscriptSeekEvent.type, {...bubbling, cancelable: true});
  }
}

export type TranscriptErrorSource = 'captions' | 'media';

/** Fired when captions or media fail to load or parse. The element also shows it as an alert. */
export class TranscriptErrorEvent extends Event {
  static readonly type = 'transcript-error';
  constructor(
    readonly source: TranscriptErrorSource,
    readonly message: string,
    readonly line?: number,
  ) {
    super(TranscriptErrorEvent.type, bubbling);
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
