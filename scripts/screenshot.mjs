// `npm run screenshot [-- URL OUT.png TIME]`: the demo as a reader sees it, playing at TIME s, in
// Chromium (docs/screenshot.png). `--engines=chromium,firefox,webkit --widths=1280,390 --out=DIR`
// takes one per engine and width instead (DIR/ENGINE-WIDTH.png), to look at each engine.
// `--search=QUERY` searches the transcript for QUERY (and moves to its second match) first.
import {launchEngine, missing} from './bench-engines.mjs';

/** @param {string} name */
const flag = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const [url = 'http://127.0.0.1:8000/', out = 'docs/screenshot.png', at = '21.5'] = process.argv
  .slice(2)
  .filter((arg) => !arg.startsWith('--'));
const engines = /** @type {import('./bench-engines.mjs').EngineName[]} */ ((flag('engines') ?? 'chromium').split(','));
const widths = (flag('widths') ?? '1280').split(',').map(Number);
const dir = flag('out');
const query = flag('search');

/** @param {string} text */
async function search(text) {
  const player = document.querySelector('transcript-player');
  if (!player) throw new Error('no <transcript-player> on the page');
  player.search(text);
  // The field as a reader leaves it: focused, with the current match moved on once.
  const field = player.shadowRoot?.querySelector('[part~="search"]');
  if (field instanceof HTMLElement) {
    field.focus();
    field.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, composed: true}));
  }
  await new Promise((resolve) => setTimeout(resolve, 1500));
}

/** @param {string} time */
async function playAt(time) {
  const player = document.querySelector('transcript-player');
  if (!player) throw new Error('no <transcript-player> on the page');
  /** @param {EventTarget} target @param {string} type */
  const next = (target, type) => new Promise((resolve) => target.addEventListener(type, resolve, {once: true}));
  if (!player.cues.length) await next(player, 'transcript-load');
  const media = player.media;
  if (!media) throw new Error('the player made no media element');
  if (media.readyState < 1) await next(media, 'loadedmetadata');
  media.muted = true;
  const seeked = next(media, 'seeked');
  player.currentTime = Number(time);
  await seeked;
  await media.play();
  await new Promise((resolve) => setTimeout(resolve, 1500));
  media.pause();
  // The controls stay up, as while a reader uses them.
  player.player?.userActive(true);
  await new Promise((resolve) => setTimeout(resolve, 1200));
}

for (const name of engines) {
  const why = missing(name);
  if (why) {
    console.error(`${name}: skipped (${why})`);
    continue;
  }
  const engine = await launchEngine(name, {log: (message) => console.error(message)});
  try {
    for (const width of widths) {
      const page = await engine.newPage();
      await page.resize(width, width < 600 ? 844 : 720);
      await page.goto(url);
      await page.evaluate(playAt, at);
      if (query) await page.evaluate(search, query);
      const path = dir ? `${dir}/${name}-${width}.png` : out;
      await page.screenshot(path);
      console.log(`wrote ${path}`);
      await page.close();
    }
  } finally {
    await engine.close();
  }
}
