import {describe, expect, test} from 'vitest';
import {shortcutFor, type KeyOwner} from '../../src/render/shortcuts.js';

describe('shortcutFor', () => {
  const tests: Array<{key: string; owner: KeyOwner; expected: ReturnType<typeof shortcutFor>}> = [
    // Anywhere that leaves the key alone.
    {key: 'k', owner: 'none', expected: 'play'},
    {key: 'K', owner: 'none', expected: 'play'},
    {key: ' ', owner: 'none', expected: 'play'},
    {key: 'j', owner: 'none', expected: -10},
    {key: 'l', owner: 'none', expected: 10},
    {key: 'ArrowLeft', owner: 'none', expected: -5},
    {key: 'ArrowRight', owner: 'none', expected: 5},
    {key: 'm', owner: 'none', expected: 'mute'},
    {key: 'f', owner: 'none', expected: 'fullscreen'},
    {key: 'c', owner: 'none', expected: 'captions'},
    {key: '?', owner: 'none', expected: 'help'},
    {key: 'x', owner: 'none', expected: undefined},
    {key: 'Enter', owner: 'none', expected: undefined},
    {key: 'ArrowUp', owner: 'none', expected: undefined},
    {key: 'Home', owner: 'none', expected: undefined},
    // A button or link: Space is its own, arrows are free.
    {key: ' ', owner: 'space', expected: undefined},
    {key: 'k', owner: 'space', expected: 'play'},
    {key: 'ArrowRight', owner: 'space', expected: 5},
    // A transcript line, slider or menu: arrows and Space are its own, letters are free.
    {key: ' ', owner: 'arrows', expected: undefined},
    {key: 'ArrowLeft', owner: 'arrows', expected: undefined},
    {key: 'ArrowRight', owner: 'arrows', expected: undefined},
    {key: 'k', owner: 'arrows', expected: 'play'},
    {key: 'l', owner: 'arrows', expected: 10},
    {key: '?', owner: 'arrows', expected: 'help'},
    // A text field: every key is typing.
    {key: 'k', owner: 'text', expected: undefined},
    {key: ' ', owner: 'text', expected: undefined},
    {key: 'ArrowLeft', owner: 'text', expected: undefined},
    {key: '?', owner: 'text', expected: undefined},
  ];
  for (const {key, owner, expected} of tests) {
    test(`${JSON.stringify(key)} on ${owner} -> ${JSON.stringify(expected)}`, () => {
      expect(shortcutFor(key, owner)).toEqual(expected);
    });
  }
});
