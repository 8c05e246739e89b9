import {TranscriptPlayerElement} from './transcript-player.js';

const TAG = 'transcript-player';

// A second copy of the bundle on one page must not throw.
if (!customElements.get(TAG)) customElements.define(TAG, TranscriptPlayerElement);

declare global {
  interface HTMLElementTagNameMap {
    'transcript-player': TranscriptPlayerElement;
  }
}

export {TranscriptPlayerElement};
