// How custom-elements.json is made: `cem analyze` with custom-elements-manifest.config.mjs, from
// the repository root. Used by the build (which writes it) and by scripts/check-manifest.mjs.
import {execFileSync} from 'node:child_process';
import {relative, resolve} from 'node:path';

export const repo = resolve(import.meta.dirname, '..');
export const MANIFEST = 'custom-elements.json';

/**
 * Writes custom-elements.json into `outdir`.
 * @param {string} [outdir] the repository root by default
 */
export function analyze(outdir = repo) {
  // The analyzer joins --outdir to its working directory, so it must be relative.
  const cem = resolve(repo, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
  execFileSync(process.execPath, [cem, 'analyze', '--quiet', '--outdir', relative(repo, outdir) || '.'], {
    cwd: repo,
    stdio: 'inherit',
  });
}
