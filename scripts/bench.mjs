// `npm run bench`: highlight lag, a 10,000-cue transcript, bundle sizes and memory, measured in
// one headless Chromium session against a timeupdate baseline and hyperaudio-lite. Prints one
// table and writes it into docs/benchmarks.md between the bench markers (the rest is kept).
// `npm run bench -- --only=lag,long,size,memory,layout` runs some sections.
import {execFileSync} from 'node:child_process';
import {readFile, writeFile} from 'node:fs/promises';
import {createServer} from 'node:net';
import os from 'node:os';
import {gzipSync} from 'node:zlib';
import {startDevServer} from '@web/dev-server';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import {singleFileOptions} from './bundle-options.mjs';
import {CHROME_FLAGS, findChrome} from './chrome.mjs';
import {devServerOptions} from './dev-server-config.mjs';

/** @typedef {import('puppeteer-core').Browser} Browser */
/** @typedef {import('puppeteer-core').Page} Page */
/** @typedef {Window['bench']} Bench */
/** @typedef {import('../bench/harness.js').Impl} Impl */
/** @typedef {Exclude<keyof Bench, 'ready'>} BenchCall */
/**
 * A fresh page with the benchmark's page loaded.
 * @typedef {object} BenchPage
 * @property {Page} page
 * @property {() => Promise<number>} heap the JS heap in bytes after forced garbage collection
 * @property {<K extends BenchCall>(name: K, options: Parameters<Bench[K]>[0]) => Promise<Awaited<ReturnType<Bench[K]>>>} run
 *   calls `window.bench[name](options)` in the page (bench/harness.js)
 */

const DOC = 'docs/benchmarks.md';
const BEGIN = '<!-- bench:begin (written by npm run bench) -->';
const END = '<!-- bench:end -->';
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice(7)
  .split(',');
/** @param {string} section */
const runs = (section) => !only || only.includes(section);
const onlyImpls = process.argv
  .find((arg) => arg.startsWith('--impl='))
  ?.slice(7)
  .split(',');
const started = Date.now();
/** @param {string} message */
const log = (message) => console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

// Wall seconds of playback per segment; each row plays from a few regions of the 214 s media.
/** @type {Record<'synthetic' | 'real', {segments: {from: number, seconds: number}[], impls: Impl[]}>} */
const LAG_PLAN = {
  // Four stretches of 7 s: about 26 boundaries at 1x and 52 at 2x, so p95 is not just the maximum.
  synthetic: {
    segments: [20, 70, 120, 170].map((from) => ({from, seconds: 7})),
    impls: ['ours', 'baseline', 'hyperaudio'],
  },
  real: {segments: [8, 120].map((from) => ({from, seconds: 5})), impls: ['ours', 'hyperaudio']},
};
const LONG = {count: 10000, seconds: 36000};
// The same 10,000 cues squeezed onto the real media, so playback crosses a line every 21 ms.
const LONG_ON_MEDIA = {count: 10000, seconds: 214};
const CYCLES = 50;

/** @type {Record<Impl, string>} */
const IMPL_NAMES = {
  ours: '<transcript-player>',
  baseline: 'timeupdate baseline',
  hyperaudio: 'hyperaudio-lite 2.6.4',
};

// ---- helpers ---------------------------------------------------------------------------------

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {number[]} values
 * @param {number} p
 */
function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** @type {(value: number, digits?: number) => string} */
const ms = (value, digits = 1) => (Number.isFinite(value) ? `${value.toFixed(digits)} ms` : '—');
/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** @param {number} bytes */
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
/** @param {number[]} tasks the long tasks' durations */
const tasksText = (tasks) => (tasks.length ? `${tasks.length} (longest ${ms(Math.max(...tasks), 0)})` : '0');

/**
 * A markdown table, padded so it also reads as plain text.
 * @param {string[]} head
 * @param {string[][]} rows
 */
