// Browser tests in Chromium, Firefox and WebKit. ENGINES=firefox (or chromium, webkit, or a
// comma-separated list; plain `wtr` runs Chromium) picks the engines. scripts/test-browsers.mjs
// runs them one after another, the WebKit run under xvfb-run: that is what `npm test` and
// `npm run test:<engine>` do.
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {WebdriverLauncher} from '@web/test-runner-webdriver';
import {defaultReporter} from '@web/test-runner';
import {writeFileSync} from 'node:fs';
import {relative} from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {
  FIREFOX_PREFS,
  findFirefox,
  findMiniBrowser,
  selectedEngines,
  startWebKitWebDriver,
  webkitCapabilities,
} from './scripts/browsers.mjs';
import {CHROME_FLAGS, findChrome} from './scripts/chrome.mjs';
import {devServerOptions} from './scripts/dev-server-config.mjs';
import {faultMiddleware} from './scripts/fault-middleware.mjs';
import {frameworkAppsPlugin} from './scripts/framework-apps.mjs';
import {pdfText} from './scripts/pdf-text.mjs';

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver, which this launcher starts on a free port for
 * each test file and stops after it (see stopSession).
 */
class WebKitLauncher extends WebdriverLauncher {
  /** @type {{port: number, stop: () => void} | undefined} */
  #server;

  constructor() {
    super({hostname: '127.0.0.1', port: 0, logLevel: 'error', capabilities: webkitCapabilities(findMiniBrowser())});
  }

  /**
   * @override
   * @param {import('@web/test-runner-core').TestRunnerCoreConfig} config
   */
  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }

  /**
   * @override
   * @param {string} id
   * @param {string} url
   */
  async startSession(id, url) {
    if (!this.#server) {
      this.#server = await startWebKitWebDriver();
      this.#private.options.port = this.#server.port;
    }
    return super.startSession(id, url);
  }

  /** @override */
  async stop() {
    await super.stop();
    this.#server?.stop();
  }

  /**
   * Each test file gets a fresh driver and MiniBrowser: late in a full run, with one browser kept
   * for every file, WebKitGTK's web process was seen spinning on a file that passes alone (the
   * driver's requests timed out until wtr gave up); and a driver whose browser froze answers no
   * new session. A fresh start costs about a second per file.
   * @override
   * @param {string} id
   */
  async stopSession(id) {
    try {
      // A frozen page answers nothing: give up on it after a while rather than hold the next file.
      const frozen = sleep(20000).then(() => {
        throw new Error('The WebKit page stopped answering; its browser was ended');
      });
      return await Promise.race([super.stopSession(id), frozen]);
    } finally {
      // Also after a page that stopped answering: the next file starts in a browser that answers.
      await this.#endBrowser();
    }
  }

  /** Ends the current session; the next startSession opens a new one (ensureManagerInitialized). */
  async #endBrowser() {
    const launcher = this.#private;
    if (launcher.pendingHeartbeat != null) clearInterval(launcher.pendingHeartbeat);
    const {driver} = launcher;
    launcher.driver = undefined;
    launcher.driverManager = undefined;
    // A frozen browser may not answer: after a while its driver is stopped, which ends it.
    await Promise.race([driver?.deleteSession().catch(() => {}), sleep(10000)]);
    this.#server?.stop();
    this.#server = undefined;
  }

  /** The viewport as a base64 PNG (one session at a time: the test page is the top document). */
  viewportScreenshot() {
    return this.#driver.takeScreenshot();
  }

  /**
   * WebDriver's Get Computed Label for the element `find` returns in the page.
   * @param {() => Element | null} find
   */
  async accessibleName(find) {
    const driver = this.#driver;
    const found = /** @type {any} */ (await driver.execute(find));
    return driver.$(found).getComputedLabel();
  }

  /** The session of the test file running now. */
  get #driver() {
    const {driver} = this.#private;
    if (!driver) throw new Error('No WebKit session is open');
    return driver;
  }

  /** WebdriverLauncher keeps its options and session private to its type declarations only. */
  get #private() {
    return /** @type {{options: {port: number}, driver: import('webdriverio').Browser | undefined, driverManager: unknown, pendingHeartbeat: NodeJS.Timeout | undefined}} */ (
      /** @type {unknown} */ (this)
    );
  }
}

