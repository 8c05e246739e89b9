// `npm run pack:check`: what an app gets from `npm install transcript-player`.
// Builds and packs the package, lints the tarball with publint and arethetypeswrong, installs it
// into a fresh project in a temp directory (from the npm cache when it can), then, as that project:
//   1. checks the tarball's file list and resolves every `exports` entry;
//   2. type-checks a consumer module against the shipped declarations (nodenext resolution);
//   3. imports every entry in plain Node, as a server rendering a page would: nothing throws or
//      needs a DOM; runs `npx transcript-player html` on the demo's captions;
//   4. bundles `import 'transcript-player'` and the side-effect-free class entry with esbuild and
//      runs both in headless Chromium: the first defines <transcript-player> and makes a player
//      (video.js, which the npm entries load on first use), the second defines nothing.
import {execFileSync} from 'node:child_process';
import {copyFile, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import * as esbuild from 'esbuild';
import {publint} from 'publint';
import {formatMessage} from 'publint/utils';
import puppeteer from 'puppeteer-core';
import {CHROME_FLAGS, findChrome} from './chrome.mjs';

const repo = resolve(import.meta.dirname, '..');
const work = await mkdtemp(join(tmpdir(), 'transcript-player-pack-'));
const app = join(work, 'app');
const keep = process.env.KEEP_PACK_CHECK === '1';
let failures = 0;

/**
 * @param {boolean} ok
 * @param {string} what
 */
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
}

/**
 * Runs a command; returns its stdout, throws (with `stdout` and `stderr`) when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 */
