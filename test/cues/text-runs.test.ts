import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {foldSpaces, parseCueText, textRuns} from '../../src/cues/cue-text.js';
import {cueTextRuns, parseVtt, plainText} from '../../src/cues/parse-vtt.js';
import type {CueNode} from '../../src/cues/types.js';

// Reading a cue's words without its tree must give what the tree gives: the same plain text,
// speaker and text nodes. The tree stays the reference; these inputs aim at the tags' edges.

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** The text nodes of a tree, in order, as the transcript's line renders them. */
function textNodes(nodes: readonly CueNode[]): string[] {
  return nodes.flatMap((node) =>
    node.type === 'text' ? [node.text] : node.type === 'timestamp' ? [] : textNodes(node.children),
  );
}

const piece = fc.constantFrom(
  'word',
  ' ',
  '\n',
  '  ',
  '\t',
  '<',
  '>',
  '</',
  '<v Ann>',
  '<v.loud  Bo  b >',
  '<v>',
  '<v >',
  '</v>',
  '<V Cy>',
  '<vx Dee>',
  '<b>',
  '</b>',
  '<i.x>',
  '<c.a.b>',
  '<lang es>',
  '<ruby>',
  '<rt>',
  '</ruby>',
  '<00:00:01.500>',
  '<1:2>',
  '<unknown tag>',
  '.',
  '&amp;',
  '&',
  'é',
);

describe('textRuns', () => {
  test('gives the text, speaker and text nodes of the full parse whenever it reads the words', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 14}), (pieces) => {
        const source = pieces.join('');
        const words = textRuns(source);
        if (!words) return;
        read++;
        const full = parseCueText(source);
        expect(foldSpaces(words.runs.join(''))).toBe(plainText(full.content));
        expect(words.voice).toBe(full.voice);
        expect(words.runs.filter(Boolean)).toEqual(textNodes(full.content));
      }),
      {numRuns: RUNS},
    );
    // Most inputs take the quick way; the property would hold vacuously otherwise.
    expect(read).toBeGreaterThan(RUNS / 4);
  });

  test('leaves character references and voices other than a leading one to the full parse', () => {
    expect(textRuns('fish &amp; chips')).toBeUndefined();
    expect(textRuns('well <v Bo>yes</v>')).toBeUndefined();
    expect(textRuns('<v>unnamed')).toBeUndefined();
    expect(textRuns('<v.loud Ann  Lee>hi <00:00:01.000>there</v>')).toEqual({
      runs: ['', 'hi ', 'there', ''],
      voice: 'Ann Lee',
    });
  });

  test('cues read the quick way build their tree only when asked, and it is the full parse', () => {
    const {cues} = parseVtt(
      'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>one <00:01.500><b>two</b>\n\n00:02.000 --> 00:03.000\nA &amp; B\n',
    );
    expect(cueTextRuns(cues[0])).toEqual(['', 'one ', '', 'two', '']);
    expect(cues[0]).toMatchObject({text: 'one two', voice: 'Ann'});
    expect(cues[0].content).toEqual(parseCueText(cues[0].source).content);
    // The same tree every time it is read, and a cue with a reference is read in full.
    expect(cues[0].content).toBe(cues[0].content);
    expect(cueTextRuns(cues[1])).toBeUndefined();
    expect(cues[1].text).toBe('A & B');
  });
});
