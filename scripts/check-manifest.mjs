// `npm run manifest:check` (part of `npm test`): fails when the committed custom-elements.json is
// not what the analyzer makes from the sources now, i.e. when a change to the element's JSDoc,
// properties or events was committed without `npm run analyze`.
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {analyze, MANIFEST, repo} from './manifest.mjs';

const work = await mkdtemp(join(tmpdir(), 'transcript-player-manifest-'));
try {
  analyze(work);
  const fresh = await readFile(join(work, MANIFEST), 'utf8');
  const committed = await readFile(join(repo, MANIFEST), 'utf8');
  if (fresh === committed) {
    console.log(`${MANIFEST} is up to date`);
  } else {
    console.error(`${MANIFEST} is stale: run \`npm run analyze\` and commit it.`);
    console.error(changedLines(committed, fresh));
    process.exitCode = 1;
  }
} finally {
  await rm(work, {recursive: true, force: true});
}

/**
 * The span of lines that differs, from the first changed line to the last, as - and + lines.
 * @param {string} before
 * @param {string} after
 */
function changedLines(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  /** @type {(lines: string[], sign: string) => string[]} */
  const shown = (lines, sign) => lines.slice(0, 20).map((line) => `${sign} ${line}`);
  return [`@@ line ${start + 1} @@`, ...shown(a.slice(start, endA), '-'), ...shown(b.slice(start, endB), '+')].join(
    '\n',
  );
}
