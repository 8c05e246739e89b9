import {describe, expect, test} from 'vitest';
import {formatTime, isoDuration} from '../../src/cues/format-time.js';

describe('formatTime', () => {
  const tests = [
    {input: 0, expected: '0:00'},
    {input: 5, expected: '0:05'},
    {input: 59.999, expected: '0:59'},
    {input: 60, expected: '1:00'},
    {input: 62.9, expected: '1:02'},
    {input: 599, expected: '9:59'},
    {input: 3599.5, expected: '59:59'},
    {input: 3600, expected: '1:00:00'},
    {input: 3723, expected: '1:02:03'},
    {input: 36000 + 61, expected: '10:01:01'},
    {input: -3, expected: '0:00'},
    {input: NaN, expected: '0:00'},
    {input: Infinity, expected: '0:00'},
    {input: -Infinity, expected: '0:00'},
  ];
  for (const {input, expected} of tests) {
    test(`${input} -> ${expected}`, () => {
      expect(formatTime(input)).toBe(expected);
    });
  }
});

describe('isoDuration', () => {
  const tests = [
    {input: 0, expected: 'PT0S'},
    {input: 0.55, expected: 'PT0.55S'},
    {input: 62, expected: 'PT1M2S'},
    {input: 62.3456, expected: 'PT1M2.346S'},
    {input: 3600, expected: 'PT1H'},
    {input: 3661.5, expected: 'PT1H1M1.5S'},
    {input: -5, expected: 'PT0S'},
    {input: NaN, expected: 'PT0S'},
  ];
  for (const {input, expected} of tests) {
    test(`${input} -> ${expected}`, () => {
      expect(isoDuration(input)).toBe(expected);
    });
  }
});
