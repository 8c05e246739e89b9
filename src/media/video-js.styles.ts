import {css, unsafeCSS} from 'lit';
import videoJsSource from 'video.js/dist/video-js.min.css';

/** video.js's own stylesheet, adopted into the element's shadow root. */
export const videoJsCss = unsafeCSS(videoJsSource);

/**
 * Our rules over video.js's skin: its box and sizing inside the element, focus, and where native
 * captions sit. Uses the theme's private custom properties (--_accent, --_radius).
 */
export const videoJsSkin = css`
  .player-host {
    border-radius: var(--_radius);
    overflow: hidden;
    background: #000;
  }
  .audio .player-host {
    background: transparent;
  }
  /* video.js sizes itself through styles it injects into document.head, which we turn off. */
  .video-js {
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
  }
  .video-js.vjs-audio-only-mode {
    aspect-ratio: auto;
    height: 3em;
    border-radius: var(--_radius);
  }
  .video-js .vjs-big-play-button {
    inset: 0;
    margin: auto;
  }
  .video-js :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
  }
  /* Native captions clear video.js's control bar (3em of its 10px font, 30px) while it shows.
     video.js lifts them with a transform on ::-webkit-media-text-track-display, which only
     Chromium honours; Chromium and WebKit both honour one on the container, so lift that
     instead. Firefox has neither pseudo-element: there the cues themselves must sit higher
     (their line setting, where the caption track is mirrored). */
  .video-js video::-webkit-media-text-track-display,
  .video-js.vjs-controls-disabled video::-webkit-media-text-track-display,
  .video-js.vjs-user-inactive.vjs-playing video::-webkit-media-text-track-display {
    transform: none;
  }
  .video-js video::-webkit-media-text-track-container {
    transform: translateY(-40px);
  }
  .video-js.vjs-controls-disabled video::-webkit-media-text-track-container,
  .video-js.vjs-user-inactive.vjs-playing video::-webkit-media-text-track-container {
    transform: translateY(-10px);
  }
`;
