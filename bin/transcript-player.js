#!/usr/bin/env node
// `npx transcript-player html captions.vtt > transcript.html`: src/html/cli.ts does the work.
import {readFile} from 'node:fs/promises';

/** @param {string} path a file, or `-` for standard input */
async function readText(path) {
  if (path !== '-') return readFile(path, 'utf8');
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

// Imported by URL and typed from the source, so type-checking needs no build.
/** @type {typeof import('../src/html/cli.ts')} */
const {runCli} = await import(new URL('../dist/npm/cli.js', import.meta.url).href);
const {stdout, stderr, code} = await runCli(process.argv.slice(2), readText);
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = code;
