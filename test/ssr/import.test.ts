// The package imported on a server: every public entry, built as the build builds dist/npm/, is
// imported by plain Node (a child process: no vitest, no DOM globals) and must not throw, must
// leave `window` and `document` alone, and must define the element only where there is a DOM.
//
// The test builds the entries itself (scripts/bundle-options.mjs, the build's own options) rather
// than reading dist/npm/: `npm test` runs the unit tests before the build, and another build
// running at the same time replaces dist/npm/ under a reader. It builds into node_modules/.cache/
// so that the entries' `import 'lit'` resolves, as it does in an app, to Lit's server build.
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import * as esbuild from 'esbuild';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {npmOptions} from '../../scripts/bundle-options.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = path.join(ROOT, 'node_modules/.cache');
mkdirSync(CACHE, {recursive: true});
const out = mkdtempSync(path.join(CACHE, 'ssr-import-test-'));
afterAll(() => rmSync(out, {recursive: true, force: true}));

beforeAll(async () => {
  await esbuild.build({...npmOptions, absWorkingDir: ROOT, outdir: out, logLevel: 'silent'});
}, 60_000);

const ENTRIES = ['index', 'transcript-player', 'define', 'html'] as const;

interface Report {
  exports: string[];
  isClass: boolean;
  defined: string | null;
  globals: {window: string; document: string; customElements: string; HTMLElement: string};
}

/**
 * Imports one built entry in a fresh Node process after `setup` (code run before the import) and
 * reports what it exported and what is on globalThis afterwards.
 */
function importInNode(entry: string, setup = ''): Report {
  const url = pathToFileURL(path.join(out, `${entry}.js`)).href;
  const script = `${setup}
const m = await import(${JSON.stringify(url)});
const element = m.TranscriptPlayerElement;
console.log(JSON.stringify({
  exports: Object.keys(m).sort(),
  isClass: typeof element === 'function' && /^class\\b/.test(Function.prototype.toString.call(element)),
  defined: globalThis.registry ? (globalThis.registry.get('transcript-player') === element ? 'stub' : null)
    : (globalThis.customElements?.get('transcript-player') ? 'registry' : null),
  globals: {window: typeof window, document: typeof document, customElements: typeof customElements,
    HTMLElement: typeof HTMLElement},
}));`;
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script], {cwd: ROOT, encoding: 'utf8'});
  return JSON.parse(stdout) as Report;
}

describe('importing the package in Node', () => {
  for (const entry of ENTRIES) {
    it(`${entry}.js imports without a DOM, touches no window or document, defines nothing`, () => {
      const report = importInNode(entry);
      expect(report.globals.window).toBe('undefined');
      expect(report.globals.document).toBe('undefined');
      expect(report.globals.HTMLElement).toBe('undefined');
      // Lit's server build may have put its own registry on globalThis; the element is not in it.
      expect(report.defined).toBeNull();
      if (entry === 'html') expect(report.exports).toEqual(['transcriptHtml']);
      else expect(report.isClass).toBe(true);
    });
  }

  it('index.js exports the class, the event classes and the parser', () => {
    expect(importInNode('index').exports).toEqual([
      'CueIndex',
      'TranscriptCueChangeEvent',
      'TranscriptErrorEvent',
      'TranscriptLoadEvent',
      'TranscriptPlayerElement',
      'TranscriptSearchEvent',
      'TranscriptSeekEvent',
      'TranscriptShareEvent',
      'parseVtt',
    ]);
  });

  // A DOM emulator's globals, reduced to what defining needs.
  const stubDom = `
globalThis.registry = new Map();
globalThis.customElements = {get: (n) => registry.get(n), define: (n, c) => registry.set(n, c)};
globalThis.HTMLElement = class HTMLElement {};`;

  for (const entry of ['index', 'define']) {
    it(`${entry}.js defines <transcript-player> where there is a registry and HTMLElement`, () => {
      expect(importInNode(entry, stubDom).defined).toBe('stub');
    });
  }

  it('transcript-player.js defines nothing, even where it could', () => {
    const report = importInNode('transcript-player', stubDom);
    expect(report.isClass).toBe(true);
    expect(report.defined).toBeNull();
  });
});
