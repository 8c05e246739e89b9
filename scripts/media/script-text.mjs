// Pure: the narration script -> sentences, chapters and displayed words with their spoken form.

/**
 * @typedef {{text: string, paragraphStart: boolean, chapter: number}} Sentence `chapter` is -1
 *   when the script has no chapters
 * @typedef {{title: string, firstSentence: number}} Chapter
 * @typedef {{display: string, spoken: string[]}} Word
 *   `display` is shown in the captions exactly as written; `spoken` are the plain tokens given to
 *   the synthesizer for it (punctuation that shapes prosody is added separately).
 */

/**
 * Parses the script: one sentence per line, a blank line starts a paragraph, and a line
 * `# Title` starts a chapter (not narrated).
 * @param {string} source
 * @returns {{sentences: Sentence[], chapters: Chapter[]}}
 */
export function parseScript(source) {
  /** @type {Sentence[]} */
  const sentences = [];
  /** @type {Chapter[]} */
  const chapters = [];
  let paragraphStart = true;
  for (const raw of source.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.trim().replace(/\s+/g, ' ');
    if (line === '') {
      paragraphStart = true;
    } else if (line.startsWith('#')) {
      const title = line.replace(/^#+\s*/, '');
      if (title === '') throw new Error('A chapter line needs a title after "#".');
      chapters.push({title, firstSentence: sentences.length});
      paragraphStart = true;
    } else {
      sentences.push({text: line, paragraphStart, chapter: chapters.length - 1});
      paragraphStart = false;
    }
  }
  if (sentences.length === 0) throw new Error('The narration script has no sentences.');
  if (chapters.length > 0 && chapters[0].firstSentence > 0) {
    chapters.unshift({title: 'Introduction', firstSentence: 0});
    for (const s of sentences) s.chapter += 1;
  }
  for (let i = 0; i < chapters.length - 1; i++) {
    if (chapters[i].firstSentence === chapters[i + 1].firstSentence) {
      throw new Error(`Chapter "${chapters[i].title}" has no sentences.`);
    }
  }
  const lastChapter = chapters.at(-1);
  if (lastChapter && lastChapter.firstSentence === sentences.length) {
    throw new Error(`Chapter "${lastChapter.title}" has no sentences.`);
  }
  return {sentences, chapters};
}

/** Words the slt voice would otherwise spell out letter by letter. */
const PRONUNCIATIONS = new Map([
  ['ISIS', ['Isis']],
  ['NATO', ['Nato']],
]);

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
  'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * @param {number} n an integer in [0, 999999]
 * @returns {string[]}
 */
export function cardinalWords(n) {
  if (!Number.isInteger(n) || n < 0 || n > 999999) throw new Error(`Cannot say the number ${n}.`);
  if (n < 20) return [ONES[n]];
  if (n < 100) return n % 10 === 0 ? [TENS[n / 10]] : [`${TENS[Math.floor(n / 10)]}-${ONES[n % 10]}`];
  if (n < 1000) {
    const rest = n % 100;
    return [ONES[Math.floor(n / 100)], 'hundred', ...(rest ? cardinalWords(rest) : [])];
  }
  const rest = n % 1000;
  return [...cardinalWords(Math.floor(n / 1000)), 'thousand', ...(rest ? cardinalWords(rest) : [])];
}

/**
 * How a year is read aloud: 2019 -> twenty nineteen, 2005 -> two thousand five.
 * @param {number} year
 * @returns {string[]}
 */
export function yearWords(year) {
  const hi = Math.floor(year / 100);
  const lo = year % 100;
  if (year % 1000 < 10) return cardinalWords(year);
  if (lo === 0) return [...cardinalWords(hi), 'hundred'];
  return [...cardinalWords(hi), ...(lo < 10 ? ['oh', ONES[lo]] : cardinalWords(lo))];
}

const PUNCTUATION_ONLY = /^[\p{P}\p{S}]+$/u;
const OPENING = /^[“‘"'([{]+/u;
const CLOSING = /[”’"')\]}.,;:!?…]+$/u;

/**
 * The spoken tokens for one written word ("2014" -> ["twenty", "fourteen"]).
 * @param {string} written a word without surrounding punctuation
 * @returns {string[]}
 */
export function spokenTokens(written) {
  const word = written.replace(/[’‘]/g, "'");
  const pronounced = PRONUNCIATIONS.get(word);
  if (pronounced) return pronounced;
  if (/^\d{4}$/.test(word) && Number(word) >= 1100 && Number(word) <= 2099) {
    return yearWords(Number(word));
  }
  if (/^\d{1,3}(,\d{3})*$/.test(word)) return cardinalWords(Number(word.replace(/,/g, '')));
  if (/\d/.test(word)) throw new Error(`No spoken form for "${written}": spell it out in the script.`);
  const plain = word.replace(/'$/, '');
  if (!/^[A-Za-z]+(['-][A-Za-z]+)*$/.test(plain)) {
    throw new Error(`No spoken form for "${written}": use letters, digits and punctuation only.`);
  }
  return [plain];
}

/**
 * Splits a sentence into displayed words. Punctuation standing alone (". . .", "[...]", "—")
 * stays with the word before it, so every displayed word has speech of its own.
 * @param {string} sentence
 * @returns {Word[]}
 */
export function splitWords(sentence) {
  /** @type {Word[]} */
  const words = [];
  /** @type {string[]} */
  let pending = [];
  for (const piece of sentence.split(/\s+/).filter(Boolean)) {
    if (PUNCTUATION_ONLY.test(piece)) {
      const previous = words.at(-1);
      if (previous) previous.display += ` ${piece}`;
      else pending.push(piece);
      continue;
    }
    const core = piece.replace(OPENING, '').replace(CLOSING, '');
    if (core === '') throw new Error(`Cannot read "${piece}" in: ${sentence}`);
    const display = [...pending, piece].join(' ');
    pending = [];
    words.push({display, spoken: spokenTokens(core)});
  }
  if (words.length === 0) throw new Error(`No words in the sentence: ${sentence}`);
  return words;
}

/**
 * The text given to the synthesizer: spoken tokens, with the pauses the written punctuation
 * implies (an ellipsis reads as a comma).
 * @param {Word[]} words
 * @returns {string}
 */
export function speechText(words) {
  return words
    .map((word, i) => {
      const trail = word.display.match(/[^\p{L}\p{N}]*$/u)?.[0] ?? '';
      const last = i === words.length - 1;
      let mark = '';
      if (/\.\s*\.|…/.test(trail)) mark = ',';
      else if (/[.!?]/.test(trail)) mark = last ? (trail.includes('?') ? '?' : '.') : ',';
      else if (/[,;:]/.test(trail)) mark = ',';
      if (last && mark !== '.' && mark !== '?') mark = '.';
      return word.spoken.join(' ') + mark;
    })
    .join(' ');
}
