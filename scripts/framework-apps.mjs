// The framework examples (examples/react, vue, svelte) compiled as their users' build tools do:
// JSX with React's automatic runtime (esbuild, as Vite does), Vue single-file components with
// @vue/compiler-sfc (told that <transcript-player> is a custom element), Svelte components with
// svelte/compiler. Each app's main module is served as one bundle; `transcript-player` stays an
// import of the element's source, so the app and the test share one element and one video.js.
import {readFile} from 'node:fs/promises';
import {basename} from 'node:path';
import * as esbuild from 'esbuild';

/** Requests this plugin answers: an app's entry module. */
const APP_ENTRY = /^\/examples\/(react|vue|svelte)\/main\.jsx?$/;

/** Vue's template compiler, told which tags are custom elements rather than Vue components. */
export const isCustomElement = (/** @type {string} */ tag) => tag === 'transcript-player';

/** @type {import('esbuild').Plugin} */
const elementFromSource = {
  name: 'transcript-player-source',
  setup(build) {
    build.onResolve({filter: /^transcript-player(\/.*)?$/}, () => ({path: '/src/index.ts', external: true}));
  },
};

/** @type {import('esbuild').Plugin} */
const vueSfc = {
  name: 'vue-sfc',
  setup(build) {
    build.onLoad({filter: /\.vue$/}, async ({path}) => {
      const {parse, compileScript} = await import('vue/compiler-sfc');
      const {descriptor, errors} = parse(await readFile(path, 'utf8'), {filename: path});
      if (errors.length) return {errors: errors.map((error) => ({text: String(error)}))};
      const script = compileScript(descriptor, {
        id: basename(path),
        inlineTemplate: true,
        templateOptions: {compilerOptions: {isCustomElement}},
      });
      return {contents: script.content, loader: descriptor.scriptSetup?.lang === 'ts' ? 'ts' : 'js'};
    });
  },
};

/** @type {import('esbuild').Plugin} */
const svelteComponents = {
  name: 'svelte',
  setup(build) {
    build.onLoad({filter: /\.svelte$/}, async ({path}) => {
      const {compile} = await import('svelte/compiler');
      const {js, warnings} = compile(await readFile(path, 'utf8'), {filename: path, generate: 'client'});
      return {contents: js.code, loader: 'js', warnings: warnings.map((warning) => ({text: warning.message}))};
    });
  },
};

/**
 * Bundles one app entry (a path under the project root).
 * @param {string} entry
 */
export async function bundleApp(entry) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'chrome130',
    jsx: 'automatic',
    // Svelte's package picks its client runtime through these conditions.
    conditions: ['svelte', 'browser'],
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: [elementFromSource, vueSfc, svelteComponents],
    minifySyntax: true,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * A @web/dev-server plugin that serves each framework app's entry as its bundle. It answers only
 * those paths, which only the framework tests import: other tests and pages are untouched.
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function frameworkAppsPlugin() {
  return {
    name: 'framework-apps',
    async serve(context) {
      if (!APP_ENTRY.test(context.path)) return undefined;
      return {body: await bundleApp(`.${context.path}`), type: 'js'};
    },
  };
}
