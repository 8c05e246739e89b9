// Pure: timed words -> caption cues (phrase-sized, at most 2 lines of 42 characters).

/**
 * @typedef {{text: string, start: number, end: number}} TimedWord times in whole milliseconds
 * @typedef {{start: number, end: number, lines: TimedWord[][]}} Cue
 * @typedef {{maxChars: number, maxLines: number, minDuration: number, maxDuration: number}} CueLimits
 *   durations in milliseconds
 */

/** @type {CueLimits} */
export const DEFAULT_LIMITS = {maxChars: 42, maxLines: 2, minDuration: 1000, maxDuration: 7000};

// Punctuation, possibly inside closing quotes; a lone ’ is an apostrophe ("terrorists’").
const CLAUSE_END = /(?:[.,;:!?…][”’"')\]]*|[”")\]])$/u;
const WEAK_START = new Set(
  ('and but or nor so to in of for with that which who whom where when while because until ' +
    'including such said added at on from across into outside as against than like after before')
    .split(' '),
);

/** Words that lean on the next one: a line should not end with them. */
const LEANING = new Set(
  'a an the its their our his her my your this these of to in for with from at on by into and'.split(' '),
);

/** @param {string} text */
const isWeak = (text) => WEAK_START.has(text.toLowerCase().replace(/^[“‘"'([]+/u, ''));

/** @param {string[]} texts */
const width = (texts) => texts.reduce((n, t) => n + t.length, 0) + Math.max(0, texts.length - 1);

/**
 * Wraps words onto at most `maxLines` lines of at most `maxChars` characters; two lines are
 * balanced (the break that makes the longer line shortest, preferring a break after punctuation,
 * then before a function word, and not after an article or a preposition).
 * @param {string[]} texts the words, never split
 * @param {{maxChars: number, maxLines: number}} limits
 * @returns {number[] | null} how many words go on each line, or null if they do not fit
 */
export function wrapLines(texts, {maxChars, maxLines}) {
  if (texts.length === 0) return null;
  if (width(texts) <= maxChars) return [texts.length];
  if (maxLines < 2) return null;
  if (maxLines > 2) throw new Error('Only 1 or 2 lines are supported.');
  let best = null;
  let bestScore = Infinity;
  for (let k = 1; k < texts.length; k++) {
    const a = width(texts.slice(0, k));
    const b = width(texts.slice(k));
    if (a > maxChars || b > maxChars) continue;
    const bonus = CLAUSE_END.test(texts[k - 1]) ? 8 : isWeak(texts[k]) ? 4 : 0;
    const penalty = LEANING.has(texts[k - 1].toLowerCase()) ? 6 : 0;
    const score = Math.max(a, b) - bonus + penalty;
    if (score < bestScore) [best, bestScore] = [[k, texts.length - k], score];
  }
  return best;
}

/**
 * How much a cue boundary between words[at - 1] and words[at] costs: nothing after punctuation,
 * little before a function word or at a pause in the speech, a lot elsewhere.
 * @param {TimedWord[]} words
 * @param {number} at
 */
export function breakCost(words, at) {
  if (at === words.length) return 0;
  if (CLAUSE_END.test(words[at - 1].text)) return 0;
  const pause = words[at].start - words[at - 1].end >= 50;
  const weak = isWeak(words[at].text);
  if (pause && weak) return 2;
  if (weak) return 4;
  if (pause) return 5;
  return 12;
}

/**
 * Splits one sentence's words into cues at phrase boundaries, with the fewest, best-placed breaks
 * that keep every cue within the limits. A cue runs from its first word's start to its last
 * word's end (a sentence shorter than the minimum is lengthened by the caller, into the pause).
 * @param {TimedWord[]} words
 * @param {CueLimits} [limits]
 * @returns {Cue[]}
 */
export function splitSentence(words, limits = DEFAULT_LIMITS) {
  const n = words.length;
  /** @type {{cost: number, from: number, wrap: number[]}[]} */
  const best = [{cost: 0, from: -1, wrap: []}];
  for (let j = 1; j <= n; j++) {
    best[j] = {cost: Infinity, from: -1, wrap: []};
    for (let i = j - 1; i >= 0; i--) {
      const duration = words[j - 1].end - words[i].start;
      if (duration > limits.maxDuration) break;
      if (!Number.isFinite(best[i].cost)) continue;
      if (duration < limits.minDuration && !(i === 0 && j === n)) continue;
      const wrap = wrapLines(words.slice(i, j).map((w) => w.text), limits);
      if (!wrap) break;
      const chars = width(words.slice(i, j).map((w) => w.text));
      const cost = best[i].cost + 10 + breakCost(words, j) + (chars < 24 ? 1 : 0);
      if (cost < best[j].cost) best[j] = {cost, from: i, wrap};
    }
  }
  if (!Number.isFinite(best[n].cost)) {
    throw new Error(`Cannot split into cues within the limits: ${words.map((w) => w.text).join(' ')}`);
  }
  /** @type {Cue[]} */
  const cues = [];
  for (let j = n; j > 0; j = best[j].from) {
    const i = best[j].from;
    const lines = [];
    let at = i;
    for (const count of best[j].wrap) {
      lines.push(words.slice(at, at + count));
      at += count;
    }
    cues.unshift({start: words[i].start, end: words[j - 1].end, lines});
  }
  return cues;
}
