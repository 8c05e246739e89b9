import {css, unsafeCSS} from 'lit';
import videoJsSource from 'video.js/dist/video-js.min.css';

/**
 * video.js's own stylesheet, adopted into the element's shadow root. The import gets it without the
 * rules our player can never match (scripts/prune-video-js-css.mjs).
 */
export const videoJsCss = unsafeCSS(videoJsSource);

/**
 * Our rules over video.js's skin: its box and sizing inside the element, focus, and where native
 * captions sit. Uses the theme's private custom properties (--_accent, --_radius).
 */
export const videoJsSkin = css`
  /* clip, not hidden: a control or menu past the edge can never scroll the video aside. The
     container sizes the menus below. */
  .player-host {
    border-radius: var(--_radius);
    overflow: clip;
    background: #000;
    container-type: inline-size;
  }
  /* The audio bar is the whole player: its menus open downwards, over the transcript. */
  .audio .player-host {
    background: transparent;
    overflow: visible;
    position: relative;
    z-index: 1;
  }
  .vjs-audio-only-mode .vjs-control-bar {
    border-radius: inherit;
  }
  .vjs-audio-only-mode .vjs-menu-button-popup .vjs-menu {
    top: 100%;
  }
  .vjs-audio-only-mode .vjs-menu-button-popup .vjs-menu .vjs-menu-content {
    bottom: auto;
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
  /* video.js shows its control bar only once playback has started: captions, speed and
     chapters could not be set before. Bar and menus are darker and less see-through than
     video.js's, so that rings, tracks and text keep their contrast over bright video or page. */
  .video-js .vjs-control-bar {
    display: flex;
  }
  .video-js .vjs-control-bar,
  .vjs-menu-button-popup .vjs-menu .vjs-menu-content {
    background: rgb(28 33 41 / 0.9);
  }
  /* video.js's buttons are 4em (40px) and never shrink: at 320px the bar needs 363px and clips
     Picture-in-Picture and Fullscreen. They give way down to 24px first. */
  .vjs-control-bar > .vjs-button {
    flex: 0 1 4em;
    min-width: 2.4em;
  }
  /* video.js's menu items are 21.6px tall: 24px is the least target. Its menus are up to 15em
     tall, taller than the space above the bar at 320px (the video is 16:9). */
  .vjs-menu li {
    padding: 0.4em 0;
  }
  .vjs-menu-button-popup .vjs-menu .vjs-menu-content {
    max-height: min(15em, 56.25cqw - 3.5em);
  }
  /* Focus: video.js draws a faint glow, and the theme's accent is 2.1-2.5:1 against the bar. A
     white ring with a black one inside it keeps 3:1 on the bar, its menus and a white (selected)
     menu item alike, whatever the theme. Sliders, 3px thin, get it outside, at once (video.js
     transitions all of the progress bar's properties). */
  .video-js :focus-visible {
    outline: 2px solid #fff;
    outline-offset: -2px;
    box-shadow: inset 0 0 0 4px #000;
  }
  .video-js .vjs-slider:focus-visible {
    outline-offset: 3px;
    box-shadow: none;
    transition: none;
  }
  /* video.js's slider tracks are 1.4-1.6:1 against the bar; this grey is 3:1 against the bar and
     against the white level. */
  .video-js .vjs-slider {
    background: #8a93a0;
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
