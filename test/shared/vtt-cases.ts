/**
 * Our WebVTT conformance cases: one small file for each thing the WebVTT parsing rules decide
 * (the signature, the header, blocks, identifiers, timings, settings, comments, style and region
 * blocks, NUL, line ends, cue text tags, character references, timestamps, nesting). Written
 * here, after the areas web-platform-tests' file-parsing and cue-text-parsing suites cover; the
 * browser test compares our parser with the browser's <track> on each, the Node tests check our
 * parser's invariants on each and on mutations of each.
 */
export interface VttCase {
  readonly name: string;
  readonly vtt: string;
}

const cue = (timing: string, text: string) => `${timing}\n${text}`;
const file = (...blocks: string[]) => `WEBVTT\n\n${blocks.join('\n\n')}\n`;
const T = '00:00:01.000 --> 00:00:02.000';
const T2 = '00:00:03.000 --> 00:00:04.000';

export const VTT_CASES: readonly VttCase[] = [
  // The signature line.
  {name: 'signature alone', vtt: 'WEBVTT'},
  {name: 'signature with a byte order mark', vtt: `\ufeff${file(cue(T, 'bom'))}`},
  {name: 'signature followed by a space and text', vtt: `WEBVTT - a title\n\n${cue(T, 'titled')}\n`},
  {name: 'signature followed by a tab', vtt: `WEBVTT\tx\n\n${cue(T, 'tab')}\n`},
  {name: 'signature followed directly by text', vtt: `WEBVTTX\n\n${cue(T, 'not a file')}\n`},
  {name: 'lowercase signature', vtt: `webvtt\n\n${cue(T, 'lower')}\n`},
  {name: 'signature after a blank line', vtt: `\nWEBVTT\n\n${cue(T, 'late')}\n`},
  // The header.
  {name: 'header lines before the first blank line', vtt: `WEBVTT\nKind: captions\nLanguage: en\n\n${cue(T, 'x')}\n`},
  {name: 'a timing line in the header', vtt: `WEBVTT\nheader\n${cue(T, 'from header')}\n`},
  {name: 'a timing line right after the signature', vtt: `WEBVTT\n${cue(T, 'no blank')}\n`},
  // Line ends.
  {name: 'CRLF line ends', vtt: file(cue(T, 'one\r\ntwo'), cue(T2, 'three')).replace(/\n/g, '\r\n')},
  {name: 'CR line ends', vtt: file(cue(T, 'one\rtwo'), cue(T2, 'three')).replace(/\n/g, '\r')},
  {name: 'mixed line ends', vtt: `WEBVTT\r\n\n${T}\r${'a'}\n\r\n${T2}\rb\r\n`},
  {name: 'many blank lines between cues', vtt: `WEBVTT\n\n\n\n${cue(T, 'a')}\n\n\n\n\n${cue(T2, 'b')}\n`},
  {name: 'no newline at the end', vtt: `WEBVTT\n\n${cue(T, 'last')}`},
  // Identifiers.
  {name: 'identifiers', vtt: file(`first\n${cue(T, 'a')}`, `2\n${cue(T2, 'b')}`, ` spaced id \n${cue(T2, 'c')}`)},
  {name: 'an identifier that is a number with a colon', vtt: file(`00:00\n${cue(T, 'a')}`)},
  {name: 'an identifier without timing', vtt: file('lonely', cue(T2, 'kept'))},
  {name: 'an identifier followed by text', vtt: file('id\nnot a timing\nmore', cue(T2, 'kept'))},
  {name: 'duplicate identifiers', vtt: file(`same\n${cue(T, 'a')}`, `same\n${cue(T2, 'b')}`)},
  // Timings.
  {name: 'timings without hours', vtt: file(cue('00:01.000 --> 00:02.500', 'short form'))},
  {name: 'timings with three-digit hours', vtt: file(cue('100:00:01.000 --> 100:00:02.000', 'long'))},
  {name: 'timings with one-digit hours', vtt: file(cue('1:00:01.000 --> 1:00:02.000', 'one digit'))},
  {name: 'minutes of 60', vtt: file(cue('00:60:00.000 --> 01:00:01.000', 'bad'), cue(T2, 'good'))},
  {name: 'seconds of 60', vtt: file(cue('00:00:60.000 --> 00:01:01.000', 'bad'), cue(T2, 'good'))},
  {name: 'two-digit milliseconds', vtt: file(cue('00:00:01.00 --> 00:00:02.000', 'bad'), cue(T2, 'good'))},
  {name: 'four-digit milliseconds', vtt: file(cue('00:00:01.0000 --> 00:00:02.000', 'bad'), cue(T2, 'good'))},
  {name: 'a comma for the decimal point', vtt: file(cue('00:00:01,000 --> 00:00:02,000', 'srt'), cue(T2, 'ok'))},
  {name: 'one-digit minutes', vtt: file(cue('0:01.000 --> 0:02.000', 'bad'), cue(T2, 'good'))},
  {name: 'no spaces around the arrow', vtt: file(cue('00:00:01.000-->00:00:02.000', 'tight'))},
  {name: 'tabs around the arrow', vtt: file(cue('00:00:01.000\t-->\t00:00:02.000', 'tabs'))},
  {name: 'leading spaces before the timing', vtt: file(cue('  00:00:01.000 --> 00:00:02.000', 'indented'))},
  {name: 'a missing end', vtt: file(cue('00:00:01.000 -->', 'no end'), cue(T2, 'good'))},
  {name: 'a broken arrow', vtt: file(cue('00:00:01.000 -> 00:00:02.000', 'arrow'), cue(T2, 'good'))},
  {name: 'garbage after the end time', vtt: file(cue('00:00:01.000 --> 00:00:02.000garbage', 'glued'))},
  {name: 'an end before the start', vtt: file(cue('00:00:05.000 --> 00:00:04.000', 'backwards'), cue(T2, 'ok'))},
  {name: 'an end equal to the start', vtt: file(cue('00:00:05.000 --> 00:00:05.000', 'instant'))},
  {name: 'a start before the previous start', vtt: file(cue(T2, 'second first'), cue(T, 'first second'))},
  {name: 'huge hours', vtt: file(cue(`00:00:01.000 --> ${'9'.repeat(400)}:00:00.000`, 'forever'))},
  {name: 'a timing line in cue text', vtt: file(`${cue(T, 'one')}\n${cue(T2, 'two')}`)},
  {name: 'two timing lines in a row', vtt: file(`${T}\n${cue(T2, 'second wins')}`)},
  {name: 'an arrow in an identifier line', vtt: file(`id --> x\n${cue(T, 'after')}`)},
  // Settings: ignored by a transcript, but they must not lose the cue.
  {
    name: 'settings',
    vtt: file(
      cue(`${T} align:start line:0 position:10% size:50% vertical:rl`, 'set'),
      cue(`${T2} line:-1,end position:50%,center region:r`, 'more'),
    ),
  },
  {name: 'bad settings', vtt: file(cue(`${T} align:middle line:x size:200% nonsense foo:bar`, 'still here'))},
  // Comments, style and region blocks.
  {name: 'comment blocks', vtt: file('NOTE one line', 'NOTE\nseveral\nlines', cue(T, 'after notes'))},
  {name: 'a timing line right after a comment', vtt: file(`NOTE a\nb\n${cue(T, 'ends the note')}`)},
  {name: 'NOTE right above a timing line', vtt: file(`NOTE\n${cue(T, 'id is NOTE')}`)},
  {name: 'NOTE followed by a tab', vtt: file(`NOTE\tx`, cue(T, 'a'))},
  {name: 'NOTES is not a comment', vtt: file(`NOTES\n${cue(T, 'a cue')}`)},
  {name: 'a style block', vtt: file('STYLE\n::cue { color: red }', cue(T, 'styled'))},
  {name: 'a style block with an arrow', vtt: file('STYLE\n::cue(b) { x: "-->" }', cue(T2, 'after style'))},
  {name: 'a style block after a cue', vtt: file(cue(T, 'first'), 'STYLE\n::cue {}', cue(T2, 'second'))},
  {name: 'a region block', vtt: file('REGION\nid:r width:40%', cue(T, 'in region'))},
  // Characters.
  {name: 'NUL characters', vtt: file(cue(T, 'a\0b'), `id\0\n${cue(T2, '\0')}`)},
  {name: 'non-ASCII text', vtt: file(cue(T, 'précédent — “quoted” 漢字 العربية 😀'))},
  {name: 'non-breaking and other spaces', vtt: file(cue(T, 'a\u00a0b\u2003c  d\te'))},
  {
    name: 'form feeds and vertical tabs',
    vtt: file(cue('00:00:01.000\f-->\f00:00:02.000', 'a\fb\vc'), cue(`${T2}\v`, 'v')),
  },
  {name: 'an empty cue', vtt: file(cue(T, ''), cue(T2, 'next'))},
  {name: 'a cue with only spaces', vtt: file(cue(T, '   '))},
  // Cue text: tags.
  {name: 'the known tags', vtt: file(cue(T, '<b>b</b> <i>i</i> <u>u</u> <c>c</c> <ruby>r<rt>t</rt></ruby>'))},
  {name: 'classes', vtt: file(cue(T, '<c.a.b>x</c> <b.loud>y</b> <i.>z</i> <u..>w</u>'))},
  {name: 'voices', vtt: file(cue(T, '<v Mary Ann>Hi</v> <v.loud Bob>Yo</v> <v>anonymous</v> <v\tTab>t'))},
  {name: 'nested voices', vtt: file(cue(T, '<v A>one <v B>two</v> three</v> four'))},
  {name: 'lang', vtt: file(cue(T, '<lang en>Hello</lang> <lang fr-CA>allô</lang> <lang>none</lang>'))},
  {name: 'unknown tags', vtt: file(cue(T, '<span>a</span> <p>b</p> <script>c</script> <B>d</B> <font x>e</font>'))},
  {name: 'rt outside ruby', vtt: file(cue(T, '<rt>alone</rt> <b><rt>in b</rt></b>'))},
  {name: 'unclosed tags', vtt: file(cue(T, '<b>bold <i>both <u>all'))},
  {name: 'misnested tags', vtt: file(cue(T, '<b>a<i>b</b>c</i>d'))},
  {name: 'end tags with nothing open', vtt: file(cue(T, '</b>a</i></v>b</>c'))},
  {name: 'ruby closed while rt is open', vtt: file(cue(T, '<ruby>漢<rt>kan</ruby> after'))},
  {name: 'empty and odd tags', vtt: file(cue(T, 'a<>b< >c<.x>d<\tv>e<b\nnewline>f'))},
  {name: 'an unterminated tag at the end', vtt: file(cue(T, 'text <b class'))},
  {name: 'a lone less-than sign', vtt: file(cue(T, 'a < b and c > d'))},
  {name: 'a tag across a line break', vtt: file(cue(T, 'one <v Long\nName>two'))},
  // Cue text: timestamps.
  {name: 'timestamps', vtt: file(cue(T, 'a <00:00:01.500>b <00:01.700>c'))},
  {name: 'bad timestamps', vtt: file(cue(T, 'a <00:00:01.5>b <1.000>c <00:00:99.000>d <0a>e'))},
  // Character references.
  {name: 'the basic references', vtt: file(cue(T, '&amp; &lt; &gt; &lrm; &rlm; &nbsp;'))},
  {name: 'references without semicolons', vtt: file(cue(T, '&amp &lt &gt x&ampy &nbsp!'))},
  {name: 'Latin-1 references', vtt: file(cue(T, '&copy; &reg; &eacute;t&eacute; &Auml; &szlig; &frac12; &deg;'))},
  {
    name: 'typographic references',
    vtt: file(cue(T, '&hellip; &mdash; &ndash; &lsquo;q&rsquo; &ldquo;q&rdquo; &euro;')),
  },
  {name: 'case-sensitive names', vtt: file(cue(T, '&AMP; &LT; &COPY; &Eacute; &EACUTE; &Amp;'))},
  {name: 'a legacy name as a prefix', vtt: file(cue(T, '&copy2026 &notit; &ampersand'))},
  {name: 'numeric references', vtt: file(cue(T, '&#65; &#x42; &#X43; &#68 &#x45 &#x1F600; &#8364;'))},
  {
    name: 'numeric references the browser replaces',
    vtt: file(cue(T, '&#0; &#128; &#x9F; &#xD800; &#x110000; &#99999999999;')),
  },
  {name: 'broken references', vtt: file(cue(T, '&; &# &#x; &#xg; & x &&amp; &unknown; &a'))},
  {name: 'references in a voice name', vtt: file(cue(T, '<v Tom &amp; Jerry>chase'))},
  {name: 'an escaped tag', vtt: file(cue(T, '&lt;b&gt;not bold&lt;/b&gt;'))},
  // Nesting and size.
  {name: 'nesting 40 deep', vtt: file(cue(T, `${'<i><b>'.repeat(20)}deep${'</b></i>'.repeat(20)} after`))},
  {name: 'nesting 5000 deep', vtt: file(cue(T, `${'<b>'.repeat(5000)}deep`), cue(T2, 'after'))},
  {name: 'a 10,000-character word', vtt: file(cue(T, `${'x'.repeat(10_000)} end`))},
  {name: 'a run of 10,000 spaces', vtt: file(cue(T, `a${' '.repeat(10_000)}b`))},
];
