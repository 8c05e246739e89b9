import {describe, expect, test} from 'vitest';
import {MAX_DEPTH} from '../../src/cues/cue-text.js';
import {parseVtt, plainText, sortCues, VttReader} from '../../src/cues/parse-vtt.js';

const vtt = (...blocks: string[]) => ['WEBVTT', ...blocks].join('\n\n') + '\n';

/** The only cue of a file with one cue from 1s to 2s holding `text`. */
function single(text: string) {
  const {cues, errors} = parseVtt(vtt(`00:00:01.000 --> 00:00:02.000\n${text}`));
  expect(errors).toEqual([]);
  expect(cues).toHaveLength(1);
  return cues[0];
}

describe('parseVtt', () => {
  test('reads ids, times and text', () => {
    const {cues, errors} = parseVtt(
      vtt('intro\n00:00:01.000 --> 00:00:02.500\nHello there.', '01:02:03.250 --> 01:02:04.000 align:start\nBye.'),
    );
    expect(errors).toEqual([]);
    expect(cues).toEqual([
      {
        id: 'intro',
        start: 1,
        end: 2.5,
        text: 'Hello there.',
        source: 'Hello there.',
        content: [{type: 'text', text: 'Hello there.'}],
      },
      {id: 'cue-2', start: 3723.25, end: 3724, text: 'Bye.', source: 'Bye.', content: [{type: 'text', text: 'Bye.'}]},
    ]);
  });

  test('an empty WebVTT file has zero cues and no errors', () => {
    expect(parseVtt('WEBVTT\n')).toEqual({cues: [], errors: []});
    expect(parseVtt('WEBVTT')).toEqual({cues: [], errors: []});
  });

  test('accepts a byte order mark, CRLF line ends, header text and NOTE blocks', () => {
    const {cues, errors} = parseVtt(
      '\ufeffWEBVTT - my captions\r\n\r\nNOTE a comment\r\n\r\n00:00:01.000 --> 00:00:02.000\r\nOne\r\n',
    );
    expect(errors).toEqual([]);
    expect(cues.map((c) => c.text)).toEqual(['One']);
  });

  const notWebVtt = [
    {name: 'plain text', input: 'hello world\n'},
    {name: 'an empty string', input: ''},
    {name: 'SRT', input: '1\n00:00:01,000 --> 00:00:02,000\nHello\n'},
    {name: 'HTML', input: '<!doctype html>\n<p>not found</p>\n'},
    {name: 'WEBVTTX signature', input: 'WEBVTTX\n\n00:00:01.000 --> 00:00:02.000\nHi\n'},
    {name: 'cues without a signature', input: 'hello world\n\n00:00:01.000 --> 00:00:02.000\nHi\n'},
  ];
  for (const {name, input} of notWebVtt) {
    test(`a file that is not WebVTT (${name}) has zero cues and an error on line 1`, () => {
      const {cues, errors} = parseVtt(input);
      expect(cues).toEqual([]);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors[0].line).toBe(1);
      expect(errors[0].message).toContain('WEBVTT');
    });
  }

  test('a bad cue between good ones: the good ones are kept and the error names its line', () => {
    const source = [
      'WEBVTT', //                                  1
      '', //                                        2
      '00:00:01.000 --> 00:00:02.000', //           3
      'first', //                                   4
      '', //                                        5
      '00:00:0x.000 --> 00:00:03.000', //           6
      'broken', //                                  7
      '', //                                        8
      '00:00:04.000 --> 00:00:05.000', //           9
      'second', //                                 10
      '',
    ].join('\n');
    const {cues, errors} = parseVtt(source);
    expect(cues.map((c) => c.text)).toEqual(['first', 'second']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({line: 6});
    expect(errors[0].message).toBeTruthy();
  });

  test('a cue with a missing arrow is reported on its line and skipped', () => {
    const {cues, errors} = parseVtt(
      vtt(
        '00:00:01.000 --> 00:00:02.000\nok',
        'id\n00:00:03.000 00:00:04.000\nnope',
        '00:00:05.000 --> 00:00:06.000\nok too',
      ),
    );
    expect(cues.map((c) => c.start)).toEqual([1, 5]);
    expect(errors[0]).toMatchObject({line: 7});
  });

  test('keeps cues whose end is not after their start, as the browser does, and reports them', () => {
    const {cues, errors} = parseVtt(
      vtt(
        '00:00:05.000 --> 00:00:04.000\nbackwards',
        '00:00:06.000 --> 00:00:06.000\nzero length',
        '00:00:07.000 --> 00:00:08.000\nfine',
      ),
    );
    expect(cues.map((c) => c.text)).toEqual(['backwards', 'zero length', 'fine']);
    expect(errors.filter((e) => /end time/i.test(e.message)).map((e) => e.line)).toEqual([3, 6]);
  });

  test('a timing with a broken arrow is reported on its own line', () => {
    const {errors} = parseVtt(
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nfirst\n\n00:00:03.000 -> 00:00:04.000\nbroken\n',
    );
    expect(errors).toEqual([expect.objectContaining({line: 6})]);
  });

  test('sorts cues by start, then end, keeping file order for exact ties', () => {
    const {cues} = parseVtt(
      vtt(
        'c\n00:00:05.000 --> 00:00:06.000\nc',
        'a-long\n00:00:01.000 --> 00:00:09.000\na-long',
        'a-short\n00:00:01.000 --> 00:00:02.000\na-short',
        'tie-1\n00:00:03.000 --> 00:00:04.000\ntie-1',
        'tie-2\n00:00:03.000 --> 00:00:04.000\ntie-2',
      ),
    );
    expect(cues.map((c) => c.id)).toEqual(['a-short', 'a-long', 'tie-1', 'tie-2', 'c']);
  });

  test('cue ids are unique when the file gives none', () => {
    const {cues} = parseVtt(
      vtt('00:00:01.000 --> 00:00:02.000\na', '00:00:03.000 --> 00:00:04.000\nb', '00:00:05.000 --> 00:00:06.000\nc'),
    );
    expect(new Set(cues.map((c) => c.id)).size).toBe(3);
  });

  test('folds multi-line cue text into one line', () => {
    const cue = single('line one\n  line two\nline   three');
    expect(cue.text).toBe('line one line two line three');
    expect(cue.content).toEqual([{type: 'text', text: 'line one\n  line two\nline   three'}]);
    expect(cue.source).toBe('line one\n  line two\nline   three');
  });

  describe('entities', () => {
    const tests = [
      {input: 'Tom &amp; Jerry', text: 'Tom & Jerry'},
      {input: '1 &lt; 2 &gt; 0', text: '1 < 2 > 0'},
      {input: '&lt;b&gt;not bold&lt;/b&gt;', text: '<b>not bold</b>'},
      {input: 'a&nbsp;b', text: 'a\u00a0b'},
      {input: '&lrm;x&rlm;', text: '\u200ex\u200f'},
      {input: '&amp;amp;', text: '&amp;'},
      {input: '&amp;lt;', text: '&lt;'},
      {input: '&#65;&#x42;', text: 'AB'},
      {input: 'AT&amp;T<b>!</b>', text: 'AT&T!'},
      {input: 'a &amp<b>b</b>', text: 'a &b'},
      {input: 'fish &amp; chips &amp; peas', text: 'fish & chips & peas'},
    ];
    for (const {input, ...expected} of tests) {
      test(`${JSON.stringify(input)}`, () => {
        expect({text: single(input).text}).toEqual(expected);
      });
    }
  });

  test('an escaped tag stays text in the tree', () => {
    expect(single('&lt;script&gt;alert(1)&lt;/script&gt;').content).toEqual([
      {type: 'text', text: '<script>alert(1)</script>'},
    ]);
  });

  describe('voices', () => {
    const tests = [
      {input: '<v Narrator>Once upon a time', voice: 'Narrator', text: 'Once upon a time'},
      {input: '<v Narrator>Once</v> upon', voice: 'Narrator', text: 'Once upon'},
      {input: '<v.loud Mary Ann>Hi!</v>', voice: 'Mary Ann', text: 'Hi!'},
      {input: '<v Alice>One</v> <v Bob>Two</v>', voice: 'Alice', text: 'One Two'},
      {input: 'No speaker', voice: undefined, text: 'No speaker'},
    ];
    for (const {input, ...expected} of tests) {
      test(input, () => {
        const cue = single(input);
        expect({voice: cue.voice, text: cue.text}).toEqual(expected);
        expect('voice' in cue).toBe(expected.voice !== undefined);
      });
    }

    test('the <v> span does not appear in the tree, its children do', () => {
      expect(single('<v Narrator><i>Once</i></v>').content).toEqual([
        {type: 'i', classes: [], children: [{type: 'text', text: 'Once'}]},
      ]);
    });
  });

  test('<c.loud> keeps its classes', () => {
    expect(single('<c.loud>Stop!</c> <c.a.b>x</c>').content).toEqual([
      {type: 'c', classes: ['loud'], children: [{type: 'text', text: 'Stop!'}]},
      {type: 'text', text: ' '},
      {type: 'c', classes: ['a', 'b'], children: [{type: 'text', text: 'x'}]},
    ]);
  });

  test('<lang en> keeps its language', () => {
    const cue = single('<lang en>Hello</lang> <lang fr>bonjour</lang>');
    expect(cue.content).toEqual([
      {type: 'lang', classes: [], lang: 'en', children: [{type: 'text', text: 'Hello'}]},
      {type: 'text', text: ' '},
      {type: 'lang', classes: [], lang: 'fr', children: [{type: 'text', text: 'bonjour'}]},
    ]);
    expect(cue.text).toBe('Hello bonjour');
  });

  test('b, i, u, ruby and rt nest as written', () => {
    const cue = single('<b>bold <i>both</i></b> <u>under</u> <ruby>漢<rt>kan</rt></ruby>');
    expect(cue.content).toEqual([
      {
        type: 'b',
        classes: [],
        children: [
          {type: 'text', text: 'bold '},
          {type: 'i', classes: [], children: [{type: 'text', text: 'both'}]},
        ],
      },
      {type: 'text', text: ' '},
      {type: 'u', classes: [], children: [{type: 'text', text: 'under'}]},
      {type: 'text', text: ' '},
      {
        type: 'ruby',
        classes: [],
        children: [
          {type: 'text', text: '漢'},
          {type: 'rt', classes: [], children: [{type: 'text', text: 'kan'}]},
        ],
      },
    ]);
    expect(cue.text).toBe('bold both under 漢kan');
  });

  test('<00:00:01.500> timestamps are in the tree and not in the text', () => {
    const cue = single('one <00:00:01.500>two');
    expect(cue.content).toEqual([
      {type: 'text', text: 'one '},
      {type: 'timestamp', time: 1.5},
      {type: 'text', text: 'two'},
    ]);
    expect(cue.text).toBe('one two');
  });

  describe('unknown tags become text only', () => {
    const tests = [
      {input: '<img src=x onerror=alert(1)>picture', text: 'picture'},
      {input: '<script>alert(1)</script>', text: 'alert(1)'},
      {input: 'a <span class="x">b</span> c', text: 'a b c'},
      {input: '<rt>no ruby</rt>', text: 'no ruby'},
      {input: '<a href="javascript:alert(1)">link</a>', text: 'link'},
    ];
    for (const {input, ...expected} of tests) {
      test(input, () => {
        const cue = single(input);
        expect({text: cue.text}).toEqual(expected);
        // Nothing but text nodes: no element survives.
        expect(cue.content.every((node) => node.type === 'text')).toBe(true);
      });
    }
  });
});

