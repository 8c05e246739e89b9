// video.js's stylesheet styles every component and option video.js has; the player we build
// (src/media/video-js-adapter.ts) uses a fixed few of them, inside a shadow root. This drops the
// selectors that can never match there, so the bundle does not carry them: a rule goes when none
// of its selectors is left, an at-rule when none of its rules is. A selector is dropped only for
// something it requires to be present (what sits inside `:not(…)` never counts), so a rule that
// does apply keeps its exact selectors and declarations.
import postcss from 'postcss';

/**
 * What makes a selector dead in our player, and why. Each pattern is tested against the selector
 * with its `:not(…)` groups taken out.
 * @type {readonly {pattern: RegExp, why: string}[]}
 */
export const UNUSED_SELECTORS = [
  {
    pattern: /\.vjs-icon-(?!placeholder\b)/,
    why: 'the icon font\'s utility classes (.vjs-icon-play …): no element carries them; with SVG icons "vjs-icon-…" names only SVG symbols',
  },
  {
    pattern: /^(?!.*\.vjs-audio-button\s*\+).*\.vjs-icon-placeholder:before$/,
    why: "the icon font's glyphs: with SVG icons every placeholder is a .vjs-svg-icon, whose ::before is content:none !important (only audio-description menu items keep a font placeholder)",
  },
  {
    pattern: /\.vjs-layout-/,
    why: 'breakpoint classes, set only with the `responsive` option',
  },
  {
    pattern: /\.vjs-(?:fluid|fill|1-1|16-9|4-3|9-16)\b/,
    why: 'fluid, fill and aspect-ratio sizing: we pass fluid and fill false and no aspectRatio; our stylesheet sizes the player',
  },
  {
    pattern: /\.vjs-(?:text-)?track-setting/,
    why: 'the caption settings dialog: only its menu item opens it, and video.js leaves that item out with native text tracks, which we force',
  },
  {
    pattern: /\.vjs-title-bar/,
    why: 'the title bar stays hidden: it shows only once player.titleBar.update() gives it a title, which we never call',
  },
  {
    pattern: /\.vjs-skip-(?:forward|backward)-/,
    why: 'skip buttons, present only with the `controlBar.skipButtons` option',
  },
  {
    pattern: /\.vjs-transient-button/,
    why: 'TransientButton, a component an app adds itself; ours never does',
  },
  {
    pattern: /\.vjs-spatial-navigation-enabled/,
    why: 'the `spatialNavigation` option (TV remotes), off',
  },
  {
    pattern: /\.vjs-pip-(?:container|window)/,
    why: 'Document Picture-in-Picture, only with the `enableDocumentPictureInPicture` option',
  },
  {
    pattern: /^body\b|\.vjs-full-window/,
    why: "classes video.js puts on the document's <body> (full-window mode): outside our shadow root, where no selector of it can reach",
  },
  {
    pattern: /\.js-focus-visible|\.focus-visible/,
    why: "the focus-visible polyfill's classes, set on the document root: outside our shadow root",
  },
  {
    pattern: /\.vjs-liveui/,
    why: 'the live UI, only with the `liveui` option',
  },
  {
    pattern: /\.vjs-(?:volume|slider)-vertical|\.vjs-volume-panel-vertical/,
    why: 'the vertical volume slider, only with `volumePanel: {inline: false}`',
  },
  {
    pattern: /\.vjs-menu-button-inline/,
    why: "inline menu buttons, only with a menu button's `inline` option; all of ours pop up",
  },
  {
    pattern: /\.vjs-no-js/,
    why: "video.js's no-JavaScript fallback message, which is not in our markup",
  },
  {
    pattern: /\.vjs-show-big-play-button-on-pause/,
    why: 'the `bigPlayButton` show-on-pause option, off',
  },
  {
    pattern: /\.vjs-audio-poster-mode/,
    why: 'the `audioPosterMode` option, off',
  },
];

/** @param {string} selector */
const withoutNegations = (selector) => selector.replace(/:not\([^()]*(?:\([^()]*\)[^()]*)*\)/g, '');

/** @param {string} selector */
export const isUnusedSelector = (selector) =>
  UNUSED_SELECTORS.some(({pattern}) => pattern.test(withoutNegations(selector.trim())));

/**
 * video.js's stylesheet without what our player never uses, minified as it came.
 * @param {string} css
 */
export function pruneVideoJsCss(css) {
  const root = postcss.parse(css);
  // The VideoJS icon font (a data: URI): we use its SVG icons, and an @font-face in a shadow root
  // is ignored anyway.
  root.walkAtRules('font-face', (rule) => void rule.remove());
  root.walkRules((rule) => {
    // Keyframe steps (from, 50% …) are not selectors.
    if (rule.parent?.type === 'atrule' && /keyframes$/.test(/** @type {import('postcss').AtRule} */ (rule.parent).name))
      return;
    const kept = rule.selectors.filter((selector) => !isUnusedSelector(selector));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selector = kept.join(',');
  });
  root.walkAtRules((rule) => {
    if (rule.nodes && rule.nodes.length === 0) rule.remove();
  });
  return root.toString();
}
