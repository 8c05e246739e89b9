/** A piece of cue text: plain text, a timestamp, or one of the few WebVTT elements we render. */
export type CueNode =
  | {readonly type: 'text'; readonly text: string}
  | {readonly type: 'timestamp'; readonly time: number}
  | {
      readonly type: 'b' | 'i' | 'u' | 'c' | 'ruby' | 'rt' | 'lang';
      readonly classes: readonly string[];
      /** The language of a `<lang>` span. */
      readonly lang?: string;
      readonly children: readonly CueNode[];
    };

/** One line of the transcript. Times are in seconds. */
export interface Cue {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  /** The cue's words without markup, line breaks folded into spaces. */
  readonly text: string;
  /** The speaker named by a `<v>` span. */
  readonly voice?: string;
}

/** A cue with its markup kept as a safe tree for rendering. */
export interface RichCue extends Cue {
  readonly content: readonly CueNode[];
  /** The cue text as written in the file, for the browser's own caption rendering. */
  readonly source: string;
}

/** A problem in a captions file, with the 1-based line the parser reported. */
export interface CueParseError {
  readonly message: string;
  readonly line?: number;
}