/**
 * In the page: the element marked with data-accessible-name-probe, in any open shadow tree.
 * @returns {Element | null}
 */
function findNameProbe() {
  /** @type {(root: Document | ShadowRoot) => Element | null} */
  const find = (root) =>
    root.querySelector('[data-accessible-name-probe]') ??
    [...root.querySelectorAll('*')].map((element) => element.shadowRoot && find(element.shadowRoot)).find(Boolean) ??
    null;
  return find(document);
}

/**
 * `executeServerCommand('accessible-name')`: `{name}`, the accessible name the engine computes for
 * the element marked with data-accessible-name-probe (null while Chromium's lazily built tree
 * lacks it). Chromium answers through the DevTools protocol, WebKit through WebDriver's Get Computed
 * Label; Firefox offers neither over WebDriver BiDi.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function accessibleNamePlugin() {
  return {
    name: 'accessible-name',
    async executeCommand({command, session}) {
      if (command !== 'accessible-name') return undefined;
      const browser = session.browser;
      if (browser instanceof WebKitLauncher) return {name: await browser.accessibleName(findNameProbe)};
      if (isChromium(browser)) {
        const page = browser.getPage(session.id);
        const root = await page.evaluateHandle(findNameProbe);
        const node = await page.accessibility.snapshot({root: /** @type {any} */ (root), interestingOnly: false});
        return {name: node?.name ?? null};
      }
      throw new Error(`accessible-name is not supported in ${browser.name}`);
    },
  };
}

/**
 * `executeServerCommand('viewport-screenshot')`: the viewport as a base64 PNG, for what only
 * pixels show (native caption boxes live in closed user-agent shadow trees).
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function viewportScreenshotPlugin() {
  return {
    name: 'viewport-screenshot',
    async executeCommand({command, session}) {
      if (command !== 'viewport-screenshot') return undefined;
      const browser = session.browser;
      if (browser instanceof WebKitLauncher) return browser.viewportScreenshot();
      if (browser.type === 'puppeteer') {
        const launcher = /** @type {import('@web/test-runner-chrome').ChromeLauncher} */ (browser);
        return launcher.getPage(session.id).screenshot({encoding: 'base64'});
      }
      throw new Error(`viewport-screenshot is not supported in ${browser.name}`);
    },
  };
}

/**
 * `executeServerCommand('print-pdf', {url})`: `{text}`, the text of the page at `url` (relative
 * to the test page) printed to PDF by Chromium, once its players' transcripts have loaded. Only
 * Chromium prints to PDF under automation (the DevTools protocol's Page.printToPDF); Firefox's
 * BiDi print and WebKitGTK's WebDriver have no print-to-PDF here.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function printPdfPlugin() {
  return {
    name: 'print-pdf',
    async executeCommand({command, session, payload}) {
      if (command !== 'print-pdf') return undefined;
      const browser = session.browser;
      if (!isChromium(browser)) throw new Error(`print-pdf is not supported in ${browser.name}`);
      const testPage = browser.getPage(session.id);
      const page = await testPage.browser().newPage();
      try {
        await page.goto(new URL(/** @type {{url: string}} */ (payload).url, testPage.url()).href);
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('transcript-player')].every(
              (player) => /** @type {any} */ (player).cues.length > 0,
            ) && document.querySelector('transcript-player'),
          {timeout: 20000},
        );
        return {text: pdfText(Buffer.from(await page.pdf({format: 'A4'})))};
      } finally {
        await page.close();
      }
    },
  };
}

