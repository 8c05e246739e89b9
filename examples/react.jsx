// React 19 renders custom elements natively: string props become attributes, other props are set
// as properties, and `on<event-name>` props listen for that exact event name (case kept).
// npm install transcript-player react react-dom
//
// TypeScript: add the element to JSX once, for example in a global .d.ts:
//   import type {TranscriptPlayerElement, TranscriptSeekEvent} from 'transcript-player';
//   declare module 'react' {
//     namespace JSX {
//       interface IntrinsicElements {
//         'transcript-player': React.DetailedHTMLProps<React.HTMLAttributes<TranscriptPlayerElement>, TranscriptPlayerElement> & {
//           src?: string; captions?: string; poster?: string; theme?: 'light' | 'dark';
//           'transcript-label'?: string;
//           'ontranscript-seek'?: (event: TranscriptSeekEvent) => void;
//         };
//       }
//     }
//   }
import {useRef, useState} from 'react';
import 'transcript-player'; // defines <transcript-player> once

export function Editorial({allowSeeking = true}) {
  const player = useRef(null);
  const [line, setLine] = useState('');

  return (
    <>
      <transcript-player
        ref={player}
        theme="dark"
        transcript-label="Transcript"
        ontranscript-cuechange={(event) => setLine(event.cues[0]?.text ?? '')}
        ontranscript-seek={(event) => {
          // Cancelable: the element does not seek when the listener says no.
          if (!allowSeeking) event.preventDefault();
        }}
      >
        <video controls preload="metadata" poster="/media/uprooting-isis.jpg">
          <source src="/media/uprooting-isis.mp4" type="video/mp4" />
          <track kind="captions" src="/captions/uprooting-isis.en.vtt" srcLang="en" label="English" default />
        </video>
      </transcript-player>
      <p aria-live="polite">Now: {line}</p>
      <button type="button" onClick={() => (player.current.currentTime = 60)}>
        Jump to 1:00
      </button>
    </>
  );
}
