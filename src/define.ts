import {TranscriptPlayerElement} from './transcript-player.js';

// Defined only where there is a DOM (a browser, or jsdom and the like). On a server, Lit's Node
// build puts a registry of its own on globalThis (from @lit-labs/ssr-dom-shim) but no
// HTMLElement: staying out of it means a server render, Lit SSR included, leaves
// <transcript-player> and its children as written (the native media, a plain-HTML transcript)
// instead of rendering a shadow root that video.js cannot fill there.
// A second copy of the bundle on one page must not throw. The tag is written out (not a constant)
// so the custom-elements manifest analyzer can read it.
if (
  typeof customElements !== 'undefined' &&
  typeof HTMLElement !== 'undefined' &&
  !customElements.get('transcript-player')
) {
  customElements.define('transcript-player', TranscriptPlayerElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'transcript-player': TranscriptPlayerElement;
  }
}

export {TranscriptPlayerElement};
