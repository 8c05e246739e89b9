import {describe, expect, it} from 'vitest';

import {breakCost, DEFAULT_LIMITS, splitSentence, wrapLines} from '../../scripts/media/cues.mjs';

/** Words spoken back to back, `ms` each, with optional pauses after the given indexes. */
function timed(text: string, ms = 300, pausesAfter: number[] = []) {
  let at = 1000;
  return text.split(' ').map((word, i) => {
    const w = {text: word, start: at, end: at + ms};
    at += ms + (pausesAfter.includes(i) ? 200 : 0);
    return w;
  });
}

describe('wrapLines', () => {
  const limits = {maxChars: 42, maxLines: 2};
  const tests = [
    {input: 'short line', lines: [2]},
    {input: 'exactly forty-two characters long, yes it is', lines: [2, 5]},
    {input: 'Secretary Blinken said, “We must reaffirm our commitment,', lines: [3, 5]},
    {input: 'The movement of foreign ISIS fighters into Syria and Iraq has virtually ceased.', lines: [6, 7]},
    {input: 'In late March 2019, the terrorist group ISIS', lines: [4, 4]},
    {input: 'We have to get at this from every possible angle.', lines: [6, 4]},
    {input: 'at the Ministerial Meeting of the Global Coalition to Defeat ISIS.', lines: [4, 7]},
    {input: 'a'.repeat(43), lines: null},
    {input: '', lines: null},
  ];
  for (const {input, lines} of tests) {
    it(`wraps ${JSON.stringify(input)}`, () => {
      const words = input ? input.split(' ') : [];
      const got = wrapLines(words, limits);
      expect(got).toEqual(lines);
      if (got) {
        expect(got.reduce((a, b) => a + b, 0)).toBe(words.length);
        let at = 0;
        for (const count of got) {
          expect(words.slice(at, at + count).join(' ').length).toBeLessThanOrEqual(42);
          at += count;
        }
      }
    });
  }

  it('refuses what does not fit on one line when one line is allowed', () => {
    expect(wrapLines('a b c'.split(' '), {maxChars: 3, maxLines: 1})).toBeNull();
  });
});

describe('breakCost', () => {
  const words = timed('Finally, the Coalition must confront the terrorists’ ability where it has focused', 300, [2, 7]);
  const tests = [
    {at: 1, cost: 0}, // after "Finally,"
    {at: 8, cost: 2}, // a pause before a function word
    {at: 3, cost: 5}, // a pause before "must"
    {at: 7, cost: 12}, // "terrorists’" is possessive, not a closing quote
    {at: 4, cost: 12},
    {at: 9, cost: 12},
    {at: words.length, cost: 0},
  ];
  for (const {at, cost} of tests) {
    it(`costs ${cost} before ${words[at]?.text ?? 'the end'}`, () => {
      expect(breakCost(words, at)).toBe(cost);
    });
  }

  it('prefers a break before a function word to one inside a phrase', () => {
    const w = timed('key leaders and their families');
    expect(breakCost(w, 2)).toBeLessThan(breakCost(w, 1));
  });
});

describe('splitSentence', () => {
  const sentences = [
    'Though ISIS lost the territory it once controlled and with it, its fraudulent caliphate, it is yet to be fully uprooted.',
    'The terrorist group and its affiliates are attempting to solidify their influence in Afghanistan, continuing to expand in the Sahel region in Africa, establishing affiliates in countries such as the Democratic Republic of the Congo and Mozambique.',
    'Uprooting ISIS',
  ];
  for (const sentence of sentences) {
    it(`keeps every cue within the limits: ${sentence.slice(0, 30)}...`, () => {
      const words = timed(sentence, 330);
      const cues = splitSentence(words);
      expect(cues.flatMap((c) => c.lines.flat())).toEqual(words);
      cues.forEach((cue, i) => {
        expect(cue.start).toBe(cue.lines[0][0].start);
        expect(cue.end).toBe(cue.lines.at(-1)!.at(-1)!.end);
        expect(cue.end - cue.start).toBeLessThanOrEqual(DEFAULT_LIMITS.maxDuration);
        if (cues.length > 1) expect(cue.end - cue.start).toBeGreaterThanOrEqual(DEFAULT_LIMITS.minDuration);
        expect(cue.lines.length).toBeLessThanOrEqual(2);
        for (const line of cue.lines) expect(line.map((w) => w.text).join(' ').length).toBeLessThanOrEqual(42);
        if (i > 0) expect(cue.start).toBeGreaterThanOrEqual(cues[i - 1].end);
      });
    });
  }

  it('breaks after punctuation rather than inside a phrase', () => {
    const cues = splitSentence(
      timed('In late March 2019, the terrorist group ISIS suffered its final territorial defeat in Syria.', 400),
    );
    expect(cues.map((c) => c.lines.map((l) => l.map((w) => w.text).join(' ')))).toEqual([
      ['In late March 2019,'],
      ['the terrorist group ISIS suffered', 'its final territorial defeat in Syria.'],
    ]);
  });

  it('says when a single word is too long to show', () => {
    expect(() => splitSentence(timed('x'.repeat(50)))).toThrow(/Cannot split/);
    expect(() => splitSentence([{text: 'long', start: 0, end: 8000}])).toThrow(/Cannot split/);
  });
});
