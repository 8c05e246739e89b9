// The three engines `npm run bench` measures the highlight lag in, behind one small driver: open a
// page, evaluate a function in it, close. Chromium and Firefox through puppeteer-core (CDP and
// WebDriver BiDi), WebKitGTK's MiniBrowser through WebKitWebDriver and webdriverio, on an X
// display of its own (Xvfb) when none is set. Whatever a launch starts is stopped by close(), or
// when the process exits.
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {delimiter, join} from 'node:path';
import puppeteer from 'puppeteer-core';
import {remote} from 'webdriverio';
import {
  FIREFOX_PREFS,
  findFirefox,
  findMiniBrowser,
  findWebKitWebDriver,
  startWebKitWebDriver,
  webkitCapabilities,
} from './browsers.mjs';
import {CHROME_FLAGS, findChrome} from './chrome.mjs';

export const ENGINE_NAMES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);
/** @typedef {typeof ENGINE_NAMES[number]} EngineName */

/** @type {Record<EngineName, string>} */
export const ENGINE_LABELS = {chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit'};

/**
 * A page in one of the engines.
 * @typedef {object} EnginePage
 * @property {(url: string) => Promise<void>} goto loads `url` and waits for its load event
 * @property {<A, R>(fn: (arg: A) => R, arg: A) => Promise<Awaited<R>>} evaluate
 *   runs `fn(arg)` in the page (`fn` is sent as source: it may use only its argument and the page's
 *   globals) and resolves with its (awaited, JSON-like) result
 * @property {(width: number, height: number) => Promise<void>} resize sets the viewport (the window in WebKit)
 * @property {(path: string) => Promise<void>} screenshot saves what the viewport shows as a PNG
 * @property {() => Promise<void>} close
 */

/**
 * A running engine.
 * @typedef {object} Engine
 * @property {EngineName} name
 * @property {string} version the browser's own name and version
 * @property {() => Promise<EnginePage>} newPage a fresh page (a tab; in WebKit the one window)
 * @property {() => Promise<void>} close stops the browser and whatever was started for it
 * @property {import('puppeteer-core').Browser} [puppeteer] the puppeteer browser (Chromium, Firefox)
 */

/**
 * What `name` needs that is missing on this machine, or undefined when it can start.
 * @param {EngineName} name
 */
export function missing(name) {
  if (name === 'chromium') return findChrome() ? undefined : 'Chromium not found; set CHROME_PATH';
  if (name === 'firefox') return findFirefox() ? undefined : 'Firefox not found; set FIREFOX_PATH';
  if (!findMiniBrowser()) return "WebKitGTK's MiniBrowser not found; set MINIBROWSER_PATH";
  if (!findWebKitWebDriver()) return 'WebKitWebDriver not found; set WEBKIT_WEBDRIVER';
  if (!process.env.DISPLAY && !findInPath('Xvfb')) return 'no X display: DISPLAY is unset and Xvfb is not installed';
  return undefined;
}

/**
 * Starts an engine.
 * @param {EngineName} name
 * @param {{log: (message: string) => void, chromeArgs?: string[]}} options
 * @returns {Promise<Engine>}
 */
export async function launchEngine(name, {log, chromeArgs = []}) {
  if (name === 'webkit') return launchWebKit();
  const browser =
    name === 'chromium'
      ? await puppeteer.launch({
          executablePath: findChrome(),
          headless: true,
          args: [...CHROME_FLAGS, ...chromeArgs],
        })
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath: findFirefox(),
          headless: true,
          extraPrefsFirefox: FIREFOX_PREFS,
        });
  return {
    name,
    version: await browser.version(),
    puppeteer: browser,
    async newPage() {
      const page = await browser.newPage();
      await page.setViewport({width: 1280, height: 800});
      page.on('pageerror', (error) =>
        log(`${name} page error: ${error instanceof Error ? error.message : String(error)}`),
      );
      page.on('response', (response) => response.status() >= 400 && log(`HTTP ${response.status()} ${response.url()}`));
      return {
        goto: async (url) => void (await page.goto(url, {waitUntil: 'load'})),
        evaluate: (fn, arg) =>
          /** @type {Promise<any>} */ (
            page.evaluate(
              /** @type {import('puppeteer-core').EvaluateFunc<[unknown]>} */ (/** @type {unknown} */ (fn)),
              arg,
            )
          ),
        resize: (width, height) => page.setViewport({width, height}),
        screenshot: async (path) => void (await page.screenshot({path: /** @type {`${string}.png`} */ (path)})),
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

/**
 * MiniBrowser through WebKitWebDriver, on Xvfb when DISPLAY is unset. WebKitWebDriver runs one
 * session at a time, so every page is the session's one window, navigated afresh.
 * @returns {Promise<Engine>}
 */
async function launchWebKit() {
  /** @type {(() => Promise<void> | void)[]} */
  const cleanup = [];
  const close = async () => {
    for (const step of cleanup.splice(0).reverse()) {
      try {
        await step();
      } catch {
        // Stopping one part must not keep the others running.
      }
    }
  };
  try {
    let display = process.env.DISPLAY;
    if (!display) {
      const xvfb = await startXvfb();
      cleanup.push(xvfb.stop);
      display = xvfb.display;
    }
    // WebKitWebDriver starts MiniBrowser with its own environment: the display, and a language
    // (with C.UTF-8 navigator.language is "C").
    const saved = {DISPLAY: process.env.DISPLAY, LANG: process.env.LANG, LANGUAGE: process.env.LANGUAGE};
    Object.assign(process.env, {DISPLAY: display, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US'});
    let driverServer;
    try {
      driverServer = await startWebKitWebDriver();
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
    cleanup.push(driverServer.stop);
    const driver = await remote({
      hostname: '127.0.0.1',
      port: driverServer.port,
      logLevel: 'error',
      // A lag row is one Execute Script of a minute or more; a retry would run it again.
      connectionRetryTimeout: 15 * 60 * 1000,
      connectionRetryCount: 0,
      capabilities: webkitCapabilities(),
    });
    cleanup.push(() => driver.deleteSession());
    await driver.setTimeout({script: 15 * 60 * 1000, pageLoad: 60000});
    await driver.setWindowSize(1280, 900);
    const capabilities = /** @type {{browserName?: string, browserVersion?: string}} */ (driver.capabilities);
    const version = `WebKitGTK ${capabilities.browserVersion ?? ''} (${capabilities.browserName ?? 'MiniBrowser'})`;
    return {
      name: 'webkit',
      version,
      newPage() {
        return Promise.resolve({
          goto: async (url) => void (await driver.url(url)),
          async evaluate(fn, arg) {
            // Classic WebDriver's Execute Script waits for a returned promise. Errors come back as
            // values, so they keep their message.
            const script = `return Promise.resolve().then(() => (${fn.toString()})(arguments[0])).then(
              (value) => ({value}), (error) => ({error: String((error && error.stack) || error)}))`;
            const result = /** @type {{value?: any, error?: string}} */ (await driver.execute(script, arg));
            if (result.error !== undefined) throw new Error(`in WebKit: ${result.error}`);
            return result.value;
          },
          resize: async (width, height) => void (await driver.setWindowSize(width, height)),
          screenshot: async (path) => void (await driver.saveScreenshot(path)),
          // A blank document ends the page's media and timers.
          close: async () => void (await driver.url('about:blank')),
        });
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Starts Xvfb on a display number it picks itself (-displayfd) and waits until it is ready.
 * @returns {Promise<{display: string, stop: () => void}>}
 */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(
      findInPath('Xvfb') ?? 'Xvfb',
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      {stdio: ['ignore', 'ignore', 'pipe', 'pipe']},
    );
    let exited = false;
    const stop = () => {
      if (!exited) xvfb.kill();
    };
    process.once('exit', stop);
    let stderr = '';
    xvfb.stderr?.on('data', (chunk) => (stderr += chunk));
    let number = '';
    const fd = /** @type {import('node:stream').Readable} */ (xvfb.stdio[3]);
    fd.on('data', (chunk) => {
      number += chunk;
      // Xvfb writes the display number and a newline once it accepts connections.
      if (number.includes('\n')) resolve({display: `:${number.trim()}`, stop});
    });
    const timer = setTimeout(() => {
      stop();
      reject(new Error('Xvfb did not start within 10 s'));
    }, 10000);
    fd.once('close', () => clearTimeout(timer));
    xvfb.once('exit', (code) => {
      exited = true;
      clearTimeout(timer);
      process.off('exit', stop);
      reject(new Error(`Xvfb exited (${code}): ${stderr.trim()}`));
    });
    xvfb.once('error', reject);
  });
}

/** @param {string} command */
function findInPath(command) {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, command))
    .find((path) => existsSync(path));
}
