// video.js draws its SVG icons (we turn them on: `experimentalSvgIcons`) from one sprite of 48
// symbols, a string inside its code (`var icons = "<svg …"`) that it puts into every player. Our
// player shows about twenty of them; the rest (share buttons, skip 5/10/30 s, casting, downloads …)
// cost about 5 KB gzip. This takes those symbols out of the string as video.js is bundled (the
// single file, the npm entries, the demo and the tests alike) and changes nothing else. A
// video.js whose sprite is not as expected fails the build rather than losing an icon unnoticed.
import {readFile} from 'node:fs/promises';

/**
 * The symbols no component of our player shows (the names after `vjs-icon-`). The ones it does
 * show are those Component#setIcon() is called with for the player's default children, except:
 * @type {readonly {names: readonly string[], why: string}[]}
 */
export const UNUSED_ICONS = [
  {
    names: ['facebook', 'linkedin', 'twitter', 'tumblr', 'pinterest', 'share'],
    why: 'share buttons: video.js has none (the symbols are for apps and plugins)',
  },
  {
    names: ['replay-5', 'replay-10', 'replay-30', 'forward-5', 'forward-10', 'forward-30'],
    why: 'skip buttons, present only with the `controlBar.skipButtons` option',
  },
  {
    names: ['downloading', 'file-download', 'file-download-done', 'file-download-off'],
    why: 'downloads: no video.js component',
  },
  {names: ['cast', 'next-item', 'previous-item', 'shuffle', 'repeat'], why: 'casting and playlists: plugins'},
  {
    names: ['cog'],
    why: 'the caption settings item, which video.js leaves out with native text tracks (we force them)',
  },
  {
    names: ['play-circle', 'spinner', 'hd', 'square', 'circle-outline', 'circle-inner-circle'],
    why: 'no component sets them (the loading spinner is drawn in CSS)',
  },
];

const SPRITE = /\bvar icons = ("(?:[^"\\]|\\.)*");/g;

/**
 * video.js's source with the unused symbols taken out of its icon sprite.
 * @param {string} source video.js's dist build
 */
export function pruneIconSprite(source) {
  const found = [...source.matchAll(SPRITE)];
  if (found.length !== 1)
    throw new Error(`video.js's icon sprite: expected one \`var icons = "…"\`, found ${found.length}`);
  const [literal, quoted] = found[0];
  /** @type {string} */
  let sprite = JSON.parse(quoted);
  for (const name of UNUSED_ICONS.flatMap(({names}) => names)) {
    const symbol = new RegExp(`\\s*<symbol [^>]*\\bid="vjs-icon-${name}"[^>]*>[\\s\\S]*?</symbol>`, 'g');
    const count = sprite.match(symbol)?.length ?? 0;
    if (count !== 1) throw new Error(`video.js's icon sprite: expected one symbol vjs-icon-${name}, found ${count}`);
    sprite = sprite.replace(symbol, '');
  }
  const index = /** @type {number} */ (found[0].index);
  return `${source.slice(0, index)}var icons = ${JSON.stringify(sprite)};${source.slice(index + literal.length)}`;
}

const SETTINGS_FROM = '  class TextTrackSelect extends Component {';
const SETTINGS_TO = "Component.registerComponent('TextTrackSettings', TextTrackSettings);";

/**
 * video.js's source without its caption settings dialog (TextTrackSettings and the selects,
 * fieldsets, colours and fonts it is made of; about 2.5 KB gzip): it opens only from a menu item
 * that video.js leaves out with native text tracks, which the adapter forces, and the adapter
 * turns the component off. Nothing outside that stretch refers to what it defines; throws if
 * video.js no longer has it, so an upgrade is noticed.
 * @param {string} source
 */
export function pruneTextTrackSettings(source) {
  const from = source.indexOf(SETTINGS_FROM);
  const to = source.indexOf(SETTINGS_TO);
  if (from < 0 || to < from) throw new Error("video.js's caption settings dialog is not where it was: check the prune");
  return source.slice(0, from) + source.slice(to + SETTINGS_TO.length);
}

/** @type {import('esbuild').Plugin} */
export const videoJsIconsPlugin = {
  name: 'video-js-icons',
  setup(build) {
    build.onLoad({filter: /[\\/]video\.js[\\/]dist[\\/]alt[\\/]video\.core\.novtt\.js$/}, async ({path}) => ({
      contents: pruneTextTrackSettings(pruneIconSprite(await readFile(path, 'utf8'))),
      loader: 'js',
    }));
  },
};
