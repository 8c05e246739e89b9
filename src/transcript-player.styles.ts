import {css} from 'lit';
import {videoJsCss, videoJsSkin} from './media/video-js.styles.js';

// The custom properties are documented (@cssprop) on TranscriptPlayerElement, where the manifest
// analyzer reads them. Each public `--transcript-player-*` property feeds a private `--_*` one.
const darkScheme = css`
  --_accent: var(--transcript-player-accent, #8fb8f6);
  --_active-bg: var(--transcript-player-active-background, #1f3350);
  --_bg: var(--transcript-player-background, #17181b);
  --_fg: var(--transcript-player-color, #ececef);
  --_muted: var(--transcript-player-muted-color, #a9a9b2);
  --_error-bg: #3b1613;
  --_error-fg: #ffc9c2;
  color-scheme: dark;
`;

const theme = css`
  :host {
    --_accent: var(--transcript-player-accent, #1a5fb4);
    --_active-bg: var(--transcript-player-active-background, #e5eefb);
    --_bg: var(--transcript-player-background, #ffffff);
    --_fg: var(--transcript-player-color, #1c1c1e);
    --_muted: var(--transcript-player-muted-color, #59595f);
    --_border: color-mix(in srgb, var(--_fg) 16%, transparent);
    --_error-bg: #fdecea;
    --_error-fg: #8a1c12;
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${darkScheme}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkScheme}
    }
  }
`;

const layout = css`
  :host {
    display: block;
    font: var(--transcript-player-font, 400 1rem/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    color: var(--_fg);
    --_radius: var(--transcript-player-radius, 10px);
    --_height: var(--transcript-player-transcript-height, 20rem);
    --_breakpoint: var(--transcript-player-breakpoint, 46rem);
  }
  :host([hidden]) {
    display: none;
  }
  [hidden] {
    display: none !important;
  }
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: stretch;
  }
  /* Side by side above the breakpoint, stacked below it, without a media query, so the
     breakpoint can be a custom property and follows the element's own width. */
  .player {
    flex: 3 1 calc((var(--_breakpoint) - 100%) * 999);
    min-width: 0;
  }
  .transcript {
    flex: 2 1 calc((var(--_breakpoint) - 100%) * 999);
    /* Its border inside that 100%, or it pokes out of a narrow element. */
    box-sizing: border-box;
    min-width: min(100%, 16rem);
  }
  .layout.audio {
    flex-direction: column;
    align-items: stretch;
  }
  .layout.audio > * {
    flex: 0 0 auto;
  }
`;

// Fullscreen shows the whole element: video and transcript side by side, filling the screen.
const fullscreen = css`
  :host(:fullscreen) {
    background: var(--_bg);
    padding: 1rem;
    box-sizing: border-box;
  }
  :host(:fullscreen) .layout {
    height: 100%;
    flex-wrap: nowrap;
    align-items: stretch;
  }
  :host(:fullscreen) .player {
    flex: 1 1 auto;
    display: flex;
    align-items: center;
  }
  :host(:fullscreen) .player-host {
    width: 100%;
  }
  :host(:fullscreen) .video-js {
    max-height: calc(100vh - 2rem);
  }
  :host(:fullscreen) .transcript {
    flex: 0 0 min(30rem, 36%);
    min-height: 0;
    height: 100%;
  }
  :host(:fullscreen) .layout.audio {
    flex-direction: column;
  }
  :host(:fullscreen) .layout.audio .transcript {
    flex: 1 1 auto;
    max-height: none;
  }
`;

