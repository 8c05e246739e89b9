import {createRequire} from 'node:module';
import {describe, expect, test} from 'vitest';
import {readCharRef} from '../../src/cues/char-refs.js';

// webvtt-parser ships HTML's table of named character references ("&name;" → text, and the
// legacy names again without the semicolon): the reference our short table must agree with.
const html = createRequire(import.meta.url)('webvtt-parser/html-entities.json') as Record<string, string>;

/** The decoded text of `&…` and what is left after the reference. */
function decode(input: string): [string, string] | undefined {
  const found = readCharRef(input, 1);
  return found && [found.text, input.slice(found.end)];
}

describe('readCharRef', () => {
  test('every name it knows decodes as HTML decodes it; a name it does not know falls back to a legacy prefix, as HTML does', () => {
    let whole = 0;
    for (const [reference, text] of Object.entries(html)) {
      const found = readCharRef(reference, 1);
      if (!found) continue;
      if (found.end === reference.length) {
        whole++;
        expect([reference, found.text]).toEqual([reference, text]);
      } else {
        // "&centerdot;" is not in our table: HTML's longest legacy name within it, "&cent", is.
        const prefix = reference.slice(0, found.end);
        expect([reference, found.text]).toEqual([reference, html[prefix]]);
      }
    }
    // The 106 legacy names twice (with and without ";") and about 45 typographic ones.
    expect(whole).toBeGreaterThan(250);
  });

  const cases: [input: string, expected: [string, string] | undefined][] = [
    ['&copy;', ['©', '']],
    ['&eacute;', ['é', '']],
    ['&AMP;', ['&', '']],
    ['&COPY;', ['©', '']],
    ['&copy2024', ['©', '2024']],
    ['&ampx;', ['&', 'x;']],
    ['&hellip;', ['…', '']],
    ['&hellip', undefined],
    ['&Eacute;', ['É', '']],
    ['&EACUTE;', undefined],
    ['&nosuchname;', undefined],
    ['&;', undefined],
    ['& b', undefined],
    ['&#x3c;', ['<', '']],
    ['&#X3C;', ['<', '']],
    ['&#60;', ['<', '']],
    ['&#60', ['<', '']],
    ['&#60x', ['<', 'x']],
    ['&#0;', ['\ufffd', '']],
    ['&#xd800;', ['\ufffd', '']],
    ['&#x110000;', ['\ufffd', '']],
    [`&#${'9'.repeat(400)};`, ['\ufffd', '']],
    ['&#x1F600;', ['😀', '']],
    ['&#128;', ['€', '']],
    ['&#x81;', ['\x81', '']],
    ['&#150;', ['–', '']],
    ['&#;', undefined],
    ['&#x;', undefined],
    ['&#xg;', undefined],
  ];
  for (const [input, expected] of cases) {
    test(JSON.stringify(input.slice(0, 20)), () => {
      expect(decode(input)).toEqual(expected);
    });
  }
});
