import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {CueIndex} from '../../src/cues/cue-index.js';
import {MAX_DEPTH} from '../../src/cues/cue-text.js';
import {parseVtt} from '../../src/cues/parse-vtt.js';
import type {CueNode} from '../../src/cues/types.js';
import {mutate} from '../shared/vtt-mutations.js';
import {VTT_CASES} from '../shared/vtt-cases.js';

// `npm test` runs a few hundred inputs per property; `npm run fuzz` sets FUZZ_RUNS (and prints
// the seed, which FUZZ_SEED replays). fast-check prints the seed and path of any failure too.
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const options = {numRuns: RUNS, ...(SEED === undefined ? {} : {seed: SEED})};
/** Long enough for a fuzz run on a busy machine; a frozen parser still fails. */
const TIMEOUT = Math.max(10_000, RUNS * 20);

const CAPTIONS = readFileSync(new URL('../../captions/uprooting-isis.en.vtt', import.meta.url), 'utf8');

// ---- generated WebVTT -------------------------------------------------------------------------

const digits = (min: number, max: number) =>
  fc.string({unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max});

/** Timestamps: mostly valid, sometimes out of range, short, long or garbled. */
const timestamp = fc
  .oneof(
    {weight: 6, arbitrary: fc.tuple(digits(2, 3), digits(2, 2), digits(2, 2), digits(3, 3))},
    {weight: 1, arbitrary: fc.tuple(digits(0, 12), digits(0, 3), digits(0, 3), digits(0, 4))},
  )
  .map(([h, m, s, ms]) => `${h}:${m}:${s}.${ms}`);

const timing = fc
  .tuple(
    timestamp,
    fc.constantFrom(' --> ', '-->', '\t-->\t', ' -> ', ' --> '),
    timestamp,
    fc.constantFrom('', ' align:start', ' x'),
  )
  .map(([a, arrow, b, settings]) => `${a}${arrow}${b}${settings}`);

/** Cue text from an alphabet that reaches every state of the cue text tokenizer. */
const cueText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<b>',
        '</b>',
        '<i.x>',
        '</i>',
        '<v A>',
        '</v>',
        '<ruby>',
        '<rt>',
        '</ruby>',
        '<lang en>',
        '<c.a>',
      ),
      fc.constantFrom('&amp;', '&lt', '&#x3c;', '&#0;', '&copy;', '&', '<', '>', '<00:00:01.000>', '<1>', ' ', '\t'),
      fc.string({maxLength: 8}),
    ),
    {maxLength: 30},
  )
  .map((pieces) => pieces.join('').replace(/\r|\n/g, ' '));

const block = fc.oneof(
  fc
    .tuple(fc.option(fc.string({maxLength: 10}), {nil: undefined}), timing, fc.array(cueText, {maxLength: 3}))
    .map(([id, time, text]) => [...(id === undefined ? [] : [id.replace(/[\r\n]/g, '')]), time, ...text].join('\n')),
  fc.array(fc.string({maxLength: 12}), {minLength: 1, maxLength: 3}).map((lines) => `NOTE ${lines.join('\n')}`),
  fc.string({maxLength: 20}),
);

const generatedFile = fc
  .tuple(
    fc.constantFrom('WEBVTT', '\ufeffWEBVTT', 'WEBVTT - title', 'WEBVTT\nheader: x', 'WEBVTTX', ''),
    fc.array(block, {maxLength: 12}),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.constantFrom('\n\n', '\n', '\n\n\n'),
  )
  .map(([signature, blocks, newline, gap]) => [signature, ...blocks].join(gap).replace(/\n/g, newline));

const mutatedFile = fc
  .tuple(fc.constantFrom(CAPTIONS, ...VTT_CASES.map((c) => c.vtt)), fc.integer(), fc.integer({min: 1, max: 12}))
  .map(([source, seed, count]) => mutate(source, seed, count, seed % 10 === 0));

