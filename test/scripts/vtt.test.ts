import webvtt from 'webvtt-parser';
import {describe, expect, it} from 'vitest';

import {captionsVtt, chaptersVtt, cuePayload, escapeCueText, formatTimestamp} from '../../scripts/media/vtt.mjs';

const {WebVTTParser} = webvtt;

const CUE = {
  start: 1550,
  end: 3740,
  lines: [
    [
      {text: '“Since', start: 1550, end: 1900},
      {text: '[the', start: 1900, end: 2000},
    ],
    [{text: 'Coalition]', start: 2010, end: 3740}],
  ],
};

describe('formatTimestamp', () => {
  const tests = [
    {ms: 0, text: '00:00:00.000'},
    {ms: 1, text: '00:00:00.001'},
    {ms: 62340, text: '00:01:02.340'},
    {ms: 214000, text: '00:03:34.000'},
    {ms: 3600000 + 61001, text: '01:01:01.001'},
  ];
  for (const {ms, text} of tests) {
    it(`writes ${ms} ms as ${text}`, () => {
      expect(formatTimestamp(ms)).toBe(text);
    });
  }

  for (const ms of [-1, 1.5, NaN]) {
    it(`refuses ${ms}`, () => {
      expect(() => formatTimestamp(ms)).toThrow(/Bad time/);
    });
  }
});

describe('cuePayload', () => {
  it('tags every word after the first with its start, inside a voice span', () => {
    expect(cuePayload(CUE, 'Narrator')).toBe('<v Narrator>“Since <00:00:01.900>[the\n<00:00:02.010>Coalition]</v>');
  });

  it('escapes markup characters', () => {
    expect(escapeCueText('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
  });
});

describe('captionsVtt and chaptersVtt', () => {
  it('write files webvtt-parser reads without errors', () => {
    const second = {
      start: 4000,
      end: 5000,
      lines: [
        [
          {text: 'R&D', start: 4000, end: 4500},
          {text: '<ok>', start: 4500, end: 5000},
        ],
      ],
    };
    const text = captionsVtt({cues: [CUE, second], voice: 'Narrator', note: 'made --> by a test'});
    const {cues, errors} = new WebVTTParser().parse(text, 'metadata');
    expect(errors).toEqual([]);
    expect(cues.map((c) => [c.id, c.startTime, c.endTime])).toEqual([
      ['1', 1.55, 3.74],
      ['2', 4, 5],
    ]);
    expect(cues[0].text).toBe('<v Narrator>“Since <00:00:01.900>[the\n<00:00:02.010>Coalition]</v>');
  });

  it('writes chapters', () => {
    const text = chaptersVtt([
      {title: 'Introduction', start: 0, end: 29712},
      {title: 'Q&A', start: 29712, end: 214000},
    ]);
    expect(text).toBe(
      'WEBVTT\n\nchapter-1\n00:00:00.000 --> 00:00:29.712\nIntroduction\n\n' +
        'chapter-2\n00:00:29.712 --> 00:03:34.000\nQ&amp;A\n',
    );
    const {cues, errors} = new WebVTTParser().parse(text, 'chapters');
    expect(errors).toEqual([]);
    expect(cues.map((c) => c.text)).toEqual(['Introduction', 'Q&amp;A']);
  });
});
