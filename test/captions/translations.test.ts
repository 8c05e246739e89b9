import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {parseVtt} from '../../src/cues/parse-vtt.js';

const read = (lang: string) => parseVtt(readFileSync(`captions/uprooting-isis.${lang}.vtt`, 'utf8'));
const english = read('en');

// The demo's translations stand in for the English lines, one for one: a reader who switches
// language mid-sentence lands on the same sentence, and the highlight keeps its timing.
for (const lang of ['es', 'ar']) {
  describe(`captions/uprooting-isis.${lang}.vtt`, () => {
    const translated = read(lang);

    test('parses without errors', () => {
      expect(translated.errors).toEqual([]);
    });

    test('has one cue per English cue, with the same timings', () => {
      expect(translated.cues.length).toBe(english.cues.length);
      translated.cues.forEach((cue, i) => {
        expect([cue.start, cue.end], `cue ${i + 1}`).toEqual([english.cues[i].start, english.cues[i].end]);
      });
    });

    test('has no empty cue, and none left in English', () => {
      translated.cues.forEach((cue, i) => {
        expect(cue.text.trim(), `cue ${i + 1}`).not.toBe('');
        expect(cue.text, `cue ${i + 1}`).not.toBe(english.cues[i].text);
      });
    });

    test('keeps every number of the English cue', () => {
      translated.cues.forEach((cue, i) => {
        const numbers = (text: string) => (text.match(/\d+/g) ?? []).join(' ');
        expect(numbers(cue.text.replace(/[.,](?=\d{3})/g, '')), `cue ${i + 1}`).toBe(
          numbers(english.cues[i].text.replace(/,(?=\d{3})/g, '')),
        );
      });
    });
  });
}
