export {TranscriptPlayerElement} from './transcript-player.js';
export {
  TranscriptCueChangeEvent,
  TranscriptErrorEvent,
  TranscriptLoadEvent,
  TranscriptSeekEvent,
  TranscriptShareEvent,
  TranscriptSearchEvent,
  type TranscriptErrorSource,
} from './events.js';
export type {Cue, CueNode, CueParseError, RichCue} from './cues/types.js';
export {parseVtt} from './cues/parse-vtt.js';
export {CueIndex} from './cues/cue-index.js';
import './define.js';
