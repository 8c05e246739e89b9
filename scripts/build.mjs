// `npm run build`: the single-file ES module for <script type="module"> embeds, with lit,
// video.js (its core build, without HTTP streaming), webvtt-parser and all CSS inside.
import {mkdir, writeFile} from 'node:fs/promises';
import {gzipSync} from 'node:zlib';
import * as esbuild from 'esbuild';
import {cssAsTextPlugin} from './vendor-bundles.mjs';

const OUT = 'dist/transcript-player.js';

const result = await esbuild.build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  // Lit's production build: no dev-mode warnings or checks.
  conditions: ['production'],
  define: {'process.env.NODE_ENV': '"production"'},
  legalComments: 'none',
  metafile: true,
  write: false,
  plugins: [cssAsTextPlugin],
  logLevel: 'warning',
});

await mkdir('dist', {recursive: true});
const code = result.outputFiles[0].contents;
await writeFile(OUT, code);
await writeFile('dist/meta.json', JSON.stringify(result.metafile));

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const byPackage = new Map();
for (const [file, info] of Object.entries(result.metafile.outputs[OUT]?.inputs ?? Object.values(result.metafile.outputs)[0].inputs)) {
  const name = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? 'transcript-player (own code)';
  byPackage.set(name, (byPackage.get(name) ?? 0) + info.bytesInOutput);
}
console.log(`${OUT}: ${kb(code.length)} minified, ${kb(gzipSync(code, {level: 9}).length)} gzip`);
for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${name.padEnd(32)} ${kb(bytes)} minified`);
}