function table(head, rows) {
  const widths = head.map((cell, i) => Math.max(cell.length, ...rows.map((row) => String(row[i]).length)));
  const line = (/** @type {string[]} */ cells) =>
    `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

// ---- sizes -----------------------------------------------------------------------------------

async function sizes() {
  const buildOutput = execFileSync(process.execPath, ['scripts/build.mjs'], {encoding: 'utf8'});
  log(buildOutput.split('\n')[0]);
  const bundle = await readFile('dist/transcript-player.js');
  const own = await esbuild.build({
    ...singleFileOptions,
    external: ['lit', 'lit/*', '@lit/*', 'video.js', 'video.js/*', 'webvtt-parser'],
    logLevel: 'error',
  });
  const hyperaudio = await esbuild.build({
    entryPoints: ['node_modules/hyperaudio-lite/js/hyperaudio-lite.mjs'],
    bundle: true,
    format: 'esm',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'error',
  });
  /** @param {Uint8Array} bytes */
  const gz = (bytes) => gzipSync(bytes, {level: 9}).length;
  const ownCode = own.outputFiles[0].contents;
  const hyperaudioCode = hyperaudio.outputFiles[0].contents;
  return {
    bundle: gz(bundle),
    bundleMin: bundle.length,
    own: gz(ownCode),
    ownMin: ownCode.length,
    hyperaudio: gz(hyperaudioCode),
    hyperaudioMin: hyperaudioCode.length,
  };
}

// ---- the browser -----------------------------------------------------------------------------

const executablePath = findChrome() ?? '/usr/bin/chromium';
/** @type {Browser} */
let browser;
/** @type {string} */
let origin;

/** @returns {Promise<BenchPage>} */
async function openBench() {
  const page = await browser.newPage();
  await page.setViewport({width: 1280, height: 800});
  page.on('pageerror', (error) => log(`page error: ${error instanceof Error ? error.message : String(error)}`));
  page.on('response', (response) => response.status() >= 400 && log(`HTTP ${response.status()} ${response.url()}`));
  await page.goto(`${origin}/bench/index.html`, {waitUntil: 'load'});
  await page.waitForFunction(() => window.bench?.ready, {timeout: 60000});
  const cdp = await page.createCDPSession();
  const heap = async () => {
    // Several passes: the first frees objects whose finalizers free more.
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  /** @type {BenchPage['run']} */
  const run = (name, options) =>
    /** @type {Promise<any>} */ (
      page.evaluate(
        (name, options) => /** @type {(options: unknown) => Promise<unknown>} */ (window.bench[name])(options),
        name,
        options,
      )
    );
  return {page, heap, run};
}

/**
 * Runs `fn` on a fresh benchmark page, closed afterwards.
 * @template T
 * @param {(bench: BenchPage) => Promise<T>} fn
 * @returns {Promise<T>}
 */
async function inPage(fn) {
  const bench = await openBench();
  try {
    return await fn(bench);
  } finally {
    await bench.page.close();
  }
}

/** @type {Impl[]} */
const lagImpls = ['ours', 'baseline', 'hyperaudio'];

async function lagRows() {
  const rows = [];
  for (const captions of /** @type {const} */ (['synthetic', 'real'])) {
    for (const rate of [1, 2]) {
      for (const impl of lagImpls) {
        if (onlyImpls && !onlyImpls.includes(impl)) continue;
        if (!LAG_PLAN[captions].impls.includes(impl)) continue;
        const result = await inPage(({run}) =>
          run('lag', {impl, captions, rate, segments: LAG_PLAN[captions].segments}),
        );
        const cueLevel = result.samples.filter((sample) => sample.first).map((sample) => sample.lag);
        const words =
          impl === 'hyperaudio' && captions === 'real' ? result.samples.map((sample) => sample.lag) : undefined;
        const seen = new Set(result.samples.filter((sample) => sample.first).map((sample) => sample.start)).size;
        const row = {
          impl,
          captions,
          rate,
          n: cueLevel.length,
          crossed: result.crossed,
          missed: Math.max(0, result.crossed - seen),
          p50: percentile(cueLevel, 50),
          p95: percentile(cueLevel, 95),
          max: Math.max(...cueLevel),
          min: Math.min(...cueLevel),
          words: words && {
            n: words.length,
            p50: percentile(words, 50),
            p95: percentile(words, 95),
            max: Math.max(...words),
          },
        };
        rows.push(row);
        if (process.env.BENCH_DEBUG)
          log(
            [...cueLevel]
              .sort((a, b) => a - b)
              .map((lag) => lag.toFixed(1))
              .join(' '),
          );
        log(
          `lag ${impl} ${captions} ${rate}x: n=${row.n}/${row.crossed} p50 ${ms(row.p50)} p95 ${ms(row.p95)} max ${ms(row.max)}`,
        );
      }
    }
  }
  return rows;
}

async function longRows() {
  const rows = [];
  for (const impl of lagImpls.filter((impl) => impl !== 'baseline')) {
    const load = await inPage(async ({run, heap}) => {
      const before = await heap();
      const result = await run('longLoad', {impl, ...LONG});
      const after = await heap();
      return {...result, heapBefore: before, heapAfter: after};
    });
    const play = await inPage(({run}) => run('longPlay', {impl, ...LONG_ON_MEDIA, from: 110, play: 10}));
    rows.push({impl, load, play});
    log(
      `long ${impl}: lines ${load.lines}, painted ${ms(load.firstLines, 0)}, ready ${ms(load.ready, 0)}, load long tasks ${tasksText(load.longTasks)}, heap +${mb(load.heapAfter - load.heapBefore)}, playback long tasks ${tasksText(play.longTasks)} over ${play.changes} changes`,
    );
  }
  return rows;
}

async function memoryRows() {
  const rows = [];
  for (const impl of lagImpls.filter((impl) => impl !== 'baseline')) {
    const result = await inPage(async ({run, heap}) => {
      await run('cycle', {impl, times: 3});
      const before = await heap();
      await run('cycle', {impl, times: CYCLES});
      await new Promise((resolve) => setTimeout(resolve, 500));
      const after = await heap();
      return {before, after};
    });
    rows.push({impl, ...result});
    log(`memory ${impl}: ${mb(result.before)} -> ${mb(result.after)} over ${CYCLES} cycles`);
  }
  return rows;
}

// ---- report ----------------------------------------------------------------------------------

/**
 * What a run measured, by section; a section left out by --only is undefined.
 * @typedef {object} Results
 * @property {Awaited<ReturnType<typeof lagRows>>} [lag]
 * @property {Awaited<ReturnType<typeof longRows>>} [long]
 * @property {Awaited<ReturnType<typeof sizes>>} [size]
 * @property {Awaited<ReturnType<typeof memoryRows>>} [memory]
 * @property {string} [layout]
 */

/**
 * @param {Results & {meta: {[key in 'date' | 'browser' | 'cpu' | 'cores' | 'platform' | 'node' | 'seconds']: string | number}}} results
 */
function report({meta, lag, long, size, memory, layout}) {
  const out = [];
  out.push(
    `Run ${meta.date} · ${meta.browser} · ${meta.cpu} (${meta.cores} cores) · ${meta.platform} · Node ${meta.node} · ${meta.seconds} s`,
  );
  if (lag) {
    out.push(
      '',
      '### 1. Highlight lag (media time at the highlight change minus the start of the cue it activates)',
      '',
    );
    out.push(
      table(
        ['implementation', 'captions', 'rate', 'changes / boundaries', 'p50', 'p95', 'max'],
        lag.map((row) => [
          IMPL_NAMES[row.impl],
          row.captions,
          `${row.rate}x`,
          `${row.n} / ${row.crossed}`,
          ms(row.p50),
          ms(row.p95),
          ms(row.max),
        ]),
      ),
    );
    for (const row of lag) {
      if (!row.words) continue;
      out.push(
        '',
        `hyperaudio-lite per word (real captions, ${row.rate}x): ${row.words.n} word changes, p50 ${ms(row.words.p50)}, p95 ${ms(row.words.p95)}, max ${ms(row.words.max)}.`,
      );
    }
  }
  if (long) {
    out.push(
      '',
      `### 2. 10,000 cues: a 10-hour transcript (load), and the same cues over the 214 s media (10 s of playback)`,
      '',
    );
    out.push(
      table(
        [
          'implementation',
          'first lines painted',
          'ready',
          'long tasks in load',
          'heap after load (growth)',
          'long tasks in 10 s playback',
          'highlight changes',
        ],
        long.map(({impl, load, play}) => [
          IMPL_NAMES[impl],
          ms(load.firstLines, 0),
          ms(load.ready, 0),
          tasksText(load.longTasks),
          `${mb(load.heapAfter)} (+${mb(load.heapAfter - load.heapBefore)})`,
          tasksText(play.longTasks),
          String(play.changes),
        ]),
      ),
    );
  }
  if (size) {
    out.push('', '### 3. Sizes (minified, gzip -9)', '');
    out.push(
      table(
        ['what', 'minified', 'gzip'],
        [
          [
            'dist/transcript-player.js, all-in (lit, video.js core, webvtt-parser, CSS)',
            kb(size.bundleMin),
            kb(size.bundle),
          ],
          ['our own code only (dependencies external)', kb(size.ownMin), kb(size.own)],
          ['hyperaudio-lite 2.6.4 (transcript only, no player)', kb(size.hyperaudioMin), kb(size.hyperaudio)],
        ],
      ),
    );
  }
  if (memory) {
    out.push(
      '',
      `### 4. Memory: JS heap after forced GC, before and after ${CYCLES} insert/remove cycles (real media and captions)`,
      '',
    );
    out.push(
      table(
        ['implementation', 'heap before', 'heap after', 'growth'],
        memory.map((row) => [IMPL_NAMES[row.impl], mb(row.before), mb(row.after), mb(row.after - row.before)]),
      ),
    );
  }
  if (layout) {
    out.push(
      '',
      '### Long-list rendering: every line with content-visibility vs @lit-labs/virtualizer (prototype in bench/)',
      '',
    );
    out.push(layout);
  }
  return out.join('\n');
}

