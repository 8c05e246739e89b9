// Browser tests in Chromium, Firefox and WebKit. ENGINES=firefox (or chromium, webkit, or a
// comma-separated list; plain `wtr` runs Chromium) picks the engines. scripts/test-browsers.mjs
// runs them one after another, the WebKit run under xvfb-run: that is what `npm test` and
// `npm run test:<engine>` do.
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {WebdriverLauncher} from '@web/test-runner-webdriver';
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

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver, which this launcher starts on a free port
 * before the first session and stops with the run.
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
    this.#server = await startWebKitWebDriver();
    this.#private.options.port = this.#server.port;
    await super.initialize(config);
    this.name = 'WebKit';
  }

  /** @override */
  async stop() {
    await super.stop();
    this.#server?.stop();
  }

  /** The viewport as a base64 PNG (one session at a time: the test page is the top document). */
  viewportScreenshot() {
    return this.#private.driver.takeScreenshot();
  }

  /**
   * WebDriver's Get Computed Label for the element `find` returns in the page.
   * @param {() => Element | null} find
   */
  async accessibleName(find) {
    const {driver} = this.#private;
    const found = /** @type {any} */ (await driver.execute(find));
    return driver.$(found).getComputedLabel();
  }

  /** WebdriverLauncher keeps its options and session private to its type declarations only. */
  get #private() {
    return /** @type {{options: {port: number}, driver: import('webdriverio').Browser}} */ (
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
 * A puppeteer launcher driving Chromium (not Firefox) over the DevTools protocol.
 * @param {import('@web/test-runner').BrowserLauncher} browser
 * @returns {browser is import('@web/test-runner-chrome').ChromeLauncher}
 */
function isChromium(browser) {
  return browser.type === 'puppeteer' && browser.name === 'Chrome';
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
  plugins: [...devServerOptions.plugins, accessibleNamePlugin(), viewportScreenshotPlugin()],
  files: ['test/browser/**/*.test.ts'],
  // Media timing assertions are sharper with one page playing at a time on a 2-core machine.
  concurrency: 1,
  browsers: engines.map((engine) => launchers[engine]()),
  testFramework: {config: {timeout: 30000}},
  // A file that has not finished in this long is stuck (the slowest takes about 2 min in WebKit).
  testsFinishTimeout: 6 * 60 * 1000,
  browserStartTimeout: 60000,
};
