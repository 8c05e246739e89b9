// The esbuild options of the single-file bundle, shared by the build and the benchmark (which
// also measures our own code alone, with the dependencies left external), and of the npm
// entries, shared by the build and the server-import test (which builds them to a directory of
// its own).
import {lazyVideoJsPlugin} from './lazy-video-js.mjs';
import {minifyCssLiteralsPlugin} from './minify-css-literals.mjs';
import {cssAsTextPlugin} from './vendor-bundles.mjs';
import {videoJsIconsPlugin} from './video-js-icons.mjs';

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
  plugins: [cssAsTextPlugin, videoJsIconsPlugin, minifyCssLiteralsPlugin],
};

/**
 * The npm entries (dist/npm/): Lit stays an import so an app has one Lit; video.js
 * and the CSS are bundled in (see build.mjs). `outdir` is the caller's.
 * @satisfies {import('esbuild').BuildOptions}
 */
export const npmOptions = {
  entryPoints: {
    index: 'src/index.ts',
    'transcript-player': 'src/transcript-player.ts',
    define: 'src/define.ts',
    // The transcript as plain HTML and the `transcript-player html` command: no element, no
    // video.js, and not in the single-file bundle.
    html: 'src/html/transcript-html.ts',
    cli: 'src/html/cli.ts',
  },
  bundle: true,
  // One shared chunk, so `transcript-player` and `transcript-player/transcript-player.js` give
  // the same class rather than two copies.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  target: 'es2022',
  // Lit (and its subpaths) resolve in the consumer's app; the app's bundler picks Lit's dev or
  // production build (and on a server, Node picks Lit's server build).
  external: ['lit', 'lit/*', '@lit/*'],
  minifySyntax: true,
  legalComments: 'inline',
  plugins: [lazyVideoJsPlugin, cssAsTextPlugin, videoJsIconsPlugin, minifyCssLiteralsPlugin],
  logLevel: 'warning',
};
