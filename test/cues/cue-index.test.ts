import {describe, expect, test} from 'vitest';
import {CueIndex, sameIndices} from '../../src/cues/cue-index.js';

interface TestCue {
  id: string;
  start: number;
  end: number;
}

const cue = (id: string, start: number, end: number): TestCue => ({id, start, end});

// One long cue spanning many short ones, an identical start, a gap, and a cue after the gap.
// Given out of order on purpose.
const CUES: TestCue[] = [
  cue('F', 12, 13),
  cue('C', 2, 3),
  cue('E', 5, 7),
  cue('A', 0, 10),
  cue('D', 5, 6),
  cue('B', 1, 2),
];

const ids = (index: CueIndex<TestCue>, indices: readonly number[]) => indices.map((i) => index.cues[i].id);

describe('CueIndex', () => {
  const index = new CueIndex(CUES);

  test('sorts its cues by start, then end, without touching the input', () => {
    expect(index.cues.map((c) => c.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(CUES.map((c) => c.id)).toEqual(['F', 'C', 'E', 'A', 'D', 'B']);
  });

  describe('activeAt', () => {
    const tests = [
      {input: -1, active: []},
      {input: 0, active: ['A']}, // t === start is active
      {input: 0.5, active: ['A']},
      {input: 1, active: ['A', 'B']},
      {input: 1.999, active: ['A', 'B']},
      {input: 2, active: ['A', 'C']}, // t === end is not active: B ends, C starts
      {input: 3, active: ['A']},
      {input: 5, active: ['A', 'D', 'E']}, // identical starts
      {input: 6, active: ['A', 'E']},
      {input: 7, active: ['A']},
      {input: 9.999999, active: ['A']},
      {input: 10, active: []},
      {input: 11, active: []}, // gap
      {input: 12, active: ['F']},
      {input: 13, active: []},
      {input: 1e9, active: []},
    ];
    for (const {input, ...expected} of tests) {
      test(`t=${input}`, () => {
        const active = index.activeAt(input);
        expect({active: ids(index, active)}).toEqual(expected);
        expect([...active].sort((a, b) => a - b)).toEqual(active);
      });
    }
  });

  describe('nextBoundaryAfter', () => {
    const tests = [
      {input: -1, next: 0},
      {input: 0, next: 1},
      {input: 0.5, next: 1},
      {input: 1, next: 2},
      {input: 2, next: 3},
      {input: 3, next: 5},
      {input: 5, next: 6},
      {input: 6, next: 7},
      {input: 7, next: 10},
      {input: 10, next: 12},
      {input: 12.5, next: 13},
      {input: 13, next: Infinity}, // after the last boundary
      {input: 100, next: Infinity},
    ];
    for (const {input, ...expected} of tests) {
      test(`t=${input}`, () => {
        expect({next: index.nextBoundaryAfter(input)}).toEqual(expected);
      });
    }
  });

  describe('nearestAt', () => {
    const tests = [
      {input: -5, nearest: 'A'}, // before everything: the next cue
      {input: 1.5, nearest: 'B'}, // active: the latest-starting active cue
      {input: 5.5, nearest: 'E'},
      {input: 6.5, nearest: 'E'},
      {input: 10, nearest: 'F'}, // in a gap: the next cue
      {input: 11, nearest: 'F'},
      {input: 12, nearest: 'F'},
      {input: 13, nearest: 'F'}, // after everything: the last cue
      {input: 500, nearest: 'F'},
    ];
    for (const {input, ...expected} of tests) {
      test(`t=${input}`, () => {
        expect({nearest: index.cues[index.nearestAt(input)]?.id}).toEqual(expected);
      });
    }
  });

  test('zero cues', () => {
    const empty = new CueIndex<TestCue>([]);
    expect(empty.cues).toEqual([]);
    expect(empty.activeAt(0)).toEqual([]);
    expect(empty.activeAt(10)).toEqual([]);
    expect(empty.nextBoundaryAfter(0)).toBe(Infinity);
    expect(empty.nextBoundaryAfter(-1)).toBe(Infinity);
    expect(empty.nearestAt(3)).toBe(-1);
  });

  test('identical cues are all active and keep their input order', () => {
    const twins = new CueIndex([cue('x', 1, 2), cue('y', 1, 2), cue('z', 1, 2)]);
    expect(ids(twins, twins.activeAt(1))).toEqual(['x', 'y', 'z']);
    expect(twins.activeAt(2)).toEqual([]);
    expect(twins.nextBoundaryAfter(0)).toBe(1);
    expect(twins.nextBoundaryAfter(1)).toBe(2);
    expect(twins.nextBoundaryAfter(2)).toBe(Infinity);
  });

  test('a long early cue stays active past many later short ones', () => {
    const short = Array.from({length: 50}, (_, i) => cue(`s${i}`, i * 2, i * 2 + 1));
    const long = new CueIndex([...short, cue('long', 0, 1000)]);
    expect(ids(long, long.activeAt(500))).toEqual(['long']);
    expect(ids(long, long.activeAt(40.5))).toEqual(['long', 's20']);
    expect(ids(long, long.activeAt(999.9))).toEqual(['long']);
    expect(long.activeAt(1000)).toEqual([]);
    expect(long.nextBoundaryAfter(99)).toBe(1000);
  });

  test('matches a linear scan on random cues', () => {
    // A small deterministic PRNG so a failure reproduces.
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const round = (x: number) => Math.round(x * 4) / 4;
    const cues = Array.from({length: 200}, (_, i) => {
      const start = round(random() * 100);
      return cue(`r${i}`, start, start + round(random() * 10) + 0.25);
    });
    const randomIndex = new CueIndex(cues);
    const boundaries = [...new Set(cues.flatMap((c) => [c.start, c.end]))].sort((a, b) => a - b);
    for (let t = -1; t <= 112; t += 0.125) {
      const expectedActive = randomIndex.cues.flatMap((c, i) => (c.start <= t && t < c.end ? [i] : []));
      expect(randomIndex.activeAt(t), `activeAt(${t})`).toEqual(expectedActive);
      expect(randomIndex.nextBoundaryAfter(t), `nextBoundaryAfter(${t})`).toBe(
        boundaries.find((b) => b > t) ?? Infinity,
      );
    }
  });
});

describe('sameIndices', () => {
  const tests = [
    {a: [], b: [], same: true},
    {a: [1], b: [1], same: true},
    {a: [1, 2, 3], b: [1, 2, 3], same: true},
    {a: [1, 2], b: [1, 2, 3], same: false},
    {a: [1, 2, 3], b: [1, 2], same: false},
    {a: [1, 2], b: [1, 3], same: false},
    {a: [], b: [0], same: false},
  ];
  for (const {a, b, ...expected} of tests) {
    test(`[${a.join(',')}] vs [${b.join(',')}]`, () => {
      expect({same: sameIndices(a, b)}).toEqual(expected);
    });
  }
});

describe('CueIndex.stableSpanAt', () => {
  const index = new CueIndex([
    {start: 1, end: 2},
    {start: 2, end: 4},
    {start: 3, end: 5},
    {start: 7, end: 8},
  ]);
  const tests = [
    {time: 0, from: -Infinity, until: 1},
    {time: 1, from: 1, until: 2},
    {time: 1.999, from: 1, until: 2},
    {time: 2, from: 2, until: 3},
    {time: 4.5, from: 4, until: 5},
    {time: 6, from: 5, until: 7},
    {time: 8, from: 8, until: Infinity},
    {time: 100, from: 8, until: Infinity},
  ];
  for (const {time, from, until} of tests) {
    test(`at ${time}: [${from}, ${until})`, () => {
      expect(index.stableSpanAt(time)).toEqual({from, until});
    });
  }

  test('the active cues are the same everywhere inside a span', () => {
    for (const time of [0.5, 1.2, 2.5, 3.5, 4.2, 6, 7.5, 9]) {
      const {from, until} = index.stableSpanAt(time);
      const at = (t: number) => index.activeAt(t);
      expect(at(from === -Infinity ? time - 10 : from)).toEqual(at(time));
      expect(at(Math.min(until, 1000) - 1e-9)).toEqual(at(time));
    }
  });
});

describe('CueIndex with times that are not numbers', () => {
  test('a cue with a NaN end is never active and hides no later cue', () => {
    const index = new CueIndex([cue('broken', 0, NaN), cue('later', 1, 2), cue('last', 3, 4)]);
    expect(ids(index, index.activeAt(1.5))).toEqual(['later']);
    expect(ids(index, index.activeAt(3.5))).toEqual(['last']);
    expect(ids(index, index.activeAt(0))).toEqual([]);
  });

  test('a cue with a NaN start is never active and sorts last', () => {
    const index = new CueIndex([cue('broken', NaN, 5), cue('fine', 1, 2)]);
    expect(index.cues.map((c) => c.id)).toEqual(['fine', 'broken']);
    expect(ids(index, index.activeAt(1))).toEqual(['fine']);
    expect(index.nextBoundaryAfter(2)).toBe(5);
  });

  test('at a NaN time nothing is active and no boundary is next', () => {
    const index = new CueIndex(CUES);
    expect(index.activeAt(NaN)).toEqual([]);
    expect(index.nextBoundaryAfter(NaN)).toBe(Infinity);
  });
});