/**
 * `executeServerCommand('forced-colors', {active})`: turns forced colours on or off for the page,
 * in Chromium over the DevTools protocol (emulateMedia of @web/test-runner-commands 0.9 drops its
 * forcedColors option). WebDriver BiDi (Firefox) and WebKitGTK's WebDriver have no such command.
 * @returns {import('@web/test-runner').TestRunnerPlugin<{active: boolean}>}
 */
function forcedColorsPlugin() {
  /** One DevTools session per page, kept open: the emulation lasts as long as its session. */
  const sessions = new WeakMap();
  return {
    name: 'forced-colors',
    async executeCommand({command, session, payload}) {
      if (command !== 'forced-colors') return undefined;
      if (!isChromium(session.browser)) throw new Error(`forced-colors is not supported in ${session.browser.name}`);
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      // puppeteer's emulateMediaFeatures refuses forced-colors; the protocol takes it.
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{name: 'forced-colors', value: payload?.active ? 'active' : 'none'}],
      });
      return true;
    },
  };
}

/**
 * A puppeteer launcher driving Chromium (not Firefox) over the DevTools protocol.
 * @param {import('@web/test-runner').BrowserLauncher} browser
 * @returns {browser is import('@web/test-runner-chrome').ChromeLauncher}
 */
function isChromium(browser) {
  return browser.type === 'puppeteer' && browser.name === 'Chrome';
}

/**
 * Keeps `out` (JSON) up to date with the run's test files and those that passed, file by file, so
 * that scripts/test-browsers.mjs can run again only the rest, even after a run that stopped
 * half-way.
 * @param {string} out
 * @returns {import('@web/test-runner').Reporter}
 */
function passedFilesReporter(out) {
  /** @type {string[]} */
  let all = [];
  /** @type {string[]} */
  const passed = [];
  const save = () => writeFileSync(out, JSON.stringify({all, passed}));
  return {
    start({testFiles}) {
      all = testFiles.map((file) => relative('.', file));
      save();
    },
    reportTestFileResults({testFile, sessionsForTestFile}) {
      if (sessionsForTestFile.every((session) => session.passed)) passed.push(relative('.', testFile));
      save();
    },
  };
}

/** @type {Record<string, () => import('@web/test-runner').BrowserLauncher>} */
const launchers = {
  chromium: () => chromeLauncher({launchOptions: {executablePath: findChrome(), headless: true, args: CHROME_FLAGS}}),
  // puppeteer-core drives Firefox over WebDriver BiDi: no driver binary needed.
  firefox: () =>
    chromeLauncher({
      puppeteer: /** @type {any} */ (puppeteerCore),
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
        extraPrefsFirefox: FIREFOX_PREFS,
      },
    }),
  webkit: () => new WebKitLauncher(),
};

const engines = selectedEngines(process.env.ENGINES ?? 'chromium');

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...devServerOptions,
  // The faults (captions that never answer, media that stalls, ...) are for the tests only.
  middleware: [...devServerOptions.middleware, faultMiddleware('.')],
  // frameworkAppsPlugin answers only the framework apps' entries (test/browser/frameworks.test.ts).
  plugins: [
    ...devServerOptions.plugins,
    frameworkAppsPlugin(),
    accessibleNamePlugin(),
    viewportScreenshotPlugin(),
    forcedColorsPlugin(),
    printPdfPlugin(),
  ],
  files: ['test/browser/**/*.test.ts'],
  reporters: [
    defaultReporter(),
    ...(process.env.PASSED_FILES_OUT ? [passedFilesReporter(process.env.PASSED_FILES_OUT)] : []),
  ],
  // Media timing assertions are sharper with one page playing at a time on a 2-core machine.
  concurrency: 1,
  browsers: engines.map((engine) => launchers[engine]()),
  // One more try per test, said in the log when used: test/browser/retries.ts.
  testFramework: {config: {timeout: 30000, retries: 1}},
  // A file that has not finished in this long is stuck (the slowest takes about 2 min in WebKit).
  testsFinishTimeout: 6 * 60 * 1000,
  browserStartTimeout: 60000,
};
