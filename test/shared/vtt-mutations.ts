/**
 * Seeded mutations of a WebVTT file: the same seed gives the same file in Node and in a browser,
 * so a failing case can be replayed from its seed alone.
 */
import {seededRandom} from '../../bench/vtt-gen.js';

/** Pieces that steer the parser into its less travelled paths. */
const SNIPPETS = [
  '<',
  '>',
  '&',
  ';',
  '#',
  '/',
  '.',
  ':',
  ' ',
  '\t',
  '\n',
  '\n\n',
  '\r',
  '\r\n',
  '\0',
  '-->',
  '--',
  '0',
  '9',
  '60',
  'NOTE',
  'NOTE ',
  'STYLE\n',
  'WEBVTT',
  '<b>',
  '</b>',
  '<i.x>',
  '<v A B>',
  '</v>',
  '<ruby>',
  '<rt>',
  '</ruby>',
  '<lang fr>',
  '<c.a.b>',
  '<00:00:01.000>',
  '&amp;',
  '&lt',
  '&#x3c;',
  '&#0;',
  '&#128;',
  '&copy;',
  '&AMP;',
  '\u00a0',
  'é',
  '😀',
  '00:00:05.000 --> 00:00:06.000',
  '99:00:00.000',
];

/**
 * `source` with `count` random edits: characters and snippets inserted, deleted and replaced,
 * lines deleted, duplicated and swapped, and sometimes the end cut off. The first line is kept
 * unless `touchSignature`, so most mutants still reach the block parser.
 */
export function mutate(source: string, seed: number, count: number, touchSignature = false): string {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const keep = touchSignature ? 0 : source.indexOf('\n') + 1;
  let text = source;
  for (let i = 0; i < count; i++) {
    const at = keep + Math.floor(next() * (text.length - keep + 1));
    const lines = text.split('\n');
    const line = 1 + Math.floor(next() * Math.max(1, lines.length - 1));
    switch (Math.floor(next() * 8)) {
      case 0:
        text = text.slice(0, at) + pick(SNIPPETS) + text.slice(at);
        break;
      case 1:
        text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 4));
        break;
      case 2:
        text = text.slice(0, at) + pick(SNIPPETS) + text.slice(at + 1);
        break;
      case 3:
        lines.splice(line, 1);
        text = lines.join('\n');
        break;
      case 4:
        lines.splice(line, 0, lines[line] ?? '');
        text = lines.join('\n');
        break;
      case 5:
        if (line + 1 < lines.length) [lines[line], lines[line + 1]] = [lines[line + 1], lines[line]];
        text = lines.join('\n');
        break;
      case 6:
        // A digit in a timing changed: times out of order, out of range, or unreadable.
        text = text.slice(0, at) + text.slice(at).replace(/\d/, String(Math.floor(next() * 10)));
        break;
      default:
        if (next() < 0.25) text = text.slice(0, at);
        else text = text.slice(0, at) + pick(SNIPPETS).repeat(1 + Math.floor(next() * 50)) + text.slice(at);
    }
  }
  return text;
}
