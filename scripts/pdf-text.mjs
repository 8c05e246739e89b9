// The text of a PDF as Chromium prints one (`page.pdf()`): enough of PDF to check what a page
// prints, not a general reader. Chromium (Skia) writes each page's text as `<hex> Tj` / `[…] TJ`
// runs of glyph ids in Flate-compressed content streams, one Type0 font per face, each with a
// ToUnicode CMap that maps the glyph ids back to text.
import {inflateSync} from 'node:zlib';

/**
 * The PDF's objects: number → dictionary text and (inflated) stream bytes.
 * @param {Buffer} pdf
 */
function readObjects(pdf) {
  const text = pdf.toString('latin1');
  /** @type {Map<number, {dict: string, stream?: Buffer}>} */
  const objects = new Map();
  for (const match of text.matchAll(/(\d+) 0 obj\b([\s\S]*?)endobj/g)) {
    const body = match[2];
    const at = body.indexOf('stream');
    if (at < 0) {
      objects.set(Number(match[1]), {dict: body});
      continue;
    }
    const dict = body.slice(0, at);
    const start = match.index + match[0].indexOf(body) + at + 'stream'.length;
    const from = pdf[start] === 0x0d ? start + 2 : start + 1;
    const end = text.lastIndexOf('endstream', match.index + match[0].length);
    let stream = pdf.subarray(from, end);
    if (/\/FlateDecode/.test(dict)) {
      try {
        stream = inflateSync(stream);
      } catch {
        // A stream with trailing bytes before endstream: inflate what can be.
        stream = inflateSync(stream, {finishFlush: 2});
      }
    }
    objects.set(Number(match[1]), {dict, stream});
  }
  return objects;
}

/**
 * A ToUnicode CMap's glyph → text table.
 * @param {string} cmap
 */
function readCMap(cmap) {
  /** @type {Map<number, string>} */
  const table = new Map();
  const unicode = (/** @type {string} */ hex) =>
    String.fromCharCode(...(hex.match(/..../g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      table.set(parseInt(code, 16), unicode(text));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, text] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const first = parseInt(text, 16);
      for (let code = parseInt(from, 16); code <= parseInt(to, 16); code++) {
        table.set(code, String.fromCodePoint(first + code - parseInt(from, 16)));
      }
    }
  }
  return table;
}

/**
 * The text each page shows, in the order it is drawn: one line per text object (`BT … ET`),
 * in Unicode's compatibility form (NFKC).
 * @param {Buffer} pdf
 * @returns {string}
 */
export function pdfText(pdf) {
  const objects = readObjects(pdf);
  /** @type {Map<string, Map<number, string>>} font resource name → glyph table */
  const fonts = new Map();
  for (const {dict} of objects.values()) {
    for (const resources of dict.matchAll(/\/Font\s*<<([\s\S]*?)>>/g)) {
      for (const [, name, ref] of resources[1].matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) {
        const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(Number(ref))?.dict ?? '');
        const cmap = toUnicode && objects.get(Number(toUnicode[1]))?.stream;
        if (cmap && !fonts.has(name)) fonts.set(name, readCMap(cmap.toString('latin1')));
      }
    }
  }
  const lines = [];
  for (const {stream} of objects.values()) {
    const content = stream?.toString('latin1') ?? '';
    if (!/\bBT\b/.test(content) || !/\bTf\b/.test(content)) continue;
    for (const block of content.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      /** @type {Map<number, string> | undefined} */
      let font;
      let line = '';
      for (const [, name, hex] of block[1].matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>/g)) {
        if (name) font = fonts.get(name);
        else for (const glyph of hex.match(/..../g) ?? []) line += font?.get(parseInt(glyph, 16)) ?? '';
      }
      lines.push(line);
    }
  }
  // Ligatures come back as their presentation forms (U+FB01 for "fi"): NFKC spells them out.
  return lines.join('\n').normalize('NFKC');
}
