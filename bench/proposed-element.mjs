// A prototype of changes proposed for src/transcript-player.ts (owned by another engineer),
// built as a second bundle so the benchmark can measure it next to the element as it is:
// 1. the follow-mode scroll moves out of the clock tick into the next animation frame;
// 2. disposing the player disables the caption track and removes its cues: a showing track
//    added with addTextTrack() otherwise keeps the whole removed element alive.
import {readFile} from 'node:fs/promises';
import * as esbuild from 'esbuild';
import {cssAsTextPlugin} from '../scripts/vendor-bundles.mjs';

export const PROPOSED_BUNDLE = 'dist/transcript-player.proposed.js';

const PATCHES = [
  [
    'if (this.following) this.#scrollToLine(active[0]);',
    `if (this.following) {
      // Scrolling reads layout (offsetTop); a frame paints it anyway, so do it in the next one.
      const index = active[0];
      requestAnimationFrame(() => {
        if (this.following && this.#active[0] === index) this.#scrollToLine(index);
      });
    }`,
  ],
  [
    '    this.#player?.dispose();',
    `    if (this.#captionTrack) {
      // A showing track made by addTextTrack() cannot be removed and keeps this element alive.
      this.#captionTrack.mode = 'disabled';
      for (const cue of [...(this.#captionTrack.cues ?? [])]) this.#captionTrack.removeCue(cue);
    }
    this.#player?.dispose();`,
  ],
];

/** Builds the patched bundle; false when the source no longer has the lines (applied or moved). */
export async function buildProposed() {
  const source = await readFile('src/transcript-player.ts', 'utf8');
  if (!PATCHES.every(([before]) => source.split(before).length === 2)) return false;
  const patched = PATCHES.reduce((text, [before, after]) => text.replace(before, after), source);
  await esbuild.build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    conditions: ['production'],
    define: {'process.env.NODE_ENV': '"production"'},
    legalComments: 'none',
    outfile: PROPOSED_BUNDLE,
    plugins: [
      cssAsTextPlugin,
      {
        name: 'proposed-patch',
        setup(build) {
          build.onLoad({filter: /src[\\/]transcript-player\.ts$/}, async () => ({
            contents: patched,
            loader: 'ts',
          }));
        },
      },
    ],
    logLevel: 'error',
  });
  return true;
}
