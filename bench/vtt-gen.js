// Deterministic WebVTT for the benchmark's page, with the media script's timestamp writer.
import {formatTimestamp} from '../scripts/media/vtt.mjs';

/**
 * A seeded pseudo-random source (mulberry32): the same seed gives the same file every run.
 * @param {number} seed
 */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the group lost territory it once held and with it the caliphate yet its fighters remain ' +
  'in cells across the region where they recruit raise money and wait for a chance to return ' +
  'local forces hold the towns but the desert and the camps are harder to watch'
).split(' ');

/**
 * "HH:MM:SS.mmm", to the nearest millisecond.
 * @param {number} seconds
 */
const vttTime = (seconds) => formatTimestamp(Math.round(seconds * 1000));

/**
 * Cues back to back from `from` to `until`, each 0.5 to 1.5 s long, so a cue boundary (one cue
 * ends as the next starts) comes every 0.5 to 1.5 s. Each cue is one short phrase, no word times.
 * @param {{seed?: number, from?: number, until?: number}} [options]
 */
export function syntheticVtt({seed = 1, from = 0.4, until = 213.5} = {}) {
  const random = seededRandom(seed);
  const parts = ['WEBVTT', ''];
  let start = from;
  for (let n = 1; ; n++) {
    // Whole milliseconds, as in any real file.
    const end = Math.round((start + 0.5 + random()) * 1000) / 1000;
    if (end > until) break;
    const words = Array.from({length: 3 + Math.floor(random() * 4)}, () => WORDS[Math.floor(random() * WORDS.length)]);
    parts.push(String(n), `${vttTime(start)} --> ${vttTime(end)}`, `Line ${n}: ${words.join(' ')}`, '');
    start = end;
  }
  return parts.join('\n');
}

/**
 * `count` cues spread evenly over `seconds`, each with 6 to 10 words and a WebVTT timestamp
 * before every word after the first, like the project's real captions. Each cue holds a unique
 * token (`qz<n>`) so a search can find exactly one line.
 * @param {{count?: number, seconds?: number, seed?: number}} [options]
 */
export function longVtt({count = 10000, seconds = 36000, seed = 7} = {}) {
  const random = seededRandom(seed);
  const step = seconds / count;
  const parts = ['WEBVTT', ''];
  for (let n = 0; n < count; n++) {
    const start = n * step;
    const end = start + step * 0.92;
    const words = [
      `qz${n}`,
      ...Array.from({length: 5 + Math.floor(random() * 5)}, () => WORDS[Math.floor(random() * WORDS.length)]),
    ];
    const wordStep = (end - start) / words.length;
    const text = words.map((word, i) => (i === 0 ? word : `<${vttTime(start + i * wordStep)}>${word}`)).join(' ');
    parts.push(
      String(n + 1),
      `${vttTime(start)} --> ${vttTime(end)}`,
      `<v Speaker ${1 + (Math.floor(n / 7) % 3)}>${text}</v>`,
      '',
    );
  }
  return parts.join('\n');
}
