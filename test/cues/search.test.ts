import {describe, expect, test} from 'vitest';
import {findMatches, firstMatchFrom, foldQuery, foldText, stepMatch} from '../../src/cues/search.js';
import {matchCountText} from '../../src/render/strings.js';

/** The matched source text of each match, to read the tables at a glance. */
function found(lines: string[], query: string): string[] {
  return findMatches(lines.map(foldText), foldQuery(query)).map(
    ({line, start, end}) => `${line}:${lines[line].slice(start, end)}`,
  );
}

describe('findMatches', () => {
  const tests = [
    {name: 'case-insensitive', lines: ['in Syria.', 'syria'], query: 'SYRIA', expected: ['0:Syria', '1:syria']},
    {name: 'accent-insensitive', lines: ['un précédent'], query: 'precedent', expected: ['0:précédent']},
    {name: 'accents in the query too', lines: ['a precedent'], query: 'Précédent', expected: ['0:precedent']},
    {
      name: 'a phrase across words',
      lines: ['the final territorial defeat'],
      query: 'final terr',
      expected: ['0:final terr'],
    },
    {
      name: 'a run of spaces is one space',
      lines: ['its  final\u00a0 defeat'],
      query: 'final defeat',
      expected: ['0:final\u00a0 defeat'],
    },
    {
      name: 'spaces in the query folded',
      lines: ['final defeat'],
      query: '  final   defeat ',
      expected: ['0:final defeat'],
    },
    {
      name: 'typographic apostrophe',
      lines: ['the coalition’s record'],
      query: "coalition's",
      expected: ['0:coalition’s'],
    },
    {name: 'every match in a line, none overlapping', lines: ['aaaa'], query: 'aa', expected: ['0:aa', '0:aa']},
    {
      name: 'a decomposed accent keeps its mark in the match',
      lines: ['cafe\u0301 noir'],
      query: 'cafe n',
      expected: ['0:cafe\u0301 n'],
    },
    {name: 'nothing for an empty query', lines: ['abc'], query: '   ', expected: []},
    {name: 'no match', lines: ['abc'], query: 'x', expected: []},
    {name: 'after an emoji, offsets still right', lines: ['🎉 Été'], query: 'ete', expected: ['0:Été']},
  ];
  for (const {name, lines, query, expected} of tests) {
    test(name, () => expect(found(lines, query)).toEqual(expected));
  }
});

describe('foldText', () => {
  test('plain ASCII needs no offset map', () => {
    expect(foldText('Line 12 of it')).toEqual({text: 'line 12 of it'});
  });
  test('a leading space is dropped, offsets kept', () => {
    const folded = foldText(' Ab');
    expect(folded.text).toBe('ab');
    expect(folded.starts).toEqual([1, 2]);
  });
});

describe('moving between matches', () => {
  const matches = [0, 0, 3, 7].map((line) => ({line, start: 0, end: 1}));
  const tests = [
    {from: 0, expected: 0},
    {from: 2, expected: 2},
    {from: 7, expected: 3},
    {from: 8, expected: 0},
  ];
  for (const {from, expected} of tests) {
    test(`first match from line ${from} -> ${expected}`, () => expect(firstMatchFrom(matches, from)).toBe(expected));
  }
  test('no matches -> -1', () => expect(firstMatchFrom([], 3)).toBe(-1));
  const steps = [
    {count: 4, current: 0, step: 1, expected: 1},
    {count: 4, current: 3, step: 1, expected: 0},
    {count: 4, current: 0, step: -1, expected: 3},
    {count: 4, current: -1, step: -1, expected: 3},
    {count: 4, current: -1, step: 1, expected: 0},
    {count: 0, current: -1, step: 1, expected: -1},
  ] as const;
  for (const {count, current, step, expected} of steps) {
    test(`step ${step} from ${current} of ${count} -> ${expected}`, () =>
      expect(stepMatch(count, current, step)).toBe(expected));
  }
});

describe('matchCountText', () => {
  const tests = [
    {query: '', count: 0, current: -1, expected: ''},
    {query: 'x', count: 0, current: -1, expected: 'No matches'},
    {query: 'x', count: 12, current: 2, expected: '3 of 12'},
  ];
  for (const {query, count, current, expected} of tests) {
    test(`${JSON.stringify(query)} ${count} -> ${expected || 'nothing'}`, () =>
      expect(matchCountText(query, count, current)).toBe(expected));
  }
});
