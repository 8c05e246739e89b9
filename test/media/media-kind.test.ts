import {describe, expect, test} from 'vitest';
import {guessMimeType, isAudioSource} from '../../src/media/media-kind.js';

describe('guessMimeType', () => {
  const tests = [
    {src: '/media/talk.mp4', expected: 'video/mp4'},
    {src: 'https://example.org/a/talk.WEBM?token=1#t=10', expected: 'video/webm'},
    {src: 'talk.m4a', expected: 'audio/mp4'},
    {src: 'talk.mp3', expected: 'audio/mpeg'},
    {src: 'talk.opus', expected: 'audio/ogg'},
    {src: 'stream.m3u8', expected: 'application/x-mpegURL'},
    {src: 'talk', expected: undefined},
    {src: 'talk.txt', expected: undefined},
  ];
  for (const {src, expected} of tests) {
    test(`${src} -> ${expected}`, () => expect(guessMimeType(src)).toBe(expected));
  }
});

describe('isAudioSource', () => {
  const tests = [
    {src: 'talk.m4a', type: undefined, expected: true},
    {src: 'talk.mp3?x=1', type: undefined, expected: true},
    {src: 'talk.weba', type: undefined, expected: true},
    {src: 'talk.mp4', type: undefined, expected: false},
    // WebM may hold audio alone; without a type it counts as video until its metadata says.
    {src: 'talk.webm', type: undefined, expected: false},
    {src: 'talk.webm', type: 'audio/webm', expected: true},
    {src: 'talk.m4a', type: 'video/mp4', expected: false},
    {src: 'talk', type: 'AUDIO/MPEG', expected: true},
    {src: 'talk', type: undefined, expected: false},
  ];
  for (const {src, type, expected} of tests) {
    test(`${src} ${type ?? '(no type)'} -> ${expected}`, () => expect(isAudioSource(src, type)).toBe(expected));
  }
});
