import {describe, expect, it} from 'vitest';

import {layoutClips, spreadPauses} from '../../scripts/media/timeline.mjs';

describe('spreadPauses', () => {
  const tests = [
    {free: 10, weights: [1, 1], parts: [5, 5]},
    {free: 11, weights: [1, 1], parts: [6, 5]},
    {free: 10, weights: [1, 1, 1], parts: [4, 3, 3]},
    {free: 9, weights: [1, 2], parts: [3, 6]},
    {free: 0, weights: [1, 2], parts: [0, 0]},
    {free: 0, weights: [], parts: []},
    {free: 6848000 - 1234567, weights: [1, 1.5, 2, 1, 1], parts: [863606, 1295407, 1727210, 863605, 863605]},
  ];
  for (const {free, weights, parts} of tests) {
    it(`shares ${free} over ${JSON.stringify(weights)}`, () => {
      const got = spreadPauses(free, weights);
      expect(got).toEqual(parts);
      expect(got.reduce((a, b) => a + b, 0)).toBe(free);
    });
  }

  const bad = [
    {free: -1, weights: [1]},
    {free: 1.5, weights: [1]},
    {free: 3, weights: []},
    {free: 3, weights: [1, 0]},
  ];
  for (const {free, weights} of bad) {
    it(`refuses ${free} over ${JSON.stringify(weights)}`, () => {
      expect(() => spreadPauses(free, weights)).toThrow();
    });
  }
});

describe('layoutClips', () => {
  const options = {total: 100, lead: 5, tail: 10, minPause: 1, maxPause: 50};

  it('fills the track exactly', () => {
    const clips = [
      {length: 20, weightBefore: 1},
      {length: 30, weightBefore: 1},
      {length: 10, weightBefore: 3},
    ];
    const {offsets, pauses} = layoutClips(clips, options);
    expect(pauses).toEqual([7, 18]);
    expect(offsets).toEqual([5, 32, 80]);
    expect(offsets[2] + clips[2].length + options.tail).toBe(options.total);
  });

  it('says when the speech does not fit', () => {
    expect(() => layoutClips([{length: 90, weightBefore: 1}], options)).toThrow(/too long/);
  });

  it('says when pauses would be too long or too short', () => {
    const clips = [
      {length: 2, weightBefore: 1},
      {length: 2, weightBefore: 1},
    ];
    expect(() => layoutClips(clips, options)).toThrow(/Pauses would last 81 to 81/);
    expect(() =>
      layoutClips(
        [
          {length: 42, weightBefore: 1},
          {length: 43, weightBefore: 1},
        ],
        options,
      ),
    ).toThrow(/Pauses would last 0 to 0/);
  });
});
