import {describe, expect, it} from 'vitest';

import {
  cardinalWords,
  parseScript,
  speechText,
  splitWords,
  spokenTokens,
  yearWords,
} from '../../scripts/media/script-text.mjs';

describe('parseScript', () => {
  it('reads sentences, paragraphs and chapters', () => {
    const {sentences, chapters} = parseScript(
      '# Opening\nTitle\nFirst sentence.\n\nSecond paragraph.\n# Next\nLast one.\n',
    );
    expect(sentences).toEqual([
      {text: 'Title', paragraphStart: true, chapter: 0},
      {text: 'First sentence.', paragraphStart: false, chapter: 0},
      {text: 'Second paragraph.', paragraphStart: true, chapter: 0},
      {text: 'Last one.', paragraphStart: true, chapter: 1},
    ]);
    expect(chapters).toEqual([
      {title: 'Opening', firstSentence: 0},
      {title: 'Next', firstSentence: 3},
    ]);
  });

  it('adds an introduction chapter when the first chapter starts later', () => {
    const {chapters, sentences} = parseScript('Hello.\n# Body\nWorld.');
    expect(chapters.map((c) => c.title)).toEqual(['Introduction', 'Body']);
    expect(sentences.map((s) => s.chapter)).toEqual([0, 1]);
  });

  const bad = [
    {input: '', message: /no sentences/},
    {input: '\n  \n\n', message: /no sentences/},
    {input: '# Only a chapter\n', message: /no sentences/},
    {input: '# A\n# B\nText.', message: /Chapter "A" has no sentences/},
    {input: 'Text.\n#\nMore.', message: /needs a title/},
  ];
  for (const {input, message} of bad) {
    it(`rejects ${JSON.stringify(input)}`, () => {
      expect(() => parseScript(input)).toThrow(message);
    });
  }
});

describe('spokenTokens', () => {
  const tests = [
    {input: 'word', spoken: ['word']},
    {input: 'ISIS', spoken: ['Isis']},
    {input: 'NATO', spoken: ['Nato']},
    {input: '2019', spoken: ['twenty', 'nineteen']},
    {input: '2014', spoken: ['twenty', 'fourteen']},
    {input: '2005', spoken: ['two', 'thousand', 'five']},
    {input: '1905', spoken: ['nineteen', 'oh', 'five']},
    {input: '1900', spoken: ['nineteen', 'hundred']},
    {input: '10,000', spoken: ['ten', 'thousand']},
    {input: '42', spoken: ['forty-two']},
    {input: 'what’s', spoken: ["what's"]},
    {input: 'terrorists’', spoken: ['terrorists']},
    {input: 'civilian-led', spoken: ['civilian-led']},
  ];
  for (const {input, spoken} of tests) {
    it(`says ${input}`, () => {
      expect(spokenTokens(input)).toEqual(spoken);
    });
  }

  for (const input of ['3.5', 'A1', 'x@y']) {
    it(`refuses ${input}`, () => {
      expect(() => spokenTokens(input)).toThrow(/No spoken form/);
    });
  }

  it('counts', () => {
    expect(cardinalWords(0)).toEqual(['zero']);
    expect(cardinalWords(115)).toEqual(['one', 'hundred', 'fifteen']);
    expect(cardinalWords(250000)).toEqual(['two', 'hundred', 'fifty', 'thousand']);
    expect(yearWords(2000)).toEqual(['two', 'thousand']);
  });
});

describe('splitWords', () => {
  const tests = [
    {
      input: '“Since [the Coalition] was created in 2014 . . . millions',
      display: ['“Since', '[the', 'Coalition]', 'was', 'created', 'in', '2014 . . .', 'millions'],
    },
    {input: 'So we hope . . . to keep', display: ['So', 'we', 'hope . . .', 'to', 'keep']},
    {input: 'He said [...] no — never.', display: ['He', 'said [...]', 'no —', 'never.']},
    {input: '“Second,” said he.', display: ['“Second,”', 'said', 'he.']},
  ];
  for (const {input, display} of tests) {
    it(`keeps the written form of ${JSON.stringify(input)}`, () => {
      expect(splitWords(input).map((w) => w.display)).toEqual(display);
    });
  }

  it('gives every word its spoken tokens', () => {
    expect(splitWords('In late March 2019, ISIS').map((w) => w.spoken)).toEqual([
      ['In'],
      ['late'],
      ['March'],
      ['twenty', 'nineteen'],
      ['Isis'],
    ]);
  });
});

describe('speechText', () => {
  const tests = [
    {input: 'In late March 2019, the group', speech: 'In late March twenty nineteen, the group.'},
    {input: '“Second,” said he, “we must.”', speech: 'Second, said he, we must.'},
    {input: 'created in 2014 . . . millions', speech: 'created in twenty fourteen, millions.'},
    {input: 'Is it?', speech: 'Is it?'},
    {input: 'what’s possible', speech: "what's possible."},
  ];
  for (const {input, speech} of tests) {
    it(`speaks ${JSON.stringify(input)}`, () => {
      expect(speechText(splitWords(input))).toBe(speech);
    });
  }
});
