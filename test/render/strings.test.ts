import {describe, expect, test} from 'vitest';
import {fill, isRightToLeft, spokenTime, STRINGS, stringsFor} from '../../src/render/strings.js';

describe('spokenTime', () => {
  const tests = [
    {seconds: 0, expected: '0 seconds'},
    {seconds: 0.55, expected: '0 seconds'},
    {seconds: 1, expected: '1 second'},
    {seconds: 6.945, expected: '6 seconds'},
    {seconds: 60, expected: '1 minute'},
    {seconds: 62.9, expected: '1 minute 2 seconds'},
    {seconds: 121, expected: '2 minutes 1 second'},
    {seconds: 3600, expected: '1 hour'},
    {seconds: 3605, expected: '1 hour 5 seconds'},
    {seconds: 2 * 3600 + 3 * 60 + 4, expected: '2 hours 3 minutes 4 seconds'},
    {seconds: -3, expected: '0 seconds'},
    {seconds: NaN, expected: '0 seconds'},
  ];
  for (const {seconds, expected} of tests) {
    test(`${seconds} -> ${expected}`, () => expect(spokenTime(seconds)).toBe(expected));
  }
});

describe('spokenTime in other languages', () => {
  const tests = [
    {seconds: 62.9, locale: 'es', expected: '1 minuto 2 segundos'},
    {seconds: 0, locale: 'es', expected: '0 segundos'},
    {seconds: 3605, locale: 'es-MX', expected: '1 hora 5 segundos'},
    {seconds: 62, locale: 'ar', expected: 'دقيقة وثانيتان'},
    {seconds: 62, locale: 'not a tag!', expected: '1 minute 2 seconds'},
  ];
  for (const {seconds, locale, expected} of tests) {
    test(`${locale} ${seconds} -> ${expected}`, () => expect(spokenTime(seconds, locale)).toBe(expected));
  }
});

describe('spokenTime says what Intl says, from words it keeps', () => {
  // What spokenTime said before it kept words: every part and the list formatted each time.
  const direct = (seconds: number, locale: string) => {
    const total = Math.floor(seconds);
    const parts = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
    const units = ['hour', 'minute', 'second'];
    const said = parts.flatMap((n, i) =>
      n ? [new Intl.NumberFormat(locale, {style: 'unit', unit: units[i], unitDisplay: 'long'}).format(n)] : [],
    );
    return said.length
      ? new Intl.ListFormat(locale, {type: 'unit', style: 'narrow'}).format(said)
      : new Intl.NumberFormat(locale, {style: 'unit', unit: 'second', unitDisplay: 'long'}).format(0);
  };
  for (const locale of ['en', 'es', 'ar', 'fr', 'de', 'ja', 'he']) {
    test(locale, () => {
      for (let seconds = 0; seconds < 7300; seconds += 7) {
        expect(spokenTime(seconds, locale), `${seconds} s`).toBe(direct(seconds, locale));
      }
    });
  }
});

describe('stringsFor', () => {
  const tests = [
    {lang: undefined, expected: 'Transcript'},
    {lang: '', expected: 'Transcript'},
    {lang: 'en-GB', expected: 'Transcript'},
    {lang: 'es', expected: 'Transcripción'},
    {lang: 'ES-419', expected: 'Transcripción'},
    {lang: 'ar-EG', expected: 'النص المكتوب'},
    {lang: 'fr', expected: 'Transcript'},
  ];
  for (const {lang, expected} of tests) {
    test(`${lang} -> ${expected}`, () => expect(stringsFor(lang).transcript).toBe(expected));
  }

  test('every table has every key of the English one, none empty, with the same {marks}', () => {
    const marks = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join();
    for (const [lang, table] of Object.entries(STRINGS)) {
      for (const [key, english] of Object.entries(STRINGS.en) as Array<[string, string | readonly unknown[]]>) {
        const value = table[key as keyof typeof table];
        expect(value, `${lang}.${key}`).toBeTruthy();
        if (typeof english === 'string') expect(marks(value as string), `${lang}.${key}`).toBe(marks(english));
        else expect((value as readonly unknown[]).length, `${lang}.${key}`).toBe(english.length);
      }
    }
  });
});

describe('fill', () => {
  const tests: Array<{template: string; values: Record<string, string | number>; locale: string; expected: string}> = [
    {template: '{index} of {count}', values: {index: 3, count: 12000}, locale: 'en', expected: '3 of 12,000'},
    {template: '{index} de {count}', values: {index: 3, count: 12000}, locale: 'es', expected: '3 de 12.000'},
    {template: 'HTTP {status}', values: {status: '404 Not Found'}, locale: 'en', expected: 'HTTP 404 Not Found'},
    {template: '{missing} stays', values: {}, locale: 'en', expected: '{missing} stays'},
  ];
  for (const {template, values, locale, expected} of tests) {
    test(`${template} -> ${expected}`, () => expect(fill(template, values, locale)).toBe(expected));
  }
});

describe('isRightToLeft', () => {
  const tests = [
    {lang: 'ar', expected: true},
    {lang: 'he-IL', expected: true},
    {lang: 'fa', expected: true},
    {lang: 'UR', expected: true},
    {lang: 'en', expected: false},
    {lang: 'es', expected: false},
    {lang: '', expected: false},
    {lang: undefined, expected: false},
  ];
  for (const {lang, expected} of tests) {
    test(`${lang} -> ${expected}`, () => expect(isRightToLeft(lang)).toBe(expected));
  }
});