const transcript = css`
  .transcript {
    display: flex;
    flex-direction: column;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* Size containment: beside the video the panel takes the video's height (stretch) instead
       of growing with its lines; stacked, its min-height is its height. */
    contain: size;
    min-height: var(--_height);
    overflow: hidden;
    position: relative;
    /* A word or speaker name wider than the panel breaks anywhere; others wrap at spaces. */
    overflow-wrap: anywhere;
  }
  .audio .transcript {
    contain: none;
    min-height: 0;
    max-height: var(--_height);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    padding: 0.4rem 0.75rem 0.4rem 1rem;
    border-bottom: 1px solid var(--_border);
  }
  .heading {
    margin: 0 auto 0 0;
    font-size: 0.95rem;
    font-weight: 600;
    letter-spacing: 0.06em;
    /* Capitals from the font, not text-transform: Chromium puts transformed text in the name. */
    font-variant-caps: all-small-caps;
    color: var(--_muted);
  }
  .scroller {
    overflow-y: auto;
    overscroll-behavior: contain;
    flex: 1 1 auto;
    min-height: 6rem;
    position: relative;
  }
  /* The size-contained panel's list fills what the heading leaves. Without this, when the
     panel's height comes from its min-height (stacked, or beside a short video), Firefox and
     WebKit make the list as tall as all its lines, cut off by the panel, and it cannot scroll. */
  .layout:not(.audio) .scroller {
    contain: size;
  }
  .cues {
    margin: 0;
    padding: 0.4rem 0;
    font-size: var(--transcript-player-font-size, 1rem);
    container-type: inline-size;
  }
  .cue {
    color: inherit;
    text-decoration: none;
    display: grid;
    grid-template-columns: 3.2em 1fr;
    column-gap: 0.5rem;
    padding: 0.35rem 1rem 0.35rem 0.75rem;
    cursor: pointer;
    border-radius: 4px;
    margin: 0 0.25rem;
  }
  /* Long transcripts: groups of lines off screen skip style, layout and paint. */
  .chunk {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 100em;
  }
  .cue:hover {
    background: color-mix(in srgb, var(--_active-bg) 55%, transparent);
  }
  .cue[aria-current='true'] {
    background: var(--_active-bg);
    /* A bar as well as the colour, drawn inside the box so nothing shifts. */
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  .cue[aria-current='true'] .text {
    text-decoration: underline;
    text-decoration-color: color-mix(in srgb, var(--_accent) 60%, transparent);
    text-decoration-thickness: 2px;
    text-underline-offset: 0.25em;
  }
  /* The word being spoken (CSS Custom Highlight API: no DOM change per word), at 3:1 or more
     against the line. */
  ::highlight(transcript-player-word) {
    background-color: var(--transcript-player-word-background, var(--_accent));
    color: var(--transcript-player-word-color, var(--_bg));
  }
  .cue:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
  }
  /* Speaker and text in the second column, the time beside both. */
  .cue > * {
    grid-column: 2;
  }
  .time {
    grid-area: span 2 / 1;
    font-variant-numeric: tabular-nums;
    font-size: 0.85em;
    color: var(--_muted);
    padding-top: 0.1em;
  }
  .cue[aria-current='true'] .time {
    color: var(--_accent);
    font-weight: 600;
  }
  .speaker {
    font-size: 0.85em;
    font-weight: 600;
    font-variant-caps: all-small-caps;
    letter-spacing: 0.05em;
    color: var(--_muted);
  }
  /* Heard too: "Narrator: Though ISIS lost…". */
  .speaker::after {
    content: ':';
  }
  /* For screen readers only (and left out of copied text). */
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    user-select: none;
  }
  .error {
    margin: 0.6rem 0.75rem 0;
    padding: 0.5rem 0.75rem;
    border-radius: 6px;
    background: var(--_error-bg);
    color: var(--_error-fg);
    border-left: 4px solid currentColor;
    font-size: 0.9rem;
    user-select: text;
  }
  .empty {
    margin: 0.75rem 1rem;
    color: var(--_muted);
  }
  /* Always there (a live region must exist before it speaks); only its text takes room. */
  .status {
    margin: 0;
    padding: 0 1rem;
    color: var(--_muted);
  }
  .status:not(:empty) {
    padding: 0.75rem 1rem;
  }
  :is(.header, dialog) button {
    font: inherit;
    font-size: 0.85rem;
    font-weight: 600;
    padding: 0.2rem 0.75rem;
    border-radius: 999px;
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_bg);
    cursor: pointer;
    /* Words whole: the panel breaks long words anywhere. */
    overflow-wrap: normal;
  }
  :is(.header, dialog) button:focus-visible {
    outline: 3px solid var(--_fg);
    outline-offset: 2px;
  }
  dialog {
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
  }
  /* Narrow, or large text: the time goes above the text, which gets the whole width. */
  @container (width < 16em) {
    .cue,
    .cue > * {
      display: block;
    }
  }
  /* Forced colours drop backgrounds and shadows: the line being spoken keeps a bar (a border,
     which they keep) and its underline; focus is the outline around the whole line. */
  @media (forced-colors: active) {
    .cue[aria-current='true'] {
      border-left: 4px solid Highlight;
      padding-left: calc(0.75rem - 4px);
    }
  }
`;

export const styles = [videoJsCss, theme, layout, videoJsSkin, transcript, fullscreen];