function run(command, args, cwd) {
  return execFileSync(command, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
}

/**
 * The output of a failed command.
 * @param {unknown} error
 */
function outputOf(error) {
  const {
    stdout = '',
    stderr = '',
    message = String(error),
  } = /** @type {{stdout?: string, stderr?: string, message?: string}} */ (error);
  return stdout + stderr || message;
}

try {
  // ---- pack ------------------------------------------------------------------------------------
  // Build here, then pack without scripts, so npm's --json answer is the only thing on stdout.
  execFileSync('npm', ['run', 'build', '--silent'], {cwd: repo, stdio: 'inherit'});
  /** @type {{filename: string, size: number, files: {path: string}[]}[]} */
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], repo));
  const tarball = join(work, packed.filename);
  const files = packed.files.map((f) => f.path);
  console.log(`packed ${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(0)} KB`);
  for (const wanted of [
    'package.json',
    'custom-elements.json',
    'dist/transcript-player.js',
    'dist/npm/index.js',
    'dist/npm/transcript-player.js',
    'dist/npm/define.js',
    'dist/npm/html.js',
    'dist/npm/cli.js',
    'bin/transcript-player.js',
    'dist/types/index.d.ts',
    'dist/types/transcript-player.d.ts',
    'dist/types/define.d.ts',
    'dist/types/html/transcript-html.d.ts',
    'dist/types/events.d.ts',
  ]) {
    check(files.includes(wanted), `tarball has ${wanted}`);
  }
  const stray = files.filter((f) => /^(src|test|media|captions|scripts|examples)\//.test(f) || f.endsWith('.map'));
  check(stray.length === 0, `tarball has no sources, tests or media${stray.length ? `: ${stray.join(', ')}` : ''}`);

  // ---- publint and arethetypeswrong --------------------------------------------------------------
  const bytes = await readFile(tarball);
  // The tarball's files sit under package/.
  const lint = await publint({
    pkgDir: 'package',
    pack: {tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)},
  });
  for (const message of lint.messages) {
    console.log(`     publint ${message.type}: ${formatMessage(message, lint.pkg, {color: false})}`);
  }
  const lintErrors = lint.messages.filter((message) => message.type === 'error').length;
  check(
    lintErrors === 0,
    `publint: ${lintErrors} errors, ${lint.messages.length - lintErrors} warnings and suggestions`,
  );
  try {
    // The package is ESM only ("type": "module", no "require" condition): the esm-only profile
    // leaves out what a CommonJS require() or node10 resolution would find, which it does not
    // support. --no-definitely-typed: no registry look-up for an @types package it does not need.
    run(
      process.execPath,
      [
        join(repo, 'node_modules/@arethetypeswrong/cli/dist/index.js'),
        tarball,
        '--profile',
        'esm-only',
        '--no-definitely-typed',
        '--format',
        'ascii',
        '--no-color',
      ],
      repo,
    );
    check(true, 'arethetypeswrong (esm-only): every entry point resolves to its types under node16 (ESM) and bundler');
  } catch (error) {
    console.log(outputOf(error));
    check(false, 'arethetypeswrong (esm-only): every entry point resolves to its types under node16 (ESM) and bundler');
  }

  // ---- install into a fresh project --------------------------------------------------------------
  await mkdir(app);
  await writeFile(
    join(app, 'package.json'),
    JSON.stringify({name: 'pack-check-app', private: true, type: 'module'}, null, 2),
  );
  const install = ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball];
  try {
    run('npm', [...install, '--offline'], app);
    console.log('installed the tarball offline, from the npm cache');
  } catch {
    // A fresh cache (after `npm ci`) holds the tarballs but not always the registry's metadata.
    run('npm', [...install, '--prefer-offline'], app);
    console.log('installed the tarball (--prefer-offline: some metadata came from the registry)');
  }

  // ---- resolution --------------------------------------------------------------------------------
  const resolveScript = `
    for (const s of ['transcript-player', 'transcript-player/transcript-player.js', 'transcript-player/define.js',
      'transcript-player/html.js', 'transcript-player/bundle.js', 'transcript-player/custom-elements.json', 'transcript-player/package.json']) {
      console.log(s + ' -> ' + import.meta.resolve(s).replace(/^.*node_modules\\//, ''));
    }`;
  const resolved = run(process.execPath, ['--input-type=module', '-e', resolveScript], app).trim().split('\n');
  for (const line of resolved) console.log(`     ${line}`);
  check(
    resolved.length === 7 && resolved.every((line) => / -> transcript-player\//.test(line)),
    'every export resolves',
  );

  // ---- a server's import ----------------------------------------------------------------------
  const serverScript = `
    for (const s of ['transcript-player', 'transcript-player/transcript-player.js', 'transcript-player/define.js',
      'transcript-player/html.js']) {
      const m = await import(s);
      console.log(s + ': ' + Object.keys(m).length + ' exports');
    }
    console.log('window ' + typeof window + ', document ' + typeof document + ', defined ' +
      !!globalThis.customElements?.get('transcript-player'));`;
  try {
    const imported = run(process.execPath, ['--input-type=module', '-e', serverScript], app).trim().split('\n');
    for (const line of imported) console.log(`     ${line}`);
    check(
      imported.at(-1) === 'window undefined, document undefined, defined false',
      'every entry imports in plain Node, with no DOM and nothing defined',
    );
  } catch (error) {
    console.log(outputOf(error));
    check(false, 'every entry imports in plain Node, with no DOM and nothing defined');
  }

  // ---- the command ---------------------------------------------------------------------------------
  // The demo's captions are not in the package: the app gets a copy, as a site has its own.
  await copyFile(join(repo, 'captions/uprooting-isis.en.vtt'), join(app, 'captions.vtt'));
  await copyFile(join(repo, 'captions/uprooting-isis.chapters.vtt'), join(app, 'chapters.vtt'));
  const command = ['--no', 'transcript-player', 'html', 'captions.vtt', '--chapters', 'chapters.vtt'];
  try {
    const html = run('npx', [...command, '--title', 'Uprooting ISIS'], app);
    const lines = (html.match(/^<p>/gm) ?? []).length;
    const chapters = (html.match(/^<h3 /gm) ?? []).length;
    console.log(`     npx transcript-player html: ${lines} lines, ${chapters} chapter headings`);
    check(
      html.startsWith('<section slot="transcript"') && lines === 46 && chapters === 6,
      'npx transcript-player html writes the transcript of the demo captions',
    );
  } catch (error) {
    console.log(outputOf(error));
    check(false, 'npx transcript-player html writes the transcript of the demo captions');
  }

  /** @type {import('custom-elements-manifest/schema').Package} */
  const manifest = JSON.parse(await readFile(join(app, 'node_modules/transcript-player/custom-elements.json'), 'utf8'));
  const element = /** @type {import('custom-elements-manifest/schema').CustomElement | undefined} */ (
    manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => 'tagName' in d && d.tagName === 'transcript-player')
  );
  const installedPackage = JSON.parse(await readFile(join(app, 'node_modules/transcript-player/package.json'), 'utf8'));
  check(
    installedPackage.customElements === 'custom-elements.json' && !!element,
    'package.json names a manifest that declares <transcript-player>',
  );
  if (element) {
    /** @param {{name: string}[]} [list] */
    const names = (list = []) => list.map((x) => x.name).join(' ');
    console.log(`     attributes: ${names(element.attributes)}`);
    console.log(`     events: ${names(element.events)}`);
    console.log(`     parts: ${names(element.cssParts)}`);
    console.log(`     custom properties: ${names(element.cssProperties)}`);
  }

  // ---- types -------------------------------------------------------------------------------------
  await writeFile(
    join(app, 'main.ts'),
    `import {TranscriptPlayerElement, TranscriptSeekEvent, parseVtt, type Cue} from 'transcript-player';
import {TranscriptPlayerElement as Bare} from 'transcript-player/transcript-player.js';
import type {TranscriptPlayerElement as Bundled} from 'transcript-player/bundle.js';
import 'transcript-player/define.js';
import {transcriptHtml} from 'transcript-player/html.js';

const player = document.createElement('transcript-player');
const same: typeof Bare = TranscriptPlayerElement;
const bundled: Bundled = player;
player.captions = 'captions.vtt';
player.theme = 'dark';
player.addEventListener('transcript-seek', (event) => {
  const time: number = event.time;
  const cue: Cue = event.cue;
  if (time > 60 && cue.text) event.preventDefault();
  // @ts-expect-error: the event is typed (an \`any\` would make this line compile).
  const wrong: string = event.time;
  console.log(wrong);
});
// @ts-expect-error: theme is 'light' | 'dark'.
player.theme = 'sepia';
player.addEventListener('transcript-error', (event) => console.log(event.source, event.message, event.line));
document.addEventListener('transcript-cuechange', (event) => console.log(event.cues.length));
const seek: TranscriptSeekEvent | undefined = undefined;
const html: string = transcriptHtml('WEBVTT', {chapters: 'WEBVTT', title: 'A talk', headingLevel: 3});
console.log(same, bundled, seek, html, parseVtt('WEBVTT').cues.length, player.media?.currentTime, player.player?.paused());
`,
  );
  await writeFile(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      files: ['main.ts'],
    }),
  );
  try {
    run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
    check(true, 'a consumer module type-checks against the shipped types (NodeNext)');
  } catch (error) {
    console.log(outputOf(error));
    check(false, 'a consumer module type-checks against the shipped types (NodeNext)');
  }

  // ---- the browser -------------------------------------------------------------------------------
  await writeFile(
    join(app, 'defines.js'),
    `import {TranscriptPlayerElement} from 'transcript-player';\nwindow.imported = TranscriptPlayerElement;\n`,
  );
  await writeFile(
    join(app, 'class-only.js'),
    `import {TranscriptPlayerElement} from 'transcript-player/transcript-player.js';\nwindow.imported = TranscriptPlayerElement;\n`,
  );
  /** @type {Record<string, string>} */
  const bundles = {};
  for (const entry of ['defines', 'class-only']) {
    // No loaders configured: a `.css` import from the package would fail here.
    const result = await esbuild.build({
      entryPoints: [join(app, `${entry}.js`)],
      absWorkingDir: app,
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
      loader: {'.css': 'empty'},
      metafile: true,
    });
    const cssInputs = Object.keys(result.metafile.inputs).filter((f) => f.endsWith('.css'));
    check(cssInputs.length === 0, `bundling ${entry}.js pulls in no .css file`);
    bundles[entry] = result.outputFiles[0].text;
  }
  const executablePath = findChrome();
  if (!executablePath) throw new Error('no Chrome or Chromium for the browser check (set CHROME_PATH)');
  const browser = await puppeteer.launch({executablePath, headless: true, args: CHROME_FLAGS});
  try {
    for (const [entry, code] of Object.entries(bundles)) {
      const page = await browser.newPage();
      /** @type {string[]} */
      const errors = [];
      page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
      // A src, so the element makes a player: video.js runs (the media itself never loads).
      await page.setContent(
        '<!doctype html><html><head></head><body><transcript-player src="none.mp4"></transcript-player></body></html>',
      );
      await page.addScriptTag({content: code, type: 'module'});
      const state = await page.evaluate(async () => {
        const element = /** @type {(HTMLElement & {player?: unknown}) | null} */ (
          document.querySelector('transcript-player')
        );
        for (let waited = 0; waited < 2000 && !element?.player; waited += 50) {
          await new Promise((r) => setTimeout(r, 50));
        }
        // What the entry module put there.
        const {imported} = /** @type {Window & {imported?: unknown}} */ (window);
        return {
          defined: customElements.get('transcript-player') === imported,
          upgraded: !!element?.shadowRoot?.querySelector('[part="transcript"]'),
          player: !!element?.player && !!element.shadowRoot?.querySelector('.video-js'),
          imported: typeof imported === 'function',
          headStyles: document.head.querySelectorAll('style').length,
        };
      });
      if (entry === 'defines') {
        check(
          state.defined && state.upgraded,
          "import 'transcript-player' defines <transcript-player> and upgrades it",
        );
        check(state.player, 'the upgraded element makes its video.js player');
      } else {
        check(
          state.imported && !state.defined && !state.upgraded,
          "'transcript-player/transcript-player.js' gives the class and defines nothing",
        );
      }
      check(state.headStyles === 0, `${entry}: nothing injects a <style> into the page`);
      check(errors.length === 0, `${entry}: no page errors${errors.length ? `: ${errors.join('; ')}` : ''}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
} finally {
  if (keep) console.log(`kept ${work}`);
  else await rm(work, {recursive: true, force: true});
}

if (failures) {
  console.error(`pack check: ${failures} failed`);
  process.exit(1);
}
console.log('pack check: all passed');
