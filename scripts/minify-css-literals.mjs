// Our stylesheets are Lit `css` template literals, which esbuild leaves as written: comments,
// indentation and all. For the bundles, this plugin strips comments and folds whitespace inside
// them (only in our own `*.styles.ts` files, whose CSS holds no strings where that would matter).
import {readFile} from 'node:fs/promises';

/**
 * CSS text with comments removed and whitespace folded around punctuation.
 * @param {string} css
 */
export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/** @type {import('esbuild').Plugin} */
export const minifyCssLiteralsPlugin = {
  name: 'minify-css-literals',
  setup(build) {
    build.onLoad({filter: /\.styles\.ts$/}, async ({path}) => {
      const source = await readFile(path, 'utf8');
      // css`…` with no backtick inside; ${…} interpolations are kept as they are.
      const contents = source.replace(/css`([^`]*)`/g, (_, body) => `css\`${minifyCss(body)}\``);
      return {contents, loader: 'ts'};
    });
  },
};
