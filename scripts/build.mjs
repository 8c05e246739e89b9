// `npm run build`:
// 1. dist/transcript-player.js, the single-file ES module for <script type="module"> embeds, with
//    lit, video.js (its core build, without HTTP streaming or vtt.js) and all CSS
//    inside, minified by esbuild and then terser. Its gzip size is printed and must stay at or
//    under BUDGET_GZIP.
// 2. dist/npm/, the ES modules the package's `exports` point at (index, transcript-player, define,
//    plus shared chunks). Lit stays an import so an app has one Lit; video.js and
//    the CSS are bundled in, because video.js must run after the flag that stops its <style>
//    injection (an external import would be hoisted above it) and its CSS must not reach a
//    consumer's bundler as a `.css` import. video.js runs on first use, not at import, so a
//    server can import them (scripts/lazy-video-js.mjs).
// 3. dist/types/, the declarations (tsc -p tsconfig.build.json).
// 4. custom-elements.json (cem analyze), unless --no-manifest.
import {execFileSync} from 'node:child_process';
import {mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {gzipSync} from 'node:zlib';
import * as esbuild from 'esbuild';
import {minify} from 'terser';
import {npmOptions, singleFileOptions} from './bundle-options.mjs';
import {analyze, MANIFEST} from './manifest.mjs';

const OUT = 'dist/transcript-player.js';
const NPM_OUT = 'dist/npm';
const BUDGET_GZIP = 100 * 1024;
const args = new Set(process.argv.slice(2));

const result = await esbuild.build({...singleFileOptions, metafile: true, logLevel: 'warning'});

await mkdir('dist', {recursive: true});
// esbuild bundles; terser's second pass over the result saves about 2.4 KB gzip (mostly in
// video.js) that esbuild's single-pass minifier leaves, for about 6 s of build time.
const minified = await minify(result.outputFiles[0].text, {
  module: true,
  compress: {passes: 2},
  format: {comments: false},
});
const code = new TextEncoder().encode(minified.code ?? '');
await writeFile(OUT, code);
await writeFile('dist/meta.json', JSON.stringify(result.metafile));

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = gzipSync(code, {level: 9}).length;
const byPackage = new Map();
for (const [file, info] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
  const name = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? 'transcript-player (own code)';
  byPackage.set(name, (byPackage.get(name) ?? 0) + info.bytesInOutput);
}
console.log(`${OUT}: ${kb(code.length)} minified, ${kb(gzip)} gzip (budget ${kb(BUDGET_GZIP)})`);
for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${name.padEnd(32)} ${kb(bytes)} minified`);
}
if (gzip > BUDGET_GZIP) {
  console.error(`${OUT} is over its gzip budget by ${kb(gzip - BUDGET_GZIP)}.`);
  process.exitCode = 1;
}

// ---- npm entry points ------------------------------------------------------------------------

await rm(NPM_OUT, {recursive: true, force: true});
await esbuild.build({...npmOptions, outdir: NPM_OUT});
const npmFiles = await readdir(NPM_OUT, {recursive: true});
for (const file of npmFiles.filter((f) => f.endsWith('.js'))) {
  const text = await readFile(`${NPM_OUT}/${file}`, 'utf8');
  // A consumer's bundler must see plain JavaScript: no CSS imports, no Node globals.
  if (/\bimport\s*(?:[^'"]*from\s*)?['"][^'"]+\.css['"]/.test(text) || /\bprocess\.env\b/.test(text)) {
    throw new Error(`${NPM_OUT}/${file} imports CSS or reads process.env`);
  }
}
console.log(
  `${NPM_OUT}/: ${npmFiles
    .filter((f) => f.endsWith('.js'))
    .sort()
    .join(', ')}`,
);

// ---- declarations and manifest ---------------------------------------------------------------

await rm('dist/types', {recursive: true, force: true});
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {stdio: 'inherit'});
console.log('dist/types/: declarations');
if (!args.has('--no-manifest')) {
  analyze();
  console.log(`${MANIFEST}: written`);
}