describe('plainText', () => {
  const tests = [
    {input: [], text: ''},
    {input: [{type: 'text' as const, text: '  padded  '}], text: 'padded'},
    {input: [{type: 'text' as const, text: 'a\n\nb'}], text: 'a b'},
    {input: [{type: 'text' as const, text: 'a\r\nb\t\tc'}], text: 'a b c'},
    {
      input: [
        {type: 'b' as const, classes: [], children: [{type: 'text' as const, text: 'x'}]},
        {type: 'timestamp' as const, time: 1},
        {type: 'text' as const, text: 'y'},
      ],
      text: 'xy',
    },
  ];
  for (const {input, ...expected} of tests) {
    test(JSON.stringify(input), () => {
      expect({text: plainText(input)}).toEqual(expected);
    });
  }
});

describe('sortCues', () => {
  test('orders by start, then end, keeping input order for ties', () => {
    const input = [
      {id: 'c', start: 2, end: 3},
      {id: 'b2', start: 1, end: 5},
      {id: 't1', start: 1, end: 2},
      {id: 't2', start: 1, end: 2},
      {id: 'a', start: 0, end: 9},
    ];
    expect(sortCues(input).map((c) => c.id)).toEqual(['a', 't1', 't2', 'b2', 'c']);
    expect(input.map((c) => c.id)).toEqual(['c', 'b2', 't1', 't2', 'a']);
  });
});

