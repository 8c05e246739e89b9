import {describe, expect, test} from 'vitest';
import {isActivationKey, lineForKey, linesPerPage} from '../../src/render/line-keys.js';

describe('lineForKey', () => {
  // Ten lines (last = 9), a page of three.
  const tests = [
    {key: 'ArrowDown', index: 0, expected: 1},
    {key: 'ArrowDown', index: 9, expected: 9},
    {key: 'ArrowUp', index: 5, expected: 4},
    {key: 'ArrowUp', index: 0, expected: 0},
    {key: 'Home', index: 7, expected: 0},
    {key: 'End', index: 2, expected: 9},
    {key: 'PageDown', index: 2, expected: 5},
    {key: 'PageDown', index: 8, expected: 9},
    {key: 'PageUp', index: 7, expected: 4},
    {key: 'PageUp', index: 1, expected: 0},
    {key: 'ArrowLeft', index: 3, expected: undefined},
    {key: 'Enter', index: 3, expected: undefined},
    {key: 'a', index: 3, expected: undefined},
  ];
  for (const {key, index, expected} of tests) {
    test(`${key} from line ${index} -> ${expected}`, () => {
      expect(lineForKey(key, index, 9, 3)).toBe(expected);
    });
  }

  test('a one-line transcript stays on its line', () => {
    for (const key of ['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp']) {
      expect(lineForKey(key, 0, 0, 5)).toBe(0);
    }
  });
});

describe('linesPerPage', () => {
  const tests = [
    {height: 0, expected: 1},
    {height: 47, expected: 1},
    {height: 96, expected: 2},
    {height: 322, expected: 6},
  ];
  for (const {height, expected} of tests) {
    test(`${height} px -> ${expected}`, () => expect(linesPerPage(height)).toBe(expected));
  }
});

describe('isActivationKey', () => {
  const tests = [
    {key: 'Enter', expected: true},
    {key: ' ', expected: true},
    {key: 'Spacebar', expected: false},
    {key: 'ArrowDown', expected: false},
  ];
  for (const {key, expected} of tests) {
    test(`${JSON.stringify(key)} -> ${expected}`, () => expect(isActivationKey(key)).toBe(expected));
  }
});
