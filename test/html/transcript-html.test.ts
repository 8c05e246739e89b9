import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, test} from 'vitest';
import {transcriptHtml} from '../../src/html/transcript-html.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

const vtt = (...cues: string[]) => `WEBVTT\n\n${cues.join('\n\n')}\n`;
/** The lines of the output that hold cues. */
const paragraphs = (html: string) => html.split('\n').filter((line) => line.startsWith('<p>'));
/** Each line of the output reduced to its tag and text: `h3 Intro`, `p 0:01 Hello`. */
const outline = (html: string) =>
  html
    .split('\n')
    .filter((line) => /^<(h\d|p)\b/.test(line))
    .map((line) => `${line.slice(1, line.search(/[ >]/))} ${line.replace(/<[^>]*>/g, '')}`);

describe('transcriptHtml', () => {
  test('a section with a heading and one paragraph per cue, each with its time as a link', () => {
    const html = transcriptHtml(
      vtt('00:00:01.000 --> 00:00:03.000\n<v Ann>Hello there.', '00:01:15.200 --> 00:01:18.000\n<v Ann>Goodbye.'),
      {title: 'A talk'},
    );
    expect(html).toBe(
      [
        '<section slot="transcript" id="transcript" aria-labelledby="transcript-heading">',
        '<h2 id="transcript-heading">Transcript: A talk</h2>',
        '<p><a href="#t=1"><time datetime="PT1S">0:01</time></a> <b>Ann:</b> Hello there.</p>',
        '<p><a href="#t=75.2"><time datetime="PT1M15.2S">1:15</time></a> Goodbye.</p>',
        '</section>',
        '',
      ].join('\n'),
    );
  });

  test('the same input gives the same output', () => {
    const input = read('captions/uprooting-isis.en.vtt');
    const chapters = read('captions/uprooting-isis.chapters.vtt');
    expect(transcriptHtml(input, {chapters})).toBe(transcriptHtml(input, {chapters}));
  });

  const links = [
    {start: '00:00:00.000', href: '#t=0', clock: '0:00', iso: 'PT0S'},
    {start: '00:00:00.550', href: '#t=0.55', clock: '0:00', iso: 'PT0.55S'},
    {start: '00:00:59.999', href: '#t=59.999', clock: '0:59', iso: 'PT59.999S'},
    {start: '00:01:15.200', href: '#t=75.2', clock: '1:15', iso: 'PT1M15.2S'},
    {start: '01:02:03.457', href: '#t=3723.457', clock: '1:02:03', iso: 'PT1H2M3.457S'},
  ];
  for (const {start, href, clock, iso} of links) {
    test(`a cue at ${start} links to ${href}`, () => {
      const [line] = paragraphs(transcriptHtml(vtt(`${start} --> 99:00:00.000\nText`)));
      expect(line).toBe(`<p><a href="${href}"><time datetime="${iso}">${clock}</time></a> Text</p>`);
    });
  }

  const hostile = [
    {name: 'a script element', cue: '<script>alert(1)</script>', html: 'alert(1)'},
    {name: 'an unknown tag with attributes', cue: '<img src=x onerror=alert(1)>caption', html: 'caption'},
    {
      name: 'escaped markup',
      cue: '&lt;script&gt;alert(1)&lt;/script&gt;',
      html: '&lt;script&gt;alert(1)&lt;/script&gt;',
    },
    {name: 'a double-escaped reference', cue: '&amp;lt;b&amp;gt;', html: '&amp;lt;b&amp;gt;'},
    {name: 'quotes and ampersands', cue: `"Tom" & 'Jerry'`, html: '&quot;Tom&quot; &amp; &#39;Jerry&#39;'},
    {name: 'a less-than read as a tag', cue: '3 < 4 > 2', html: '3  2'},
  ];
  for (const {name, cue, html} of hostile) {
    test(`cue text is escaped: ${name}`, () => {
      const [line] = paragraphs(transcriptHtml(vtt(`00:00:01.000 --> 00:00:02.000\n${cue}`)));
      expect(line).toBe(`<p><a href="#t=1"><time datetime="PT1S">0:01</time></a> ${html}</p>`);
    });
  }

  test('speaker names, chapter titles, title, label and id are escaped', () => {
    const html = transcriptHtml(vtt('00:00:01.000 --> 00:00:02.000\n<v A&amp;B "<i>">Hi'), {
      chapters: vtt('00:00:00.000 --> 00:00:10.000\n<b>One</b> & "two" <script>'),
      title: '<img src=x onerror=alert(1)>',
      label: 'Words & "things"',
      id: 'x" onclick="alert(1)',
    });
    expect(html).not.toMatch(/<(img|script|i)\b/);
    expect(html).not.toMatch(/ onclick="/);
    expect(html).toContain('id="x&quot; onclick=&quot;alert(1)-heading"');
    expect(html).toContain('>Words &amp; &quot;things&quot;: &lt;img src=x onerror=alert(1)&gt;</h2>');
    expect(html).toContain('>One &amp; &quot;two&quot;</h3>');
  });

  test('cue markup: b, i, u, ruby and lang are kept, classes and timestamps dropped, lines joined', () => {
    const cue =
      '<b>bold</b> <i.loud>italic</i> <u>under</u> <c.hidden>plain</c> <lang fr-CA>bonjour</lang> ' +
      '<ruby>漢<rt>kan</rt></ruby> one <00:00:01.500>two\nthree';
    const [line] = paragraphs(transcriptHtml(vtt(`00:00:01.000 --> 00:00:02.000\n${cue}`)));
    expect(line).toBe(
      '<p><a href="#t=1"><time datetime="PT1S">0:01</time></a> <b>bold</b> <i>italic</i> <u>under</u> plain ' +
        '<span lang="fr-CA">bonjour</span> <ruby>漢<rt>kan</rt></ruby> one two three</p>',
    );
  });

  test('the speaker is named only where the speaker changes', () => {
    const html = transcriptHtml(
      vtt(
        '00:00:01.000 --> 00:00:02.000\n<v Ann>One',
        '00:00:02.000 --> 00:00:03.000\n<v Ann>Two',
        '00:00:03.000 --> 00:00:04.000\n<v Bob>Three',
        '00:00:04.000 --> 00:00:05.000\nFour, no speaker',
        '00:00:05.000 --> 00:00:06.000\n<v Bob>Five',
        '00:00:06.000 --> 00:00:07.000\n<v Bob>Six',
      ),
    );
    expect(paragraphs(html).map((line) => line.match(/<b>(.*?):<\/b>/)?.[1] ?? '-')).toEqual([
      'Ann',
      '-',
      'Bob',
      '-',
      'Bob',
      '-',
    ]);
  });

  test('each chapter heading comes before the first cue of its chapter', () => {
    const html = transcriptHtml(
      vtt(
        '00:00:01.000 --> 00:00:04.000\nBefore any chapter',
        '00:00:05.000 --> 00:00:09.000\nOpening',
        '00:00:09.000 --> 00:00:12.000\nStill opening',
        // Starts in the first chapter and runs into the second: it belongs to the first.
        '00:00:12.000 --> 00:00:21.000\nAcross the boundary',
        '00:00:30.000 --> 00:00:31.000\nMiddle',
      ),
      {
        chapters: vtt(
          '00:00:05.000 --> 00:00:20.000\nStart',
          '00:00:20.000 --> 00:00:25.000\nSilence',
          '00:00:25.000 --> 00:00:40.000\nMiddle part',
          '00:00:40.000 --> 00:00:50.000\nCredits',
        ),
      },
    );
    expect(outline(html)).toEqual([
      'h2 Transcript',
      'p 0:01 Before any chapter',
      'h3 Start',
      'p 0:05 Opening',
      'p 0:09 Still opening',
      'p 0:12 Across the boundary',
      // A chapter without speech keeps its heading, and so does one after the last cue.
      'h3 Silence',
      'h3 Middle part',
      'p 0:30 Middle',
      'h3 Credits',
    ]);
    expect(html).toContain('<h3 id="transcript-chapter-3">Middle part</h3>');
  });

  test('options: heading level (chapters one below), label and id', () => {
    const html = transcriptHtml(vtt('00:00:01.000 --> 00:00:02.000\nHi'), {
      chapters: vtt('00:00:00.000 --> 00:00:10.000\nPart one'),
      headingLevel: 3,
      label: 'Transkript',
      id: 'talk',
    });
    expect(html).toContain('<section slot="transcript" id="talk" aria-labelledby="talk-heading">');
    expect(html).toContain('<h3 id="talk-heading">Transkript</h3>');
    expect(html).toContain('<h4 id="talk-chapter-1">Part one</h4>');
  });

  test('cues come in time order, and cues without text are left out', () => {
    const html = transcriptHtml(
      vtt(
        '00:00:05.000 --> 00:00:06.000\nSecond',
        '00:00:01.000 --> 00:00:02.000\nFirst',
        '00:00:07.000 --> 00:00:08.000\n<b> </b>',
      ),
    );
    expect(outline(html)).toEqual(['h2 Transcript', 'p 0:01 First', 'p 0:05 Second']);
  });

  test('what is not WebVTT gives the heading and no lines', () => {
    expect(outline(transcriptHtml('<html>not captions</html>'))).toEqual(['h2 Transcript']);
  });

  test("the demo's captions: 46 lines in 6 chapters, the narrator named once", () => {
    const html = transcriptHtml(read('captions/uprooting-isis.en.vtt'), {
      chapters: read('captions/uprooting-isis.chapters.vtt'),
      title: 'Uprooting ISIS',
    });
    const lines = outline(html);
    expect(paragraphs(html)).toHaveLength(46);
    expect(lines.filter((line) => line.startsWith('h3 '))).toEqual([
      'h3 Introduction: a defeat, not yet the end',
      'h3 The coalition’s record, and ISIS’s reach',
      'h3 First task: reaffirm the commitment',
      'h3 Second task: stabilization in Iraq and Syria',
      'h3 Third task: foreign fighters in the camps',
      'h3 Finally: confront ISIS everywhere',
    ]);
    expect(lines.slice(0, 3)).toEqual([
      'h2 Transcript: Uprooting ISIS',
      'h3 Introduction: a defeat, not yet the end',
      'p 0:00 Narrator: Uprooting ISIS',
    ]);
    expect(html.match(/<b>Narrator:<\/b>/g)).toHaveLength(1);
    // Each chapter's heading is followed by the cue that starts at the chapter's start.
    expect(lines[lines.indexOf('h3 The coalition’s record, and ISIS’s reach') + 1]).toMatch(/^p 0:29 /);
  });
});

describe('the pages that carry it', () => {
  // index.html and examples/no-js.html hold the output for the demo's captions, pasted in: it
  // must be what the function makes now.
  const expected = transcriptHtml(read('captions/uprooting-isis.en.vtt'), {
    chapters: read('captions/uprooting-isis.chapters.vtt'),
    title: 'Uprooting ISIS',
  });
  for (const page of ['index.html', 'examples/no-js.html']) {
    test(`${page} has the current transcript in slot="transcript"`, () => {
      const html = read(page);
      const start = html.indexOf('<section slot="transcript"');
      const end = html.indexOf('</section>', start) + '</section>'.length;
      expect(start).toBeGreaterThan(0);
      const section = html
        .slice(start, end)
        .split('\n')
        .map((line) => line.trim())
        .join('\n');
      expect(`${section}\n`).toBe(expected);
    });
  }
});
