// `npm run lighthouse`: Lighthouse (from npm) on the demo page, served as `npm start` serves it,
// in the local headless Chromium, with its default settings (a mid-range phone on a slow 4G link,
// simulated). Prints the four category scores and the audits that cost points, and fails when a
// score is below its floor. Not part of `npm test`: one run takes about a minute.
// `--desktop` runs Lighthouse's desktop preset instead; `--json <file>` keeps the full report.
import {spawnSync} from 'node:child_process';
import {writeFile} from 'node:fs/promises';
import {startDevServer} from '@web/dev-server';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {CHROME_FLAGS, findChrome} from './chrome.mjs';
import {devServerOptions} from './dev-server-config.mjs';

/** The floor for each category, as a score out of 100. */
const FLOORS = {performance: 95, accessibility: 100, 'best-practices': 100, seo: 95};

const args = process.argv.slice(2);
const desktop = args.includes('--desktop');
const jsonIndex = args.indexOf('--json');
const jsonFile = jsonIndex === -1 ? undefined : args[jsonIndex + 1];

const chromePath = findChrome();
if (!chromePath) {
  console.error('No Chromium found: install it or set CHROME_PATH.');
  process.exit(1);
}

// The demo loads the built single file, as a visitor's page would.
if (spawnSync(process.execPath, ['scripts/build.mjs', '--no-manifest'], {stdio: 'inherit'}).status !== 0)
  process.exit(1);

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
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/index.html`;
// The test flags minus the autoplay switch, which a visitor's browser does not have.
const flags = ['--headless=new', ...CHROME_FLAGS.filter((flag) => !flag.startsWith('--autoplay-policy'))];
const chrome = await chromeLauncher.launch({chromePath, chromeFlags: flags});

let failed = false;
try {
  const result = await lighthouse(
    url,
    {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(FLOORS)},
    desktop ? desktopConfig : undefined,
  );
  if (!result) throw new Error('Lighthouse returned no result');
  const {lhr} = result;
  if (jsonFile) await writeFile(jsonFile, JSON.stringify(lhr, null, 2));
  console.log(
    `Lighthouse ${lhr.lighthouseVersion} · ${lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0]} · ${desktop ? 'desktop' : 'mobile'} · ${url}`,
  );
  for (const [id, floor] of Object.entries(FLOORS)) {
    const category = lhr.categories[id];
    const score = Math.round((category.score ?? 0) * 100);
    const ok = score >= floor;
    if (!ok) failed = true;
    console.log(
      `  ${category.title.padEnd(15)} ${String(score).padStart(3)}  (at least ${floor})${ok ? '' : '  BELOW'}`,
    );
    // What cost points: audits in the category that scored below 1.
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        console.log(`      ${audit.id}: ${audit.score}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
  }
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]) {
    console.log(`  ${lhr.audits[id].title}: ${lhr.audits[id].displayValue}`);
  }
  if (lhr.runWarnings.length) console.log(`  warnings: ${lhr.runWarnings.join(' | ')}`);
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  chrome.kill();
  await server.stop();
}
process.exit(failed ? 1 : 0);