const nestedFile = fc
  .tuple(
    fc.integer({min: 1, max: 20_000}),
    fc.constantFrom('<b>', '<i><u>', '<v A>', '<ruby><rt>', '<c.a.b.c>'),
    fc.boolean(),
  )
  .map(([depth, open, closed]) => {
    const close = closed ? open.replace(/<([a-z]+)[^>]*>/g, '</$1>').repeat(depth) : '';
    return `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${open.repeat(depth)}deep${close}\n`;
  });

const longLineFile = fc
  .tuple(fc.integer({min: 1, max: 200_000}), fc.constantFrom(' ', 'x', '&', '<', '\t', ' \n', '&#', '<v '))
  .map(([length, unit]) => `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\na${unit.repeat(length)}b\n`);

// ---- invariants --------------------------------------------------------------------------------

function depthOf(nodes: readonly CueNode[]): number {
  let deepest = 0;
  for (const node of nodes) {
    if (node.type !== 'text' && node.type !== 'timestamp') deepest = Math.max(deepest, 1 + depthOf(node.children));
  }
  return deepest;
}

/** What must hold for any input: no throw, and cues and errors the rest of the element can trust. */
function checkInvariants(source: string): void {
  const {cues, errors} = parseVtt(source);
  const lineCount = source.split(/\r\n|\r|\n/).length;
  for (const error of errors) {
    expect(typeof error.message).toBe('string');
    if (error.line !== undefined) {
      expect(Number.isInteger(error.line)).toBe(true);
      expect(error.line).toBeGreaterThanOrEqual(1);
      expect(error.line).toBeLessThanOrEqual(lineCount);
    }
  }
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i];
    // Times as the browser gives them: never NaN or negative, finite or Infinity.
    expect(cue.start >= 0 && cue.end >= 0).toBe(true);
    if (i > 0) {
      const previous = cues[i - 1];
      expect(previous.start < cue.start || (previous.start === cue.start && previous.end <= cue.end)).toBe(true);
    }
    // Folded text: no line break, no run of ASCII spaces, nothing to trim.
    expect(cue.text).not.toMatch(/[\t\n\f\r]| {2}|^ | $/);
    // Every "<" in cue text starts a tag, so only a character reference can put one in the text.
    if (!cue.source.includes('&')) expect(cue.text).not.toContain('<');
    expect(depthOf(cue.content)).toBeLessThanOrEqual(MAX_DEPTH);
    expect(cue.id).not.toBe('');
  }
  expect(cues.length).toBeLessThanOrEqual(source.split('-->').length - 1);
}

describe(`parseVtt over generated input (${RUNS} runs each${SEED === undefined ? '' : `, seed ${SEED}`})`, () => {
  test(
    'generated files',
    () => {
      fc.assert(fc.property(generatedFile, checkInvariants), options);
    },
    TIMEOUT,
  );

  test(
    'mutated copies of our captions and of our conformance cases',
    () => {
      fc.assert(fc.property(mutatedFile, checkInvariants), options);
    },
    TIMEOUT,
  );

  test(
    'deep nesting',
    () => {
      fc.assert(fc.property(nestedFile, checkInvariants), {...options, numRuns: Math.ceil(RUNS / 10)});
    },
    TIMEOUT,
  );

  test(
    'long lines',
    () => {
      fc.assert(fc.property(longLineFile, checkInvariants), {...options, numRuns: Math.ceil(RUNS / 10)});
    },
    TIMEOUT,
  );

  test('every conformance case', () => {
    for (const {vtt} of VTT_CASES) checkInvariants(vtt);
  });
});

// ---- CueIndex against a brute-force filter ------------------------------------------------------

/** Few distinct values, so duplicates and shared boundaries are common; and the odd ones. */
const time = fc.oneof(
  {weight: 8, arbitrary: fc.integer({min: 0, max: 20}).map((n) => n / 2)},
  {weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -0)},
  {weight: 1, arbitrary: fc.double()},
);

