// One server set-up for the demo (`npm start`), the browser tests and the benchmark.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {cspMiddleware} from './csp-middleware.mjs';
import {rangeMiddleware} from './range-middleware.mjs';
import {vendorBundlesPlugin} from './vendor-bundles.mjs';

export const devServerOptions = {
  rootDir: '.',
  nodeResolve: true,
  middleware: [cspMiddleware(), rangeMiddleware('.')],
  plugins: [
    vendorBundlesPlugin(),
    // chrome130: es2022 would strip import attributes, esnext would leave decorators unlowered.
    esbuildPlugin({ts: true, target: 'chrome130', tsconfig: 'tsconfig.json'}),
  ],
};
