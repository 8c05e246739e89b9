import fc from 'fast-check';
import webvtt from 'webvtt-parser';
import {describe, expect, test} from 'vitest';
import {readTimestamp, readTimingLine} from '../../src/cues/timing.js';

// webvtt-parser, the validator we used to read timing lines with, is now the oracle ours must
// agree with: same lines accepted, same times.
const {WebVTTCueTimingsAndSettingsParser} = webvtt;

function oracle(line: string): {start: number; end: number} | undefined {
  const cue = {startTime: 0, endTime: 0};
  const parsed = new WebVTTCueTimingsAndSettingsParser(line, () => {}).parse(cue as never, 0);
  if (!parsed) return undefined;
  const clamp = (seconds: number) => (seconds >= 0xffffffff * 3600 ? Infinity : seconds);
  return {start: clamp(cue.startTime), end: clamp(cue.endTime)};
}

const RUNS = Number(process.env.FUZZ_RUNS ?? 500);

describe('readTimingLine', () => {
  const cases: [string, {start: number; end: number} | undefined][] = [
    ['00:00:01.000 --> 00:00:02.500', {start: 1, end: 2.5}],
    ['01:02.500 --> 01:03.000', {start: 62.5, end: 63}],
    ['1:00:00.000 --> 100:00:00.000 align:start', {start: 3600, end: 360000}],
    ['00:00:01.000-->00:00:02.000', {start: 1, end: 2}],
    ['\t 00:00:01.000\t-->\t00:00:02.000garbage', {start: 1, end: 2}],
    ['00:00:05.000 --> 00:00:04.000', {start: 5, end: 4}],
    ['4294967295:00:00.000 --> 4294967295:00:00.000', {start: Infinity, end: Infinity}],
    ['00:60:00.000 --> 01:00:00.000', undefined],
    ['00:00:60.000 --> 00:01:00.000', undefined],
    ['00:00:01.00 --> 00:00:02.000', undefined],
    ['00:00:01.0000 --> 00:00:02.000', undefined],
    ['0:01.000 --> 0:02.000', undefined],
    ['60:00.000 --> 61:00.000', undefined],
    ['00:00:01,000 --> 00:00:02,000', undefined],
    ['00:00:01.000 -> 00:00:02.000', undefined],
    ['00:00:01.000 -->', undefined],
    ['--> 00:00:02.000', undefined],
  ];
  for (const [line, expected] of cases) {
    test(JSON.stringify(line), () => {
      const read = readTimingLine(line);
      expect('problem' in read ? undefined : read).toEqual(expected);
      expect(oracle(line)).toEqual(expected);
    });
  }

  test(`agrees with webvtt-parser on generated timing lines (${RUNS} runs)`, () => {
    const digits = fc.string({unit: fc.constantFrom(...'0123456789'), maxLength: 4});
    const piece = fc.oneof(
      digits,
      fc.constantFrom(':', '.', ' ', '\t', '-->', '->', '--', ',', 'x', '\f', '60', '59', '999'),
    );
    const line = fc.array(piece, {maxLength: 14}).map((pieces) => pieces.join(''));
    const likely = fc
      .tuple(digits, digits, digits, digits, fc.constantFrom(' --> ', '-->', ' -> '), digits, digits, digits, digits)
      .map(([a, b, c, d, arrow, e, f, g, h]) => `${a}:${b}:${c}.${d}${arrow}${e}:${f}.${g}${h}`);
    fc.assert(
      fc.property(fc.oneof(line, likely), (generated) => {
        const read = readTimingLine(generated);
        expect('problem' in read ? undefined : read).toEqual(oracle(generated));
      }),
      {numRuns: RUNS},
    );
  });
});

describe('readTimestamp', () => {
  test('reads whole timestamps only', () => {
    expect(readTimestamp('00:00:01.500')).toBe(1.5);
    expect(readTimestamp('01:02.003')).toBe(62.003);
    expect(readTimestamp('00:00:01.500x')).toBeUndefined();
    expect(readTimestamp('1.000')).toBeUndefined();
    expect(readTimestamp('')).toBeUndefined();
  });
});
