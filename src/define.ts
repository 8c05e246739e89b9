import {TranscriptPlayerElement} from './transcript-player.js';

// A second copy of the bundle on one page must not throw. The tag is written out (not a constant)
// so the custom-elements manifest analyzer can read it.
if (!customElements.get('transcript-player')) customElements.define('transcript-player', TranscriptPlayerElement);

declare global {
  interface HTMLElementTagNameMap {
    'transcript-player': TranscriptPlayerElement;
  }
}

export {TranscriptPlayerElement};
