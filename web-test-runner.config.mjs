import {chromeLauncher} from '@web/test-runner-chrome';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {CHROME_FLAGS, findChrome} from './scripts/chrome.mjs';
import {devServerOptions} from './scripts/dev-server-config.mjs';

export default {
  ...devServerOptions,
  plugins: [...devServerOptions.plugins, a11ySnapshotPlugin()],
  files: ['test/browser/**/*.test.ts'],
  // Media timing assertions are sharper with one page playing at a time on a 2-core machine.
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath: findChrome(), headless: true, args: CHROME_FLAGS},
    }),
  ],
  testFramework: {config: {timeout: 30000}},
  testsFinishTimeout: 15 * 60 * 1000,
  browserStartTimeout: 60000,
};
