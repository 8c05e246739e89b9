// Pure: the festival batch script we run, and the word timings it prints, mapped back to the
// displayed words.

/**
 * @typedef {import('./script-text.mjs').Word} Word
 * @typedef {{name: string, start: number, end: number}} FestivalWord times in seconds
 * @typedef {{name: string, words: FestivalWord[]}} FestivalToken
 * @typedef {{index: number, length: number, tokens: FestivalToken[]}} FestivalUtterance
 * @typedef {{display: string, start: number, end: number}} TimedWord times in seconds
 */

/** @param {string} text */
function schemeString(text) {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * A festival batch script that synthesizes each text to `sNNN.wav` (relative to festival's working
 * directory) and prints its tokens, their words' start/end and the padded utterance length.
 * @param {string[]} texts speech texts, one utterance each
 * @param {{voice: string, rate: number}} options rate < 1 is slower (hts_engine -r)
 * @returns {string}
 */
export function festivalScript(texts, {voice, rate}) {
  const lines = [
    `(voice_${voice})`,
    `(set! hts_engine_params (append hts_engine_params (list (list "-r" ${rate.toFixed(3)}))))`,
    `(define (report i utt)
  (format t "U\\t%d\\t%f\\n" i (item.feat (utt.relation.last utt 'Segment) "end"))
  (mapcar
    (lambda (tok)
      (if (item.relation.daughters tok 'Token)
        (begin
          (format t "T\\t%s\\n" (item.name tok))
          (mapcar
            (lambda (w) (format t "W\\t%s\\t%f\\t%f\\n" (item.name w)
              (item.feat w "word_start") (item.feat w "word_end")))
            (item.relation.daughters tok 'Token)))))
    (utt.relation.items utt 'Token))
  t)`,
  ];
  texts.forEach((text, i) => {
    lines.push(
      `(set! utt (utt.synth (Utterance Text ${schemeString(text)})))`,
      `(utt.save.wave utt "${waveName(i)}" 'riff)`,
      `(report ${i} utt)`,
    );
  });
  return `${lines.join('\n')}\n`;
}

/** @param {number} i */
export function waveName(i) {
  return `s${String(i + 1).padStart(3, '0')}.wav`;
}

/**
 * Reads what {@link festivalScript} prints.
 * @param {string} log festival's stdout
 * @returns {FestivalUtterance[]}
 */
export function parseFestivalLog(log) {
  /** @type {FestivalUtterance[]} */
  const utterances = [];
  for (const line of log.split('\n')) {
    const [kind, ...fields] = line.split('\t');
    if (kind === 'U') {
      utterances.push({index: Number(fields[0]), length: Number(fields[1]), tokens: []});
    } else if (kind === 'T') {
      const utt = utterances.at(-1);
      if (!utt) throw new Error(`festival printed a token before any utterance: ${line}`);
      utt.tokens.push({name: fields[0], words: []});
    } else if (kind === 'W') {
      const tok = utterances.at(-1)?.tokens.at(-1);
      if (!tok) throw new Error(`festival printed a word before any token: ${line}`);
      tok.words.push({name: fields[0], start: Number(fields[1]), end: Number(fields[2])});
    }
  }
  return utterances;
}

/** @param {string} token */
function normalizeToken(token) {
  return token.toLowerCase().replace(/[’‘]/g, "'").replace(/[^a-z0-9'-]/g, '');
}

/**
 * Gives every displayed word the start of its first spoken word and the end of its last, as
 * measured by the synthesizer. Throws when festival's tokens do not line up one to one with the
 * spoken tokens we gave it, or a word got no duration.
 * @param {Word[]} words
 * @param {FestivalToken[]} tokens festival's tokens for the utterance (those with words)
 * @returns {TimedWord[]}
 */
export function alignWords(words, tokens) {
  const expected = words.flatMap((word, owner) => word.spoken.map((spoken) => ({spoken, owner})));
  const context = () =>
    `expected [${expected.map((e) => e.spoken).join(' ')}], festival read [${tokens
      .map((t) => t.name)
      .join(' ')}]`;
  if (expected.length !== tokens.length) {
    throw new Error(`Cannot map festival's tokens to the script's words: ${context()}`);
  }
  /** @type {TimedWord[]} */
  const timed = words.map((word) => ({display: word.display, start: Infinity, end: -Infinity}));
  expected.forEach(({spoken, owner}, i) => {
    if (normalizeToken(spoken) !== normalizeToken(tokens[i].name)) {
      throw new Error(`Token ${i + 1} is "${tokens[i].name}", not "${spoken}": ${context()}`);
    }
    for (const w of tokens[i].words) {
      if (!(w.end > w.start)) continue; // punctuation and clitics ("'s") carry no duration
      timed[owner].start = Math.min(timed[owner].start, w.start);
      timed[owner].end = Math.max(timed[owner].end, w.end);
    }
  });
  timed.forEach((word, i) => {
    if (!Number.isFinite(word.start)) throw new Error(`festival gave "${word.display}" no duration.`);
    if (i > 0 && word.start < timed[i - 1].end) {
      throw new Error(`"${word.display}" starts before "${timed[i - 1].display}" ends.`);
    }
  });
  return timed;
}
