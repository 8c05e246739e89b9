import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';

import {pruneIconSprite, pruneTextTrackSettings, UNUSED_ICONS} from '../../scripts/video-js-icons.mjs';

const VIDEO_JS = readFileSync('node_modules/video.js/dist/alt/video.core.novtt.js', 'utf8');
const unused = UNUSED_ICONS.flatMap(({names}) => names);

/** The symbol ids in the sprite of a video.js source. */
function symbols(source: string): string[] {
  const literal = /\bvar icons = ("(?:[^"\\]|\\.)*");/.exec(source)?.[1];
  return [...(JSON.parse(literal ?? '""') as string).matchAll(/\bid="vjs-icon-([a-z0-9-]+)"/g)].map((m) => m[1]);
}

describe('pruneIconSprite', () => {
  const pruned = pruneIconSprite(VIDEO_JS);

  it('takes out the unused symbols and nothing else', () => {
    const before = symbols(VIDEO_JS);
    expect(before.length).toBeGreaterThan(40);
    expect(symbols(pruned)).toEqual(before.filter((name) => !unused.includes(name)));
  });

  it('keeps every icon a video.js component names', () => {
    const named = new Set([...VIDEO_JS.matchAll(/\.setIcon\('([a-z0-9-]+)'/g)].map((m) => m[1]));
    expect(named.size).toBeGreaterThan(10);
    expect(unused.filter((name) => named.has(name))).toEqual([]);
    for (const name of named) expect(symbols(pruned)).toContain(name);
  });

  it('changes nothing outside the sprite', () => {
    const outside = (source: string) => source.replace(/\bvar icons = "(?:[^"\\]|\\.)*";/, '');
    expect(outside(pruned)).toBe(outside(VIDEO_JS));
  });

  it('fails on a video.js whose sprite is not as expected', () => {
    expect(() => pruneIconSprite('var x = 1;')).toThrow(/expected one `var icons/);
    expect(() => pruneIconSprite('var icons = "<svg><defs></defs></svg>";')).toThrow(/expected one symbol/);
  });
});

describe('pruneTextTrackSettings', () => {
  const pruned = pruneTextTrackSettings(VIDEO_JS);
  // What the cut stretch defines at its top level (classes, constants, helpers).
  const cut = VIDEO_JS.slice(
    VIDEO_JS.indexOf('  class TextTrackSelect'),
    VIDEO_JS.length - pruned.length + VIDEO_JS.indexOf('  class TextTrackSelect'),
  );
  const defined = [...cut.matchAll(/^ {2}(?:const|let|var|function|class) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]);

  it('takes out the caption settings dialog and its parts', () => {
    expect(defined).toEqual(expect.arrayContaining(['TextTrackSettings', 'TextTrackSelect', 'TextTrackFieldset']));
    expect(pruned).not.toContain("registerComponent('TextTrackSettings'");
    expect(pruned.length).toBeLessThan(VIDEO_JS.length - 15000);
  });

  it('leaves nothing that uses what it took out (outside comments and strings)', () => {
    const code = pruned.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').replace(/'(?:[^'\\\n]|\\.)*'/g, "''");
    for (const name of defined) expect(new RegExp(`\\b${name.replace('$', '\\$')}\\b`).test(code), name).toBe(false);
  });

  it('fails loudly on a video.js without the dialog where it was', () => {
    expect(() => pruneTextTrackSettings('no dialog here')).toThrow(/caption settings dialog/);
  });
});
