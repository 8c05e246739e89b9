import {describe, expect, test} from 'vitest';
import {chooseSource, languageName, parseCaptionsAttribute, type CaptionSource} from '../../src/media/caption-tracks.js';

describe('parseCaptionsAttribute', () => {
  const tests = [
    {value: '', expected: []},
    {
      value: 'talk.vtt',
      expected: [{src: 'talk.vtt', srclang: 'en', label: 'English', kind: 'captions', default: true}],
    },
    {
      value: ' a.en.vtt ;  a.es.vtt es Español (traducción) ; a.ar.vtt ar ; ',
      expected: [
        {src: 'a.en.vtt', srclang: 'en', label: 'English', kind: 'captions', default: true},
        {src: 'a.es.vtt', srclang: 'es', label: 'Español (traducción)', kind: 'subtitles', default: false},
        {src: 'a.ar.vtt', srclang: 'ar', label: 'العربية', kind: 'subtitles', default: false},
      ],
    },
  ];
  for (const {value, expected} of tests) {
    test(JSON.stringify(value), () => expect(parseCaptionsAttribute(value, 'en')).toEqual(expected));
  }

  test('an entry without a language takes srclang', () => {
    expect(parseCaptionsAttribute('x.vtt', 'fr')[0]).toMatchObject({srclang: 'fr', label: 'français'});
  });
});

describe('chooseSource', () => {
  const source = (srclang: string, isDefault = false): CaptionSource => ({
    src: `${srclang}.vtt`,
    srclang,
    label: srclang,
    kind: 'captions',
    default: isDefault,
  });
  const sources = [source('en'), source('es-MX', true), source('ar'), source('ar')];
  const tests = [
    {name: 'none offered', sources: [], language: 'en', preferred: -1, expected: -1},
    {name: 'no language: the default', sources, language: undefined, preferred: -1, expected: 1},
    {name: 'no default: the first', sources: [source('fr'), source('de')], language: undefined, preferred: -1, expected: 0},
    {name: 'exact tag, any case', sources, language: 'ES-mx', preferred: -1, expected: 1},
    {name: 'primary language', sources, language: 'es', preferred: -1, expected: 1},
    {name: 'first of two in one language', sources, language: 'ar', preferred: -1, expected: 2},
    {name: "the reader's pick of two in one language", sources, language: 'ar', preferred: 3, expected: 3},
    {name: 'a pick in another language does not count', sources, language: 'ar', preferred: 0, expected: 2},
    {name: 'no match: the default', sources, language: 'ja', preferred: -1, expected: 1},
  ];
  for (const {name, sources, language, preferred, expected} of tests) {
    test(name, () => expect(chooseSource(sources, language, preferred)).toBe(expected));
  }
});

describe('languageName', () => {
  const tests = [
    {lang: 'en', expected: 'English'},
    {lang: 'es', expected: 'español'},
    {lang: 'ar', expected: 'العربية'},
    {lang: '', expected: 'Captions'},
    {lang: 'not a tag!', expected: 'not a tag!'},
  ];
  for (const {lang, expected} of tests) {
    test(`${lang} -> ${expected}`, () => expect(languageName(lang)).toBe(expected));
  }
});
