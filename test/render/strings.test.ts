import {describe, expect, test} from 'vitest';
import {spokenTime} from '../../src/render/strings.js';

describe('spokenTime', () => {
  const tests = [
    {seconds: 0, expected: '0 seconds'},
    {seconds: 0.55, expected: '0 seconds'},
    {seconds: 1, expected: '1 second'},
    {seconds: 6.945, expected: '6 seconds'},
    {seconds: 60, expected: '1 minute'},
    {seconds: 62.9, expected: '1 minute 2 seconds'},
    {seconds: 121, expected: '2 minutes 1 second'},
    {seconds: 3600, expected: '1 hour'},
    {seconds: 3605, expected: '1 hour 5 seconds'},
    {seconds: 2 * 3600 + 3 * 60 + 4, expected: '2 hours 3 minutes 4 seconds'},
    {seconds: -3, expected: '0 seconds'},
    {seconds: NaN, expected: '0 seconds'},
  ];
  for (const {seconds, expected} of tests) {
    test(`${seconds} -> ${expected}`, () => expect(spokenTime(seconds)).toBe(expected));
  }
});
