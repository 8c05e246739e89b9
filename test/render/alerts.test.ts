import {describe, expect, test} from 'vitest';
import {captionAlerts, MAX_LISTED_ERRORS} from '../../src/render/alerts.js';

const problems = (count: number) => Array.from({length: count}, (_, i) => ({message: `problem ${i + 1}`, line: i + 3}));

describe('captionAlerts', () => {
  test('none: no alerts', () => expect(captionAlerts([])).toEqual([]));

  test('a few: each listed with its line', () => {
    expect(captionAlerts(problems(2))).toEqual([
      {source: 'captions', message: 'problem 1', line: 3},
      {source: 'captions', message: 'problem 2', line: 4},
    ]);
  });

  test(`exactly ${MAX_LISTED_ERRORS}: all listed, no summary`, () => {
    const alerts = captionAlerts(problems(MAX_LISTED_ERRORS));
    expect(alerts).toHaveLength(MAX_LISTED_ERRORS);
    expect(alerts.at(-1)!.message).toBe(`problem ${MAX_LISTED_ERRORS}`);
  });

  test('more: the first ones, then a count of the rest', () => {
    const alerts = captionAlerts(problems(MAX_LISTED_ERRORS + 7));
    expect(alerts).toHaveLength(MAX_LISTED_ERRORS + 1);
    expect(alerts.at(-1)).toEqual({source: 'captions', message: '…and 7 more problems in the captions.'});
  });
});
