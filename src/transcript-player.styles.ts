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
  --_match-bg: var(--transcript-player-match-background, #6b5600);
  --_current-match-bg: var(--transcript-player-current-match-background, #c77d00);
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
    --_match-bg: var(--transcript-player-match-background, #fce48a);
    --_current-match-bg: var(--transcript-player-current-match-background, #f5a623);
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
  /* The player's box before video.js fills it, so nothing below moves when it does. */
  .video .player-host:empty {
    aspect-ratio: 16 / 9;
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
    padding-block: 0.4rem;
    padding-inline: 1rem 0.75rem;
    border-bottom: 1px solid var(--_border);
    position: relative;
  }
  /* Over the header's bottom border while a long transcript loads: it moves nothing. */
  [part='progress'] {
    position: absolute;
    inset: auto 0 -3px;
    width: 100%;
    height: 5px;
    accent-color: var(--_accent);
    /* Its value changes many times a second: no change inside it reaches the layout around it. */
    contain: strict;
  }
  .heading {
    margin: 0;
    margin-inline-end: auto;
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
    /* Logical sides (and the grid's columns) mirror in a right-to-left transcript. */
    padding-block: 0.35rem;
    padding-inline: 0.75rem 1rem;
    cursor: pointer;
    border-radius: 4px;
    margin: 0 0.25rem;
  }
  /* Long transcripts: groups of lines off screen skip style, layout and paint. */
  .chunk {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 100em;
  }
  /* The place of a group whose lines are not made yet, holding their words: a full group's
     estimated height, and no layout of its words while off screen. */
  .pending {
    block-size: 100em;
    overflow: clip;
    white-space: pre-line;
    padding-inline: 1rem;
    content-visibility: auto;
    contain-intrinsic-block-size: 100em;
  }
  .cue:hover {
    background: color-mix(in srgb, var(--_active-bg) 55%, transparent);
  }
  .cue[aria-current='true'] {
    background: var(--_active-bg);
    /* A bar as well as the colour, drawn inside the box so nothing shifts. */
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  .cue[aria-current='true']:dir(rtl) {
    box-shadow: inset -4px 0 0 var(--_accent);
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
  /* Search matches (CSS Custom Highlight API, no DOM change per keystroke). The current one
     differs by more than colour: it is underlined too. Dark text on both, in either scheme. */
  ::highlight(transcript-player-match) {
    background-color: var(--_match-bg);
    color: var(--_fg);
  }
  ::highlight(transcript-player-current-match) {
    background-color: var(--_current-match-bg);
    color: #17181b;
    text-decoration: underline 2px;
  }
  /* A chapter's heading, before its first line. */
  .chapter {
    margin: 0.9rem 1rem 0.3rem;
    font-size: 0.95rem;
    font-weight: 700;
    line-height: 1.3;
  }
  .chapter-group:first-child .chapter {
    margin-top: 0.3rem;
  }
  .chapter[aria-current='true'] {
    color: var(--_accent);
  }
  .chapter[aria-current='true']::before {
    content: '';
    display: inline-block;
    width: 0.5em;
    height: 0.5em;
    margin-right: 0.4em;
    border-radius: 50%;
    background: currentColor;
    vertical-align: 0.1em;
  }
  /* "Show times" off: the text takes the whole line. */
  :host([hide-times]) .cue {
    grid-template-columns: 1fr;
  }
  :host([hide-times]) .cue > * {
    grid-column: 1;
  }
  :host([hide-times]) .cue .time {
    display: none;
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
    border-inline-start: 4px solid currentColor;
    font-size: 0.9rem;
    user-select: text;
  }
  ::slotted(*),
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
  :is(.header, .toolbar, dialog, .scroller) :is(button, summary) {
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
  :is(.header, .toolbar, dialog, .scroller) :is(button, summary):focus-visible,
  .toolbar :is(input, select):focus-visible {
    outline: 3px solid var(--_fg);
    outline-offset: 2px;
  }
  /* The toolbar: one row under the header that wraps; every target at least 28px high. */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 0.6rem;
    padding: 0.4rem 0.75rem;
    border-bottom: 1px solid var(--_border);
    font-size: 0.85rem;
    overflow-wrap: normal;
  }
  .toolbar :is(button, summary, input, select) {
    min-height: 28px;
    box-sizing: border-box;
  }
  .search-tool {
    display: flex;
    align-items: center;
    gap: 0.3rem;
    flex: 1 1 15rem;
    min-width: 0;
  }
  .toolbar :is(input, select) {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: 6px;
    padding: 0.15rem 0.45rem;
  }
  .search-tool input {
    flex: 1 1 8rem;
    min-width: 5rem;
  }
  /* Narrow: the chapter shares its row with a switch rather than taking one of its own. */
  .toolbar select {
    flex: 1 1 9rem;
    min-width: 0;
    max-width: 16rem;
  }
  .search-count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .toolbar .icon {
    min-width: 28px;
    padding: 0;
    display: inline-grid;
    place-items: center;
    color: var(--_fg);
    background: transparent;
    border: 1px solid var(--_muted);
    border-radius: 6px;
  }
  .toolbar .icon:disabled {
    opacity: 0.5;
    cursor: default;
  }
  /* A switch: its name beside a track whose knob moves, and a filled track when on. */
  .toolbar .switch {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    padding: 0 0.3rem;
    color: var(--_fg);
    background: transparent;
    border: 0;
    border-radius: 6px;
    font-weight: 500;
  }
  .switch .track {
    position: relative;
    width: 2rem;
    height: 1.1rem;
    box-sizing: border-box;
    border: 1px solid var(--_muted);
    border-radius: 999px;
    background: var(--_bg);
  }
  .switch .track::after {
    content: '';
    position: absolute;
    top: 2px;
    left: 2px;
    width: calc(1.1rem - 6px);
    height: calc(1.1rem - 6px);
    border-radius: 50%;
    background: var(--_muted);
  }
  .switch[aria-checked='true'] .track {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .switch[aria-checked='true'] .track::after {
    left: calc(2rem - 1.1rem + 2px);
    background: var(--_bg);
  }
  /* The toolbar's chapter control does the job of video.js's Chapters menu (see render()). */
  .own-chapters .vjs-chapters-button {
    display: none !important;
  }
  /* Where the search's matches are said, on video.js's progress bar. */
  .transcript-marks {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .transcript-mark {
    position: absolute;
    top: -3px;
    bottom: -3px;
    width: 3px;
    transform: translateX(-50%);
    background: var(--_current-match-bg);
    box-shadow: 0 0 0 1px #17181b;
    border-radius: 1px;
  }
  /* Download: a disclosure whose two choices drop down under it. */
  /* Its room is kept while there is nothing to download yet: its arrival moved the buttons
     before it (a layout shift). */
  .download.waiting,
  .toolbar select.waiting {
    visibility: hidden;
  }
  .download {
    position: relative;
  }
  .download summary {
    list-style: none;
  }
  .download summary::-webkit-details-marker {
    display: none;
  }
  .download > div {
    position: absolute;
    inset-inline-end: 0;
    top: calc(100% + 4px);
    z-index: 2;
    display: grid;
    gap: 0.35rem;
    padding: 0.4rem;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 8px;
    white-space: nowrap;
  }
  /* One "Copy link" button, on the line the pointer or focus is on. */
  .share {
    position: absolute;
    right: 0.6rem;
  }
  /* On the side where a right-to-left transcript's lines end. */
  .cues:dir(rtl) ~ .share {
    right: auto;
    left: 0.6rem;
  }
  /* The language control: a native select, as tall as the header's buttons. */
  .language {
    font: inherit;
    font-size: 0.85rem;
    min-height: 1.75rem;
    padding: 0.1rem 0.4rem;
    border: 1px solid var(--_accent);
    border-radius: 6px;
    color: var(--_fg);
    background: var(--_bg);
    cursor: pointer;
  }
  .language:focus-visible {
    outline: 3px solid var(--_fg);
    outline-offset: 2px;
  }
  .copy-field {
    display: grid;
    gap: 0.25rem;
    margin: 0.6rem 0.75rem 0;
    font-size: 0.9rem;
  }
  .copy-field textarea {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: 4px;
    resize: vertical;
  }
  .copy-field textarea:focus-visible {
    outline: 3px solid var(--_accent);
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
      border-inline-start: 4px solid Highlight;
      padding-inline-start: calc(0.75rem - 4px);
    }
  }
`;

/* Printed: the whole transcript, black on white, every line (no scroll box, nothing skipped by
   content-visibility), without the player or any control. */
const print = css`
  @media print {
    :host {
      --_fg: #000 !important;
      --_bg: #fff !important;
      --_muted: #000 !important;
      --_accent: #000 !important;
      --_active-bg: #fff !important;
      color-scheme: light !important;
    }
    .player,
    .toolbar,
    .header :is(button, details),
    .share,
    .copy-field,
    .status,
    .time .sr,
    dialog {
      display: none !important;
    }
    .layout,
    .transcript,
    .scroller {
      display: block !important;
      contain: none !important;
      overflow: visible !important;
      height: auto !important;
      min-height: 0 !important;
      max-height: none !important;
      border: 0 !important;
    }
    .chunk {
      content-visibility: visible;
    }
    /* Lines not made yet print as their words, at their own height. */
    .pending {
      content-visibility: visible;
      block-size: auto;
      overflow: visible;
    }
    .cue {
      break-inside: avoid;
      box-shadow: none !important;
    }
    .chapter {
      break-after: avoid;
      color: #000 !important;
    }
    .chapter::before {
      display: none !important;
    }
    .cue[aria-current='true'] .text {
      text-decoration: none;
    }
    .heading .sr {
      position: static;
      clip-path: none;
      width: auto;
      height: auto;
    }
    ::highlight(transcript-player-word),
    ::highlight(transcript-player-match),
    ::highlight(transcript-player-current-match) {
      background-color: transparent;
      color: inherit;
      text-decoration: none;
    }
  }
`;

export const styles = [videoJsCss, theme, layout, videoJsSkin, transcript, fullscreen, print];
