import {describe, expect, test} from 'vitest';
import type {Cue} from '../../src/cues/types.js';
import {downloadName, linesText, quoteText, transcriptText} from '../../src/links/plain-text.js';

const cue = (start: number, text: string, voice?: string): Cue => ({id: '', start, end: start + 1, text, voice});

describe('transcriptText', () => {
  const tests = [
    {
      name: 'one paragraph per speaker turn, times in brackets',
      cues: [cue(0, 'Hello.', 'Ann'), cue(2, 'Welcome.', 'Ann'), cue(4, 'Thanks.', 'Bob'), cue(65, 'Bye.', 'Ann')],
      chapters: [],
      expected: 'T\n\n[0:00] Ann: Hello. [0:02] Welcome.\n\n[0:04] Bob: Thanks.\n\n[1:05] Ann: Bye.\n',
    },
    {
      name: 'chapter headings start paragraphs, the speaker said again after one',
      cues: [cue(0, 'a', 'Ann'), cue(5, 'b', 'Ann'), cue(12, 'c', 'Ann')],
      chapters: [cue(0, 'Intro'), cue(10, '')],
      expected: 'T\n\nIntro\n\n[0:00] Ann: a [0:05] b\n\n0:10\n\n[0:12] Ann: c\n',
    },
    {
      name: 'no speakers: paragraphs by chapter; empty cues left out; chapters after the last cue not listed',
      cues: [cue(0, 'a'), cue(1, ''), cue(3725, 'b')],
      chapters: [cue(0, 'One'), cue(3600, 'Two'), cue(9000, 'Late')],
      expected: 'T\n\nOne\n\n[0:00] a\n\nTwo\n\n[1:02:05] b\n',
    },
    {name: 'no cues', cues: [], chapters: [], expected: 'T\n'},
  ];
  for (const {name, cues, chapters, expected} of tests) {
    test(name, () => expect(transcriptText(cues, 'T', chapters)).toBe(expected));
  }
});

describe('linesText and quoteText', () => {
  const parts = [
    {cue: cue(2, 'Though ISIS lost', 'Narrator'), text: 'ISIS lost'},
    {cue: cue(6, 'its caliphate', 'Narrator'), text: 'its caliphate'},
    {cue: cue(9, 'Yes.', 'Host'), text: 'Yes.'},
    {cue: cue(11, 'Plain.'), text: 'Plain.'},
  ];
  test('lines: time, speaker where it changes, words', () => {
    expect(linesText(parts)).toBe('[0:02] Narrator: ISIS lost\n[0:06] its caliphate\n[0:09] Host: Yes.\n[0:11] Plain.');
  });
  test('quote: words, speaker and time, then the link', () => {
    expect(quoteText(parts.slice(0, 2), 'https://a.test/#t=2,7')).toBe(
      '“ISIS lost its caliphate” (Narrator, 0:02)\nhttps://a.test/#t=2,7',
    );
    expect(quoteText(parts.slice(3), 'u')).toBe('“Plain.” (0:11)\nu');
  });
});

describe('downloadName', () => {
  const tests = [
    {url: 'https://a.test/captions/uprooting-isis.en.vtt', ext: 'txt', expected: 'uprooting-isis.en.txt'},
    {url: 'https://a.test/captions/uprooting-isis.en.vtt', ext: 'vtt', expected: 'uprooting-isis.en.vtt'},
    {url: '/c/talk%20one.VTT?v=2#x', ext: 'txt', expected: 'talk one.txt'},
    {url: '/captions/', ext: 'vtt', expected: 'transcript.vtt'},
    {url: undefined, ext: 'txt', expected: 'transcript.txt'},
    {url: '/c/subs', ext: 'vtt', expected: 'subs.vtt'},
    {url: '/c/%E0%A4%A.vtt', ext: 'vtt', expected: 'transcript.vtt'},
  ];
  for (const {url, ext, expected} of tests) {
    test(`${url} ${ext} -> ${expected}`, () => expect(downloadName(url, ext)).toBe(expected));
  }
});
