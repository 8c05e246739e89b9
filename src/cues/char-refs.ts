// HTML character references in cue text, as the browser decodes them (the WebVTT tokenizer uses
// HTML's rules). HTML knows 2,231 names; the full table would cost about 10 KB gzip in the bundle,
// so we keep the 106 names HTML also accepts without a semicolon (accented Latin letters, the
// marks in Latin-1) and the typographic ones captions use. Any other name stays as written.

// Names usable with or without the semicolon.
const LEGACY =
  'AElig=Æ AMP=& Aacute=Á Acirc=Â Agrave=À Aring=Å Atilde=Ã Auml=Ä COPY=© Ccedil=Ç ETH=Ð Eacute=É ' +
  'Ecirc=Ê Egrave=È Euml=Ë GT=> Iacute=Í Icirc=Î Igrave=Ì Iuml=Ï LT=< Ntilde=Ñ Oacute=Ó Ocirc=Ô ' +
  'Ograve=Ò Oslash=Ø Otilde=Õ Ouml=Ö QUOT=" REG=® THORN=Þ Uacute=Ú Ucirc=Û Ugrave=Ù Uuml=Ü ' +
  'Yacute=Ý aacute=á acirc=â acute=´ aelig=æ agrave=à amp=& aring=å atilde=ã auml=ä brvbar=¦ ' +
  'ccedil=ç cedil=¸ cent=¢ copy=© curren=¤ deg=° divide=÷ eacute=é ecirc=ê egrave=è eth=ð euml=ë ' +
  'frac12=½ frac14=¼ frac34=¾ gt=> iacute=í icirc=î iexcl=¡ igrave=ì iquest=¿ iuml=ï laquo=« lt=< ' +
  'macr=¯ micro=µ middot=· nbsp=\u00a0 not=¬ ntilde=ñ oacute=ó ocirc=ô ograve=ò ordf=ª ordm=º ' +
  'oslash=ø otilde=õ ouml=ö para=¶ plusmn=± pound=£ quot=" raquo=» reg=® sect=§ shy=\u00ad sup1=¹ ' +
  'sup2=² sup3=³ szlig=ß thorn=þ times=× uacute=ú ucirc=û ugrave=ù uml=¨ uuml=ü yacute=ý yen=¥ ' +
  'yuml=ÿ';

// Names that need the semicolon.
const WITH_SEMICOLON =
  "Dagger=‡ OElig=Œ Prime=″ Scaron=Š Yuml=Ÿ apos=' bdquo=„ bull=• circ=ˆ clubs=♣ dagger=† darr=↓ " +
  'diams=♦ emsp=\u2003 ensp=\u2002 euro=€ fnof=ƒ harr=↔ hearts=♥ hellip=… larr=← ldquo=“ ' +
  'lrm=\u200e lsaquo=‹ lsquo=‘ mdash=— minus=− ndash=– oelig=œ permil=‰ prime=′ rarr=→ rdquo=” ' +
  'rlm=\u200f rsaquo=› rsquo=’ sbquo=‚ scaron=š spades=♠ thinsp=\u2009 tilde=˜ trade=™ uarr=↑ ' +
  'zwj=\u200d zwnj=\u200c';

let table: Map<string, string> | undefined;

/** name → text, and name + ";" → text; legacy names also without the semicolon. */
function names(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (const [list, legacy] of [
    [LEGACY, true],
    [WITH_SEMICOLON, false],
  ] as const) {
    for (const entry of list.split(' ')) {
      const split = entry.indexOf('=');
      const name = entry.slice(0, split);
      const value = entry.slice(split + 1);
      table.set(`${name};`, value);
      if (legacy) table.set(name, value);
    }
  }
  return table;
}

/** The longest name in the table, with its semicolon: a bound on how far a match can reach. */
const LONGEST_NAME = 7;

// Windows-1252's meaning of the C1 controls, which HTML gives numeric references in 0x80-0x9f.
const C1 =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

const HEX = /[0-9a-f]/i;
const DECIMAL = /[0-9]/;
const ALPHANUMERIC = /[0-9a-z]/i;

export interface CharRef {
  /** The decoded text. */
  readonly text: string;
  /** The position just after the reference. */
  readonly end: number;
}

/**
 * Reads the character reference after an "&" at `start - 1`, as HTML does: numeric (decimal or
 * hex, with or without ";") or the longest matching name. Undefined when there is none, in which
 * case the "&" is literal text. Looks at most a few characters ahead for names, so decoding stays
 * linear in the text.
 */
export function readCharRef(source: string, start: number): CharRef | undefined {
  if (source[start] === '#') return readNumeric(source, start + 1);
  let run = start;
  while (run < source.length && run - start < LONGEST_NAME && ALPHANUMERIC.test(source[run])) run++;
  if (run === start) return undefined;
  const known = names();
  if (source[run] === ';') {
    const value = known.get(source.slice(start, run + 1));
    if (value !== undefined) return {text: value, end: run + 1};
  }
  // A name HTML also takes without its semicolon: "&copy2024" reads "©2024".
  for (let end = run; end > start; end--) {
    const value = known.get(source.slice(start, end));
    if (value !== undefined) return {text: value, end};
  }
  return undefined;
}

function readNumeric(source: string, start: number): CharRef | undefined {
  const hex = source[start] === 'x' || source[start] === 'X';
  const digit = hex ? HEX : DECIMAL;
  let position = hex ? start + 1 : start;
  const first = position;
  let code = 0;
  for (; position < source.length && digit.test(source[position]); position++) {
    // Past the last code point the value no longer matters: stop growing it.
    if (code <= 0x10ffff) code = code * (hex ? 16 : 10) + parseInt(source[position], 16);
  }
  if (position === first) return undefined;
  if (source[position] === ';') position++;
  return {text: fromCodePoint(code), end: position};
}

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  if (code >= 0x80 && code <= 0x9f) return C1[code - 0x80];
  return String.fromCodePoint(code);
}
