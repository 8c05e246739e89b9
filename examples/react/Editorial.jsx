// React 19 renders custom elements natively: a prop the element has as a property (`loadTimeout`,
// `transcriptLabel`, `src`) is set as that property, others become attributes, and an
// `on<event-name>` prop listens for that exact event name.
// npm install transcript-player react react-dom
//
// TypeScript: add the element to JSX once, for example in a global .d.ts:
//   import type {TranscriptPlayerElement, TranscriptCueChangeEvent, TranscriptSeekEvent} from 'transcript-player';
//   declare module 'react' {
//     namespace JSX {
//       interface IntrinsicElements {
//         'transcript-player': React.DetailedHTMLProps<React.HTMLAttributes<TranscriptPlayerElement>, TranscriptPlayerElement> & {
//           src?: string; captions?: string; poster?: string; theme?: 'light' | 'dark';
//           transcriptLabel?: string; loadTimeout?: number;
//           'ontranscript-cuechange'?: (event: TranscriptCueChangeEvent) => void;
//           'ontranscript-seek'?: (event: TranscriptSeekEvent) => void;
//         };
//       }
//     }
//   }
import {useRef, useState} from 'react';
import 'transcript-player'; // defines <transcript-player> once

/** @typedef {import('transcript-player').TranscriptCueChangeEvent} TranscriptCueChangeEvent */
/** @typedef {import('transcript-player').TranscriptSeekEvent} TranscriptSeekEvent */

export function Editorial({media = '/media/uprooting-isis.mp4', captions = '/captions/uprooting-isis.en.vtt'}) {
  /** @type {React.RefObject<import('transcript-player').TranscriptPlayerElement | null>} */
  const player = useRef(null);
  const [line, setLine] = useState('');
  const [allowSeeking, setAllowSeeking] = useState(false);
  const [asked, setAsked] = useState('');

  return (
    <>
      <transcript-player
        ref={player}
        src={media}
        captions={captions}
        transcriptLabel="Transcript"
        loadTimeout={30000}
        ontranscript-cuechange={(/** @type {TranscriptCueChangeEvent} */ event) => setLine(event.cues[0]?.text ?? '')}
        ontranscript-seek={(/** @type {TranscriptSeekEvent} */ event) => {
          setAsked(`${event.time.toFixed(2)} s: ${event.cue.text}`);
          // Cancelable: the element does not seek when the listener says no.
          if (!allowSeeking) event.preventDefault();
        }}
      />
      <p aria-live="polite" data-now>
        Now: {line}
      </p>
      <p data-asked>Asked to play from {asked}</p>
      <label>
        <input type="checkbox" checked={allowSeeking} onChange={(event) => setAllowSeeking(event.target.checked)} /> Let
        the transcript seek
      </label>
      <button type="button" onClick={() => player.current && (player.current.currentTime = 60)}>
        Jump to 1:00
      </button>
    </>
  );
}
