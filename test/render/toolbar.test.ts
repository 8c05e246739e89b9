import {describe, expect, test} from 'vitest';
import {parseTools, TOOLS} from '../../src/render/toolbar.js';

describe('parseTools', () => {
  const tests = [
    {value: undefined, expected: [...TOOLS]},
    {value: null, expected: [...TOOLS]},
    {value: '', expected: []},
    {value: 'search', expected: ['search']},
    {value: 'download  times', expected: ['download', 'times']},
    {value: 'Search,chapters', expected: ['search', 'chapters']},
    {value: 'search share search', expected: ['search']},
  ];
  for (const {value, expected} of tests) {
    test(`${JSON.stringify(value)} -> ${expected.join(' ') || 'none'}`, () =>
      expect(parseTools(value)).toEqual(expected));
  }
});
