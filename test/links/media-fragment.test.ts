import {describe, expect, test} from 'vitest';
import {formatMediaFragment, parseMediaFragment, parseNpt, withFragment} from '../../src/links/media-fragment.js';

describe('parseMediaFragment', () => {
  const tests: Array<{hash: string; expected: ReturnType<typeof parseMediaFragment>}> = [
    // The forms in the README.
    {hash: '#t=75', expected: {target: undefined, start: 75, end: undefined}},
    {hash: '#t=1:15', expected: {target: undefined, start: 75, end: undefined}},
    {hash: '#t=npt:75,90', expected: {target: undefined, start: 75, end: 90}},
    {hash: '#t=75,90', expected: {target: undefined, start: 75, end: 90}},
    {hash: 't=75', expected: {target: undefined, start: 75, end: undefined}},
    // npt forms: seconds with fractions, mm:ss, hh:mm:ss with fractions.
    {hash: '#t=12.5', expected: {target: undefined, start: 12.5, end: undefined}},
    {hash: '#t=12.', expected: {target: undefined, start: 12, end: undefined}},
    {hash: '#t=01:02:03.250', expected: {target: undefined, start: 3723.25, end: undefined}},
    {hash: '#t=1:02:03', expected: {target: undefined, start: 3723, end: undefined}},
    {hash: '#t=00:01:15,00:01:30.5', expected: {target: undefined, start: 75, end: 90.5}},
    {hash: '#t=npt:10', expected: {target: undefined, start: 10, end: undefined}},
    {hash: '#t=3600', expected: {target: undefined, start: 3600, end: undefined}},
    // No start: from the beginning.
    {hash: '#t=,90', expected: {target: undefined, start: 0, end: 90}},
    {hash: '#t=npt:,90', expected: {target: undefined, start: 0, end: 90}},
    // Percent-encoded, as a URL may carry it.
    {hash: '#t=npt%3A75%2C90', expected: {target: undefined, start: 75, end: 90}},
    // Several pairs: other dimensions ignored, the last t counts.
    {hash: '#xywh=10,10,20,20&t=5', expected: {target: undefined, start: 5, end: undefined}},
    {hash: '#t=5&t=8,9', expected: {target: undefined, start: 8, end: 9}},
    {hash: '#t=5&t=oops', expected: undefined},
    // A bare name addresses a player by id, before or after t.
    {hash: '#talk&t=75', expected: {target: 'talk', start: 75, end: undefined}},
    {hash: '#t=75,90&talk', expected: {target: 'talk', start: 75, end: 90}},
    {hash: '#my%20talk&t=1', expected: {target: 'my talk', start: 1, end: undefined}},
    {hash: '#id=chapter-1&t=3', expected: {target: undefined, start: 3, end: undefined}},
    // Invalid: ignored.
    {hash: '', expected: undefined},
    {hash: '#', expected: undefined},
    {hash: '#talk', expected: undefined},
    {hash: '#t=', expected: undefined},
    {hash: '#t=,', expected: undefined},
    {hash: '#t=75,', expected: undefined},
    {hash: '#t=-5', expected: undefined},
    {hash: '#t=5,-1', expected: undefined},
    {hash: '#t=90,75', expected: undefined},
    {hash: '#t=75,75', expected: undefined},
    {hash: '#t=1,2,3', expected: undefined},
    {hash: '#t=1:60', expected: undefined},
    {hash: '#t=1:75:00', expected: undefined},
    {hash: '#t=1:5', expected: undefined},
    {hash: '#t=.5', expected: undefined},
    {hash: '#t=1e3', expected: undefined},
    {hash: '#t=abc', expected: undefined},
    {hash: '#t=smpte:00:01:15:00', expected: undefined},
    {hash: '#t=clock:2011-10-01T23:00:45Z', expected: undefined},
    {hash: '#T=75', expected: undefined},
    {hash: '#t=%E0%A4%A', expected: undefined},
  ];
  for (const {hash, expected} of tests) {
    test(`${JSON.stringify(hash)} -> ${JSON.stringify(expected)}`, () => {
      expect(parseMediaFragment(hash)).toEqual(expected);
    });
  }
});

describe('parseNpt', () => {
  for (const [text, expected] of [
    ['0', 0],
    ['59:59', 3599],
    ['100:00:00', 360000],
    ['', undefined],
    [' 5', undefined],
  ] as const) {
    test(`${JSON.stringify(text)} -> ${expected}`, () => expect(parseNpt(text)).toBe(expected));
  }
});

describe('formatMediaFragment', () => {
  const tests: Array<{args: [number, number?, string?]; expected: string}> = [
    {args: [75], expected: 't=75'},
    {args: [62.5, 70.125], expected: 't=62.5,70.125'},
    {args: [1 / 3], expected: 't=0.333'},
    {args: [-1], expected: 't=0'},
    {args: [2, 4, 'talk'], expected: 'talk&t=2,4'},
    {args: [2, undefined, 'a&b'], expected: 'a%26b&t=2'},
  ];
  for (const {args, expected} of tests) {
    test(`${JSON.stringify(args)} -> ${expected}`, () => {
      expect(formatMediaFragment(...args)).toBe(expected);
      // What it makes, it reads back.
      const read = parseMediaFragment(expected)!;
      expect(read.target).toBe(args[2]);
    });
  }

  test('withFragment replaces the fragment', () => {
    expect(withFragment('https://a.test/p?q=1#old&x', 't=1')).toBe('https://a.test/p?q=1#t=1');
    expect(withFragment('https://a.test/p', 't=1')).toBe('https://a.test/p#t=1');
  });
});