/** @param {string} text */
async function writeDoc(text) {
  let doc;
  try {
    doc = await readFile(DOC, 'utf8');
  } catch {
    doc = `# Benchmarks\n\n${BEGIN}\n${END}\n`;
  }
  const begin = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`${DOC} lacks the bench markers`);
  await writeFile(DOC, `${doc.slice(0, begin + BEGIN.length)}\n${text}\n${doc.slice(end)}`);
}

// ---- main ------------------------------------------------------------------------------------

/** @type {Results} */
const results = {};
if (runs('size') || runs('lag') || runs('long') || runs('memory') || runs('layout')) {
  // The pages load the bundle this builds.
  log('building dist/transcript-player.js');
  const size = await sizes();
  if (runs('size')) results.size = size;
}
const port = await freePort();
const server = await startDevServer({
  config: {...devServerOptions, hostname: '127.0.0.1', port, open: false, watch: false},
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
origin = `http://127.0.0.1:${port}`;
browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [...CHROME_FLAGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
try {
  const version = await browser.version();
  if (runs('lag')) results.lag = await lagRows();
  if (runs('long')) results.long = await longRows();
  if (runs('memory')) results.memory = await memoryRows();
  if (runs('layout')) {
    const {layoutComparison} = await import('../bench/layout-comparison.mjs');
    results.layout = await layoutComparison({inPage, log, ms, mb, table, tasksText});
  }
  const meta = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    browser: version,
    cpu: os.cpus()[0]?.model ?? 'unknown CPU',
    cores: os.cpus().length,
    platform: `${os.type()} ${os.release()}`,
    node: process.versions.node,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  const text = report({meta, ...results});
  console.log(text);
  if (!only) await writeDoc(text);
  else log(`--only: ${DOC} not written`);
} finally {
  await browser.close();
  await server.stop();
}
