// The esbuild options of the single-file bundle, shared by the build and the benchmark (which
// also measures our own code alone, with the dependencies left external).
import {minifyCssLiteralsPlugin} from './minify-css-literals.mjs';
import {cssAsTextPlugin} from './vendor-bundles.mjs';

/** @satisfies {import('esbuild').BuildOptions} */
export const singleFileOptions = {
  entryPoints: ['src/index.ts'],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  // Lit's production build: no dev-mode warnings or checks.
  conditions: ['production'],
  define: {'process.env.NODE_ENV': '"production"'},
  legalComments: 'none',
  write: false,
  plugins: [cssAsTextPlugin, minifyCssLiteralsPlugin],
};
