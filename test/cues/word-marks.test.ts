import {describe, expect, test} from 'vitest';
import {parseVtt} from '../../src/cues/parse-vtt.js';
import {wordIndexAt, wordMarks, wordSpan} from '../../src/cues/word-marks.js';

const cueOf = (text: string) => parseVtt(`WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n${text}\n`).cues[0];

describe('wordMarks', () => {
  const tests = [
    {
      text: '<v Narrator>Though <00:00:01.500>ISIS <00:00:02.000>lost</v>',
      times: [1, 1.5, 2],
      words: ['Though', 'ISIS', 'lost'],
    },
    {text: 'one <00:00:02.000>two\n<00:00:03.000>three', times: [1, 2, 3], words: ['one', 'two', 'three']},
    // A timestamp that goes backwards is ignored, as a browser ignores it.
    {text: 'a <00:00:02.000>b <00:00:01.500>c', times: [1, 2], words: ['a', 'b c']},
  ];
  for (const {text, times, words} of tests) {
    test(JSON.stringify(text), () => {
      const cue = cueOf(text);
      const marks = wordMarks(cue)!;
      expect(marks.times).toEqual(times);
      expect(marks.times.map((_, k) => cue.text.slice(...wordSpan(marks, k, cue.text)))).toEqual(words);
    });
  }

  test('no marks for a cue without timestamps, or with markup', () => {
    expect(wordMarks(cueOf('plain words'))).toBeUndefined();
    expect(wordMarks(cueOf('<b>bold</b> <00:00:02.000>word'))).toBeUndefined();
  });
});

describe('wordIndexAt', () => {
  const marks = {times: [1, 1.5, 2], offsets: [0, 7, 12]};
  const tests = [
    {time: 0.9, expected: -1},
    {time: 1, expected: 0},
    {time: 1.499, expected: 0},
    {time: 1.5, expected: 1},
    {time: 2, expected: 2},
    {time: 10, expected: 2},
  ];
  for (const {time, expected} of tests) {
    test(`${time} -> ${expected}`, () => expect(wordIndexAt(marks, time)).toBe(expected));
  }
});
