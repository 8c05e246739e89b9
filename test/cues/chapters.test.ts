import {describe, expect, test} from 'vitest';
import {chapterAt, placeChapters} from '../../src/cues/chapters.js';

const lines = [0.5, 2, 10, 12, 30].map((start) => ({start}));
const untitled = (start: number) => `at ${start}`;

describe('placeChapters', () => {
  const tests = [
    {
      name: 'each chapter before the first line starting at or after it',
      chapters: [
        {start: 0, text: 'One'},
        {start: 10, text: 'Two'},
        {start: 11, text: 'Three'},
      ],
      expected: [
        {title: 'One', start: 0, line: 0},
        {title: 'Two', start: 10, line: 2},
        {title: 'Three', start: 11, line: 3},
      ],
    },
    {
      name: 'sorted by start; untitled named by its time; none after the last line',
      chapters: [
        {start: 40, text: 'End'},
        {start: 5, text: '  '},
      ],
      expected: [
        {title: 'at 5', start: 5, line: 2},
        {title: 'End', start: 40, line: 5},
      ],
    },
  ];
  for (const {name, chapters, expected} of tests) {
    test(name, () => expect(placeChapters(lines, chapters, untitled)).toEqual(expected));
  }
});

describe('chapterAt', () => {
  const chapters = [{start: 1}, {start: 10}, {start: 20}];
  const tests = [
    {time: 0, expected: -1},
    {time: 1, expected: 0},
    {time: 9.99, expected: 0},
    {time: 10, expected: 1},
    {time: 100, expected: 2},
  ];
  for (const {time, expected} of tests) {
    test(`${time} s -> chapter ${expected}`, () => expect(chapterAt(chapters, time)).toBe(expected));
  }
});
