// The three engines the browser tests run in, where to find each on Debian, and how to start them
// on a machine without a GPU, sandbox, display or network.
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createServer} from 'node:net';
import {setTimeout as sleep} from 'node:timers/promises';
import {findChrome} from './chrome.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/**
 * The engines named in `value` (comma- or space-separated, e.g. ENGINES=firefox), else all.
 * @param {string | undefined} value
 * @returns {string[]}
 */
export function selectedEngines(value = process.env.ENGINES) {
  const names = (value ?? '').split(/[\s,]+/).filter(Boolean);
  if (!names.length) return [...ENGINES];
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`Unknown engine ${unknown.join(', ')}: choose from ${ENGINES.join(', ')}.`);
  return ENGINES.filter((name) => names.includes(name));
}

/** Firefox ESR (or Firefox): FIREFOX_PATH, else Debian's. */
export function findFirefox() {
  return firstExisting(process.env.FIREFOX_PATH, ['/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

/** WebKitGTK's MiniBrowser (Debian package libwebkit2gtk-4.1-0): MINIBROWSER_PATH, else Debian's. */
export function findMiniBrowser() {
  const arch = process.arch === 'x64' ? 'x86_64' : process.arch === 'arm64' ? 'aarch64' : process.arch;
  return firstExisting(process.env.MINIBROWSER_PATH, [
    `/usr/lib/${arch}-linux-gnu/webkit2gtk-4.1/MiniBrowser`,
    `/usr/lib/${arch}-linux-gnu/webkit2gtk-4.0/MiniBrowser`,
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ]);
}

/** The WebDriver server for WebKitGTK (Debian package webkit2gtk-driver). */
export function findWebKitWebDriver() {
  return firstExisting(process.env.WEBKIT_WEBDRIVER, ['/usr/bin/WebKitWebDriver']);
}

export function findXvfbRun() {
  return firstExisting(undefined, ['/usr/bin/xvfb-run']);
}

/**
 * What each engine needs, with the Debian packages that provide what is missing.
 * @param {string} engine
 * @returns {Array<{what: string, path: string | undefined, packages: string[]}>}
 */
export function engineRequirements(engine) {
  switch (engine) {
    case 'chromium':
      return [{what: 'Chrome or Chromium (or set CHROME_PATH)', path: findChrome(), packages: ['chromium']}];
    case 'firefox':
      return [
        {
          what: 'Firefox ESR (or set FIREFOX_PATH)',
          path: findFirefox(),
          // Its recommended packages bring libavcodec: without it H.264/AAC fail to decode.
          packages: ['firefox-esr'],
        },
      ];
    case 'webkit':
      return [
        {
          what: "WebKitGTK's MiniBrowser (or set MINIBROWSER_PATH)",
          path: findMiniBrowser(),
          packages: ['webkit2gtk-driver'],
        },
        {
          what: 'WebKitWebDriver (or set WEBKIT_WEBDRIVER)',
          path: findWebKitWebDriver(),
          packages: ['webkit2gtk-driver'],
        },
        // MiniBrowser has no headless mode.
        {
          what: 'An X display: xvfb-run (or set DISPLAY)',
          path: process.env.DISPLAY ? `DISPLAY=${process.env.DISPLAY}` : findXvfbRun(),
          packages: ['xvfb', 'xauth'],
        },
      ];
    default:
      throw new Error(`unknown engine ${engine}`);
  }
}

/**
 * Prints what each engine will use, or what is missing and the Debian packages that bring it.
 * @param {string[]} engines
 * @returns {boolean} whether every engine has what it needs
 */
export function checkEngines(engines) {
  let ok = true;
  for (const engine of engines) {
    for (const {what, path, packages} of engineRequirements(engine)) {
      if (path) {
        console.log(`${engine}: ${what.replace(/ \(.*\)$/, '')}: ${path}`);
      } else {
        ok = false;
        console.error(`${engine}: ${what} is missing. On Debian: apt-get install ${packages.join(' ')}`);
      }
    }
  }
  return ok;
}

/** Preferences for a Firefox under test: media may play without a gesture. */
export const FIREFOX_PREFS = {
  'media.autoplay.default': 0,
  'media.autoplay.blocking_policy': 0,
  'media.autoplay.block-webaudio': false,
  // No first-run pages, updates or telemetry pings on a machine without network.
  'app.update.disabledForTesting': true,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
};

/** The WebDriver capabilities that start MiniBrowser for a session. */
export function webkitCapabilities(binary = findMiniBrowser()) {
  return {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': {binary, args: ['--automation', '--autoplay-policy=allow']},
  };
}

/**
 * A TCP port nobody listens on right now.
 * @returns {Promise<number>}
 */
export function freePort() {
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
 * Starts WebKitWebDriver on a free local port and waits until it answers.
 * @returns {Promise<{port: number, stop: () => void}>}
 */
export async function startWebKitWebDriver(binary = findWebKitWebDriver()) {
  if (!binary) throw new Error('WebKitWebDriver was not found (Debian: apt-get install webkit2gtk-driver).');
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    // In a process group of its own, so that stopping it also ends the browsers it started (a
    // frozen MiniBrowser would otherwise outlive it).
    const driver = spawn(binary, [`--port=${port}`], {stdio: ['ignore', 'ignore', 'pipe'], detached: true});
    let stderr = '';
    driver.stderr.on('data', (chunk) => (stderr += chunk));
    let exited = false;
    driver.once('exit', () => (exited = true));
    const stop = () => {
      process.off('exit', stop);
      try {
        if (driver.pid) process.kill(-driver.pid, 'SIGKILL');
      } catch {
        // The group is gone already.
      }
    };
    process.once('exit', stop);
    const started = Date.now();
    while (!exited && Date.now() - started < 10000) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/status`);
        if (response.ok) return {port, stop};
      } catch {
        // Not listening yet.
      }
      await sleep(100);
    }
    stop();
    // Someone took the port between our check and the driver's start: try another.
    if (attempt < 2) continue;
    throw new Error(`WebKitWebDriver did not start on port ${port}: ${stderr.trim() || 'no answer within 10 s'}`);
  }
}

/**
 * @param {string | undefined} fromEnv
 * @param {string[]} candidates
 */
function firstExisting(fromEnv, candidates) {
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}