const cueSet = fc.array(
  fc.tuple(time, time).map(([start, end]) => ({start, end})),
  {maxLength: 40},
);

describe(`CueIndex over generated cues (${RUNS} runs each)`, () => {
  test(
    'activeAt equals a brute-force filter, including zero-length, duplicate, NaN and infinite times',
    () => {
      fc.assert(
        fc.property(cueSet, fc.array(time, {minLength: 1, maxLength: 10}), (cues, times) => {
          const index = new CueIndex(cues);
          for (const t of times) {
            const expected = index.cues.flatMap((cue, i) => (cue.start <= t && t < cue.end ? [i] : []));
            expect(index.activeAt(t)).toEqual(expected);
          }
        }),
        options,
      );
    },
    TIMEOUT,
  );

  test(
    'nextBoundaryAfter and stableSpanAt agree with the cues',
    () => {
      fc.assert(
        fc.property(cueSet, fc.array(time, {minLength: 1, maxLength: 10}), (cues, times) => {
          const index = new CueIndex(cues);
          const boundaries = cues.flatMap((cue) => [cue.start, cue.end]).filter((b) => !Number.isNaN(b));
          for (const t of times) {
            const after = boundaries.filter((b) => b > t);
            expect(index.nextBoundaryAfter(t)).toBe(after.length ? Math.min(...after) : Infinity);
            if (Number.isNaN(t)) continue;
            const span = index.stableSpanAt(t);
            expect(span.from <= t && (t < span.until || span.until === Infinity)).toBe(true);
            // Nothing changes inside the span: the active set at its start is the one at t.
            if (Number.isFinite(span.from)) expect(index.activeAt(span.from)).toEqual(index.activeAt(t));
          }
        }),
        options,
      );
    },
    TIMEOUT,
  );
});

// ---- parse time: run by `npm run fuzz` only, with figures printed ------------------------------

const MEGABYTE = 1 << 20;
const realCaptions = `WEBVTT\n${CAPTIONS.slice(CAPTIONS.indexOf('\n\n1\n')).repeat(100)}`;
const oneCue = (text: string) => `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${text}\n`;
const fill = (unit: string) => unit.repeat(Math.ceil(MEGABYTE / unit.length));
const WORST_CASES: [name: string, source: string][] = [
  ['our captions repeated to 1 MB (4,600 cues, word timestamps)', realCaptions],
  ['spaces', oneCue(`a${fill(' ')}b`)],
  ['spaces and line breaks', oneCue(`a${fill(' \n')}b`)],
  ['"<b>" nesting', oneCue(fill('<b>'))],
  ['"<v " with no ">"', oneCue(fill('<v '))],
  ['"&"', oneCue(fill('&'))],
  ['"&#" and digits', oneCue(fill('&#123'))],
  ['"&amp;"', oneCue(fill('&amp;'))],
  ['timestamps', oneCue(fill('<00:00:01.500>'))],
  ['empty cues', `WEBVTT\n${fill('\n00:00:01.000 --> 00:00:02.000\n')}`],
  ['comment lines', `WEBVTT\n\nNOTE\n${fill('x\n')}`],
];

describe.runIf(process.env.FUZZ_RUNS)('parse time of 1 MB inputs (best of 3, after a warm-up)', () => {
  test('no input of 1 MB freezes the parser', () => {
    const rows: string[] = [];
    for (const [name, source] of WORST_CASES) {
      parseVtt(source);
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        parseVtt(source);
        best = Math.min(best, performance.now() - start);
      }
      rows.push(`${best.toFixed(1).padStart(8)} ms  ${name}`);
      // A quadratic path takes seconds to minutes here; a linear one tens of milliseconds.
      expect(best, name).toBeLessThan(1000);
    }
    console.log(rows.join('\n'));
  }, 120_000);
});
