// `npm run screenshot [-- URL OUT.png TIME]`: the demo as a reader sees it, playing at TIME s.
import puppeteer from 'puppeteer-core';
import {CHROME_FLAGS, findChrome} from './chrome.mjs';

const [url = 'http://127.0.0.1:8000/', out = 'docs/screenshot.png', at = '21.5'] = process.argv.slice(2);
const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: CHROME_FLAGS});
try {
  const page = await browser.newPage();
  await page.setViewport({width: 1280, height: 720});
  await page.goto(url, {waitUntil: 'networkidle0'});
  await page.evaluate(async (time) => {
    const player = document.querySelector('transcript-player');
    if (!player) throw new Error('no <transcript-player> on the page');
    /** @param {EventTarget} target @param {string} type */
    const next = (target, type) => new Promise((resolve) => target.addEventListener(type, resolve, {once: true}));
    if (!player.cues.length) await next(player, 'transcript-load');
    const media = player.media;
    if (!media) throw new Error('the player made no media element');
    if (media.readyState < 1) await next(media, 'loadedmetadata');
    media.muted = true;
    player.currentTime = Number(time);
    await next(media, 'seeked');
    await media.play();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    media.pause();
  }, at);
  await new Promise((resolve) => setTimeout(resolve, 1200));
  await page.screenshot({path: /** @type {`${string}.png`} */ (out)});
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
