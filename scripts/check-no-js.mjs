// `npm run test:no-js`: the demo page (index.html) in headless Chromium, first with JavaScript
// disabled, then enabled. Without JavaScript the native <video> and the plain-HTML transcript
// (slot="transcript") show side by side, or stacked on a narrow screen, with every cue's text and
// its #t= link; with JavaScript the element takes over the same boxes, and the page reports no
// layout shift (PerformanceObserver, layout-shift entries, from the document's start).
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {startDevServer} from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import {CHROME_FLAGS, findChrome} from './chrome.mjs';
import {devServerOptions} from './dev-server-config.mjs';

const root = new URL('../', import.meta.url);
const executablePath = findChrome();
if (!executablePath) {
  console.error('No Chromium found: install it or set CHROME_PATH.');
  process.exit(1);
}

/** The cues' text as the captions file has it, tags stripped, for comparing with the page. */
async function cueTexts() {
  const vtt = await readFile(new URL('captions/uprooting-isis.en.vtt', root), 'utf8');
  return vtt
    .split(/\n\n+/)
    .filter((block) => block.includes('-->'))
    .map((block) =>
      block
        .slice(block.indexOf('\n', block.indexOf('-->')) + 1)
        .replace(/<[^>]*>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

const server = await startDevServer({
  config: {
    ...devServerOptions,
    port: 0,
    hostname: '127.0.0.1',
    open: false,
    watch: false,
    clearTerminalOnReload: false,
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = server.server?.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await puppeteer.launch({executablePath, headless: true, args: CHROME_FLAGS});

/** Boxes of the host, the media, the transcript and the footer, in the page's coordinates. */
function measure() {
  /** @param {Element | null | undefined} element */
  const box = (element) => {
    if (!element) return null;
    const {x, y, width, height} = element.getBoundingClientRect();
    return {x, y, width, height};
  };
  const host = document.querySelector('transcript-player');
  const shadow = host?.shadowRoot;
  return {
    defined: !!customElements.get('transcript-player'),
    host: box(host),
    media: box(shadow?.querySelector('.video-js') ?? host?.querySelector('video')),
    transcript: box(shadow?.querySelector('[part~="transcript"]') ?? host?.querySelector('[slot="transcript"]')),
    footer: box(document.querySelector('footer')),
  };
}

let failed = false;
try {
  const texts = await cueTexts();
  for (const width of [1280, 600]) {
    const page = await browser.newPage();
    await page.setViewport({width, height: 900});

    await page.setJavaScriptEnabled(false);
    await page.goto(`${origin}/index.html`, {waitUntil: 'load'});
    const without = await page.evaluate(measure);
    const shown = await page.evaluate(() => {
      const video = /** @type {HTMLVideoElement} */ (document.querySelector('transcript-player > video'));
      const section = /** @type {HTMLElement} */ (document.querySelector('transcript-player > [slot="transcript"]'));
      return {
        controls: video.controls,
        paragraphs: [...section.querySelectorAll('p')].map((p) => p.innerText.replace(/\s+/g, ' ').trim()),
        hrefs: [...section.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        headings: [...section.querySelectorAll('h2, h3')].map((h) => h.textContent),
        scrolls: section.scrollHeight > section.clientHeight && getComputedStyle(section).overflowY === 'auto',
      };
    });
    assert.equal(without.defined, false, 'no JavaScript ran');
    assert.ok(shown.controls, 'the native video has its controls');
    assert.ok(without.transcript && without.media && without.transcript.height > 200, 'the transcript is shown');
    if (width > 900) {
      assert.ok(without.transcript.x >= without.media.x + without.media.width, 'the transcript is beside the video');
    } else {
      assert.ok(without.transcript.y >= without.media.y + without.media.height, 'the transcript is under the video');
    }
    assert.ok(shown.scrolls, 'the transcript scrolls in its box');
    assert.equal(shown.paragraphs.length, texts.length, 'one paragraph per cue');
    shown.paragraphs.forEach((paragraph, i) => assert.ok(paragraph.endsWith(texts[i]), `cue ${i + 1}: ${paragraph}`));
    for (const href of shown.hrefs) assert.match(String(href), /^#t=\d+(\.\d+)?$/);
    assert.equal(shown.headings[0], 'Transcript: Uprooting ISIS');

    await page.setJavaScriptEnabled(true);
    await page.evaluateOnNewDocument(() => {
      const w = /** @type {Window & {shifts?: {value: number, rects: DOMRectReadOnly[]}[]}} */ (window);
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const shift =
            /** @type {PerformanceEntry & {value: number, sources: {previousRect: DOMRectReadOnly, currentRect: DOMRectReadOnly}[]}} */ (
              entry
            );
          w.shifts?.push({value: shift.value, rects: shift.sources.flatMap((s) => [s.previousRect, s.currentRect])});
        }
      }).observe({type: 'layout-shift', buffered: true});
    });
    await page.goto(`${origin}/index.html`, {waitUntil: 'load'});
    await page.waitForFunction(
      () => {
        const host = /** @type {any} */ (document.querySelector('transcript-player'));
        return host?.cues?.length > 0 && host.media?.readyState >= 1;
      },
      {timeout: 30000},
    );
    // A few frames for anything that would still move.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    const upgraded = await page.evaluate(measure);
    // Inside video.js's control bar, buttons it shows once there is something for them (the
    // captions and chapters menus, picture-in-picture) move the buttons beside them: counted
    // apart, and reported.
    const shifts = await page.evaluate(() => {
      const bar = document.querySelector('transcript-player')?.shadowRoot?.querySelector('.vjs-control-bar');
      const box = bar?.getBoundingClientRect();
      /** @param {DOMRectReadOnly} r */
      const inBar = (r) =>
        !!box &&
        (r.width === 0 ||
          (r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.left >= box.left - 1 && r.right <= box.right + 1));
      const all = /** @type {{value: number, rects: DOMRectReadOnly[]}[]} */ (/** @type {any} */ (window).shifts);
      const sum = (/** @type {{value: number}[]} */ list) => list.reduce((total, shift) => total + shift.value, 0);
      const outside = all.filter((shift) => !shift.rects.every(inBar));
      return {outside: sum(outside), outsideEntries: outside, bar: sum(all) - sum(outside)};
    });
    console.log(`${width}px: without JavaScript`, JSON.stringify(without));
    console.log(`${width}px: with JavaScript   `, JSON.stringify(upgraded));
    assert.equal(upgraded.defined, true);
    assert.deepEqual({...upgraded, defined: false}, without, 'the element takes over the same boxes');
    assert.deepEqual(shifts.outsideEntries, [], 'no layout shift outside the control bar');
    console.log(`${width}px: layout shift outside the control bar 0, inside it ${shifts.bar.toFixed(5)}`);
    await page.close();
  }
  console.log('no-JS check: passed');
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await browser.close();
  await server.stop();
}
process.exit(failed ? 1 : 0);
