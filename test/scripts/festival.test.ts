import {describe, expect, it} from 'vitest';

import {alignWords, festivalScript, parseFestivalLog, waveName} from '../../scripts/media/festival.mjs';
import {splitWords} from '../../scripts/media/script-text.mjs';

const LOG = [
  'U\t0\t2.500000',
  'T\tIn',
  'W\tIn\t0.215000\t0.400000',
  'T\ttwenty',
  'W\ttwenty\t0.400000\t0.800000',
  'T\tfourteen',
  'W\tfourteen\t0.800000\t1.300000',
  'W\t,\t0.000000\t0.000000',
  "T\twhat's",
  'W\twhat\t1.500000\t1.800000',
  "W\t's\t0.000000\t0.000000",
  'T\tcivilian-led',
  'W\tcivilian\t1.800000\t2.100000',
  'W\tled\t2.100000\t2.300000',
  'closing a file left open: narration.scm',
].join('\n');

describe('parseFestivalLog', () => {
  it('reads utterances, tokens and words', () => {
    const [utt, ...rest] = parseFestivalLog(LOG);
    expect(rest).toEqual([]);
    expect(utt.length).toBe(2.5);
    expect(utt.tokens.map((t) => t.name)).toEqual(['In', 'twenty', 'fourteen', "what's", 'civilian-led']);
    expect(utt.tokens[2].words).toEqual([
      {name: 'fourteen', start: 0.8, end: 1.3},
      {name: ',', start: 0, end: 0},
    ]);
  });

  it('refuses a token outside an utterance', () => {
    expect(() => parseFestivalLog('T\tword')).toThrow(/before any utterance/);
  });
});

describe('alignWords', () => {
  it('maps split and merged tokens back to the written words', () => {
    const words = splitWords('In 2014 . . . what’s civilian-led');
    const [utt] = parseFestivalLog(LOG);
    expect(alignWords(words, utt.tokens)).toEqual([
      {display: 'In', start: 0.215, end: 0.4},
      {display: '2014 . . .', start: 0.4, end: 1.3},
      {display: 'what’s', start: 1.5, end: 1.8},
      {display: 'civilian-led', start: 1.8, end: 2.3},
    ]);
  });

  const failures = [
    {text: 'In 2014 . . . what’s', message: /Cannot map/},
    {text: 'On 2014 . . . what’s civilian-led', message: /Token 1 is "In", not "On"/},
  ];
  for (const {text, message} of failures) {
    it(`fails loudly on ${JSON.stringify(text)}`, () => {
      const [utt] = parseFestivalLog(LOG);
      expect(() => alignWords(splitWords(text), utt.tokens)).toThrow(message);
    });
  }

  it('fails when a word has no duration', () => {
    const tokens = [{name: 'hello', words: [{name: 'hello', start: 0, end: 0}]}];
    expect(() => alignWords(splitWords('hello'), tokens)).toThrow(/no duration/);
  });

  it('fails when words go back in time', () => {
    const tokens = [
      {name: 'a', words: [{name: 'a', start: 1, end: 2}]},
      {name: 'b', words: [{name: 'b', start: 1.5, end: 2.5}]},
    ];
    expect(() => alignWords(splitWords('a b'), tokens)).toThrow(/starts before/);
  });
});

describe('festivalScript', () => {
  it('synthesizes each text to its own wave and escapes strings', () => {
    const scm = festivalScript(['Say "hi".', 'Bye.'], {voice: 'cmu_us_slt_arctic_hts', rate: 0.85});
    expect(scm).toContain('(voice_cmu_us_slt_arctic_hts)');
    expect(scm).toContain('(list "-r" 0.850)');
    expect(scm).toContain('(Utterance Text "Say \\"hi\\".")');
    expect(scm).toContain(`(utt.save.wave utt "${waveName(1)}" 'riff)`);
    expect(waveName(0)).toBe('s001.wav');
  });
});