describe('what the browser keeps, and input that must not freeze or throw', () => {
  test('long runs of spaces fold in one pass (a quadratic fold took seconds for 65,536 spaces)', () => {
    const spaces = ' '.repeat(1 << 18);
    const cue = single(`a${spaces}b\nc${spaces}\n${spaces}d`);
    expect(cue.text).toBe('a b c d');
  });

  test('deeply nested tags keep every cue and all their text, without overflowing the stack', () => {
    const {cues} = parseVtt(
      vtt(
        '00:00:01.000 --> 00:00:02.000\nbefore',
        `00:00:03.000 --> 00:00:04.000\n${'<b>'.repeat(100_000)}deep${'</b>'.repeat(100_000)} end`,
        '00:00:05.000 --> 00:00:06.000\nafter',
      ),
    );
    expect(cues.map((c) => c.text)).toEqual(['before', 'deep end', 'after']);
    let depth = 0;
    for (let nodes = cues[1].content; nodes.length && nodes[0].type === 'b'; nodes = nodes[0].children) depth++;
    expect(depth).toBe(MAX_DEPTH);
  });

  test('a timing line right after a comment ends the comment, as in the browser', () => {
    const {cues} = parseVtt(
      vtt(
        'NOTE first comment line\nsecond line\n00:00:01.000 --> 00:00:02.000\nkept',
        '00:00:03.000 --> 00:00:04.000\nnext',
      ),
    );
    expect(cues.map((c) => [c.start, c.text])).toEqual([
      [1, 'kept'],
      [3, 'next'],
    ]);
  });

  test('"NOTE" right above a timing line is that cue\'s identifier, as in the browser', () => {
    const {cues} = parseVtt(vtt('NOTE\n00:00:01.000 --> 00:00:02.000\ntext'));
    expect(cues.map((c) => [c.id, c.text])).toEqual([['NOTE', 'text']]);
  });

  test('a timing line inside cue text starts the next cue', () => {
    const {cues} = parseVtt(vtt('00:00:01.000 --> 00:00:02.000\none\n00:00:03.000 --> 00:00:04.000\ntwo'));
    expect(cues.map((c) => c.text)).toEqual(['one', 'two']);
  });

  test('a timing line in the header starts the first cue', () => {
    const {cues} = parseVtt('WEBVTT\nKind: captions\n00:00:01.000 --> 00:00:02.000\nfirst\n');
    expect(cues.map((c) => c.text)).toEqual(['first']);
  });

  test('huge hour values give Infinity, as in the browser, and the cue is kept', () => {
    const huge = `${'9'.repeat(400)}:00:00.000`;
    const {cues} = parseVtt(vtt(`00:00:01.000 --> ${huge}\nforever`, `${huge} --> ${huge}\nnever`));
    expect(cues.map((c) => [c.start, c.end, c.text])).toEqual([
      [1, Infinity, 'forever'],
      [Infinity, Infinity, 'never'],
    ]);
  });

  test('hours from 2^32 - 1 up read as Infinity, as in Chromium; fewer are exact', () => {
    const {cues} = parseVtt(
      vtt(
        '4294967294:00:00.000 --> 4294967294:00:01.000\nlast exact',
        '4294967295:00:00.000 --> 4294967295:00:01.000\nInfinity',
      ),
    );
    expect(cues.map((c) => [c.start, c.end])).toEqual([
      [4294967294 * 3600, 4294967294 * 3600 + 1],
      [Infinity, Infinity],
    ]);
  });

  test('HTML character references beyond the basic six, numeric ones and case-sensitive names', () => {
    expect(single('&copy; 2026 &eacute;t&eacute; &#x3c;b&#x3E; &#0; &AMP; &amp &#8364;').text).toBe(
      '© 2026 été <b> \ufffd & & €',
    );
  });

  test('character references in a speaker name are decoded', () => {
    expect(single('<v Tom &amp; Jerry>Hi').voice).toBe('Tom & Jerry');
  });

  test('NUL characters read as U+FFFD', () => {
    expect(single('a\0b').text).toBe('a\ufffdb');
  });

  test('a 1 MB file of hostile text parses', () => {
    const hostile = [
      '<'.repeat(50_000),
      '&'.repeat(50_000),
      '&#'.repeat(25_000),
      '<v '.repeat(20_000),
      '<c.'.repeat(20_000),
    ];
    const {cues} = parseVtt(vtt(...hostile.map((text, i) => `00:00:0${i}.000 --> 00:00:0${i}.500\n${text}x`)));
    expect(cues).toHaveLength(hostile.length);
  });
});

describe('VttReader', () => {
  const source = vtt(
    'NOTE header comment',
    ...Array.from(
      {length: 50},
      (_, i) => `${i}\n00:00:${String(i).padStart(2, '0')}.000 --> 00:00:${String(i).padStart(2, '0')}.500\nline ${i}`,
    ),
    'bad\nnot a timing',
  );

  test('read in slices of one block gives what one read gives, with progress rising to 1', () => {
    const reader = new VttReader(source);
    let slices = 0;
    const progress: number[] = [];
    while (!reader.read(() => true)) {
      slices++;
      progress.push(reader.progress);
    }
    expect(slices).toBeGreaterThan(50);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(reader.progress).toBe(1);
    expect(reader.result()).toEqual(parseVtt(source));
  });

  test('cues read so far are there between slices, in file order', () => {
    const reader = new VttReader(source);
    let blocks = 0;
    reader.read(() => ++blocks === 11);
    expect(reader.cues.map((c) => c.text)).toEqual(Array.from({length: 10}, (_, i) => `line ${i}`));
  });

  test('a file that is not WebVTT is done at once, with its error', () => {
    const reader = new VttReader('hello');
    expect(reader.read(() => true)).toBe(true);
    expect(reader.result().errors[0].line).toBe(1);
  });
});
