// video.js's builds and webvtt-parser are CommonJS/UMD, which a browser cannot import as ES
// modules. The build bundles them with esbuild; the dev server serves each one pre-bundled under
// a virtual path so tests and the demo run the same code the build ships.
import {readFile} from 'node:fs/promises';
import * as esbuild from 'esbuild';
import {pruneVideoJsCss} from './prune-video-js-css.mjs';
import {videoJsIconsPlugin} from './video-js-icons.mjs';

/**
 * Lets `import css from '….css'` give the stylesheet text; video.js's comes without the rules our
 * player never uses (scripts/prune-video-js-css.mjs), in the bundles, the demo and the tests alike.
 * @type {import('esbuild').Plugin}
 */
export const cssAsTextPlugin = {
  name: 'css-as-text',
  setup(build) {
    build.onLoad({filter: /\.css$/}, async ({path}) => {
      const css = await readFile(path, 'utf8');
      const contents = /[\\/]video\.js[\\/]dist[\\/]video-js(?:\.min)?\.css$/.test(path) ? pruneVideoJsCss(css) : css;
      return {contents, loader: 'text'};
    });
  },
};

/** @param {string} source */
const isVendorSpecifier = (source) =>
  source === 'webvtt-parser' || source === 'video.js' || source.startsWith('video.js/');

const VIRTUAL_PREFIX = '/__vendor/';

/**
 * A @web/dev-server plugin that serves the CommonJS dependencies as bundled ES modules.
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function vendorBundlesPlugin() {
  /** @type {Map<string, Promise<string>>} */
  const cache = new Map();
  return {
    name: 'vendor-bundles',
    resolveImport({source}) {
      if (isVendorSpecifier(source)) return `${VIRTUAL_PREFIX}${encodeURIComponent(source)}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(VIRTUAL_PREFIX)) return;
      const specifier = decodeURIComponent(context.path.slice(VIRTUAL_PREFIX.length, -'.js'.length));
      if (!isVendorSpecifier(specifier)) return;
      let bundle = cache.get(specifier);
      if (!bundle) cache.set(specifier, (bundle = bundleSpecifier(specifier)));
      return {body: await bundle, type: 'js'};
    },
  };
}

/** @param {string} specifier */
async function bundleSpecifier(specifier) {
  const result = await esbuild.build({
    stdin: {
      contents: `import m from ${JSON.stringify(specifier)}; export default m;`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    target: 'chrome110',
    write: false,
    plugins: [cssAsTextPlugin, videoJsIconsPlugin],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
