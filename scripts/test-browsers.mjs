// Runs the browser tests in each engine in turn: `node scripts/test-browsers.mjs [chromium]
// [firefox] [webkit] [wtr options]` (default: all three, or those in ENGINES). One engine at a
// time keeps the media timing assertions sharp; WebKit's MiniBrowser has no headless mode, so its
// run goes under xvfb-run unless a display is set. Every engine runs even if an earlier one failed.
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {checkEngines, findXvfbRun, selectedEngines} from './browsers.mjs';

// Engine names first, then wtr's own options (`--files ...`, `--watch`), perhaps after a `--`.
const args = process.argv.slice(2);
const firstOption = args.findIndex((arg) => arg.startsWith('-'));
const named = firstOption === -1 ? args : args.slice(0, firstOption);
const wtrOptions = firstOption === -1 ? [] : args.slice(args[firstOption] === '--' ? firstOption + 1 : firstOption);
const engines = selectedEngines(named.join(',') || process.env.ENGINES);
if (!checkEngines(engines)) process.exit(1);

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
  // One more try for an engine whose run failed: on a shared 2-core machine WebKitGTK's driver
  // has been seen to stop answering mid-run (requests time out, the browser idle), which a fresh
  // session does not repeat. A test that fails for a real reason fails twice; both runs are shown.
  for (let attempt = 1; attempt <= 2; attempt++) {
    console.log(`\n=== ${engine}${attempt > 1 ? ' (second try)' : ''} ===`);
    run = spawnSync(command[0], command.slice(1), {stdio: 'inherit', env});
    if (run.status === 0) break;
  }
  results.push({
    engine,
    ok: run?.status === 0,
    seconds: Math.round((Date.now() - started) / 1000),
    signal: run?.signal,
  });
}

console.log('\nBrowser tests:');
for (const {engine, ok, seconds, signal} of results)
  console.log(`  ${engine.padEnd(9)} ${ok ? 'passed' : `FAILED${signal ? ` (${signal})` : ''}`} in ${seconds} s`);
process.exit(results.every((result) => result.ok) ? 0 : 1);
