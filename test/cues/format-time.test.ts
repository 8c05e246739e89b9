import {describe, expect, test} from 'vitest';
import {describeTime, formatTime} from '../../src/cues/format-time.js';

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

describe('describeTime', () => {
  const tests = [
    {input: 0, expected: '0 seconds'},
    {input: 0.9, expected: '0 seconds'},
    {input: 1, expected: '1 second'},
    {input: 2, expected: '2 seconds'},
    {input: 60, expected: '1 minute'},
    {input: 62, expected: '1 minute 2 seconds'},
    {input: 121, expected: '2 minutes 1 second'},
    {input: 3600, expected: '1 hour'},
    {input: 3601, expected: '1 hour 1 second'},
    {input: 3660, expected: '1 hour 1 minute'},
    {input: 7322, expected: '2 hours 2 minutes 2 seconds'},
    {input: -5, expected: '0 seconds'},
    {input: NaN, expected: '0 seconds'},
    {input: Infinity, expected: '0 seconds'},
  ];
  for (const {input, expected} of tests) {
    test(`${input} -> ${expected}`, () => {
      expect(describeTime(input)).toBe(expected);
    });
  }
});
