// Runs the browser tests in each engine in turn: `node scripts/test-browsers.mjs [chromium]
// [firefox] [webkit] [wtr options]` (default: all three, or those in ENGINES). One engine at a
// time keeps the media timing assertions sharp; WebKit's MiniBrowser has no headless mode, so its
// run goes under xvfb-run unless a display is set. Every engine runs even if an earlier one failed.
import {spawnSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {checkEngines, findXvfbRun, selectedEngines} from './browsers.mjs';

// Engine names first, then wtr's own options (`--files ...`, `--watch`), perhaps after a `--`.
const args = process.argv.slice(2);
const firstOption = args.findIndex((arg) => arg.startsWith('-'));
const named = firstOption === -1 ? args : args.slice(0, firstOption);
const wtrOptions = firstOption === -1 ? [] : args.slice(args[firstOption] === '--' ? firstOption + 1 : firstOption);
const engines = selectedEngines(named.join(',') || process.env.ENGINES);
if (!checkEngines(engines)) process.exit(1);

/** Tries per engine: the first with every file, then the files that have not passed. */
const MAX_TRIES = 3;

const wtr = fileURLToPath(new URL('../node_modules/.bin/wtr', import.meta.url));
const results = [];
for (const engine of engines) {
  /** @type {NodeJS.ProcessEnv} */
  const env = {...process.env, ENGINES: engine};
  let command = [wtr, ...wtrOptions];
  if (engine === 'webkit') {
    // WebKitGTK takes navigator.language from LANG (with C.UTF-8 it is "C"); the tests expect en-US.
    env.LANG = 'en_US.UTF-8';
    env.LANGUAGE = 'en_US';
    if (!process.env.DISPLAY) command = [findXvfbRun() ?? 'xvfb-run', '-a', '-s', '-screen 0 1280x1024x24', ...command];
  }
  const started = Date.now();
  let run;
  // More tries for the files that did not pass: on a shared 2-core machine WebKitGTK's page has
  // been seen to freeze now and then (a different file each time, a fresh browser does not
  // repeat it). A test that fails for a real reason fails every try; every try is shown. The
  // config's reporter lists the files and those that passed, as they finish.
  const progress = join(tmpdir(), `wtr-progress-${process.pid}-${engine}.json`);
  env.PASSED_FILES_OUT = progress;
  /** The files the next try runs (none: every file). */
  let left = /** @type {string[]} */ ([]);
  for (let attempt = 1; attempt <= MAX_TRIES; attempt++) {
    const which = left.length ? `: ${left.join(', ')}` : '';
    console.log(`\n=== ${engine}${attempt > 1 ? ` (try ${attempt} of ${MAX_TRIES}${which})` : ''} ===`);
    rmSync(progress, {force: true});
    const argv = left.length ? [...withoutFiles(command), '--files', ...left] : command;
    run = spawnSync(argv[0], argv.slice(1), {stdio: 'inherit', env});
    if (run.status === 0) break;
    // The files that did not pass; without a list (wtr did not get that far), the same again.
    const {all, passed} = readProgress(progress);
    const failed = all.filter((file) => !passed.includes(file));
    if (failed.length) left = failed;
  }
  results.push({
    engine,
    ok: run?.status === 0,
    seconds: Math.round((Date.now() - started) / 1000),
    signal: run?.signal,
  });
}

/**
 * What a run's reporter wrote: its test files and those that passed (none when it wrote nothing).
 * @param {string} path
 * @returns {{all: string[], passed: string[]}}
 */
function readProgress(path) {
  try {
    const {all, passed} = JSON.parse(readFileSync(path, 'utf8'));
    return {all: Array.isArray(all) ? all : [], passed: Array.isArray(passed) ? passed : []};
  } catch {
    return {all: [], passed: []};
  }
}

/**
 * `argv` without its `--files` option and the values after it.
 * @param {string[]} argv
 */
function withoutFiles(argv) {
  const start = argv.indexOf('--files');
  if (start === -1) return argv;
  let end = start + 1;
  while (end < argv.length && !argv[end].startsWith('-')) end++;
  return [...argv.slice(0, start), ...argv.slice(end)];
}

console.log('\nBrowser tests:');
for (const {engine, ok, seconds, signal} of results)
  console.log(`  ${engine.padEnd(9)} ${ok ? 'passed' : `FAILED${signal ? ` (${signal})` : ''}`} in ${seconds} s`);
process.exit(results.every((result) => result.ok) ? 0 : 1);
