// Pure: WebVTT text for the caption and chapter tracks.

/** @typedef {import('./cues.mjs').Cue} Cue */

/**
 * @param {number} ms whole milliseconds
 * @returns {string} hh:mm:ss.ttt
 */
export function formatTimestamp(ms) {
  if (!Number.isInteger(ms) || ms < 0) throw new Error(`Bad time ${ms} ms.`);
  const pad = (/** @type {number} */ n, w = 2) => String(n).padStart(w, '0');
  const h = Math.floor(ms / 3600000);
  const m = Math.floor(ms / 60000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** @param {string} text */
export function escapeCueText(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A caption cue's payload: the lines in a voice span, a timestamp tag before every word but the
 * first.
 * @param {Cue} cue
 * @param {string} voice
 */
export function cuePayload(cue, voice) {
  let first = true;
  const lines = cue.lines.map((line) =>
    line
      .map((word) => {
        const tag = first ? '' : `<${formatTimestamp(word.start)}>`;
        first = false;
        return tag + escapeCueText(word.text);
      })
      .join(' '),
  );
  return `<v ${voice}>${lines.join('\n')}</v>`;
}

/**
 * @param {{cues: Cue[], voice: string, note?: string}} track
 * @returns {string}
 */
export function captionsVtt({cues, voice, note}) {
  const blocks = ['WEBVTT'];
  if (note) blocks.push(`NOTE\n${note.replace(/-->/g, '->')}`);
  cues.forEach((cue, i) => {
    blocks.push(
      `${i + 1}\n${formatTimestamp(cue.start)} --> ${formatTimestamp(cue.end)}\n${cuePayload(cue, voice)}`,
    );
  });
  return `${blocks.join('\n\n')}\n`;
}

/**
 * @param {{title: string, start: number, end: number}[]} chapters times in whole milliseconds
 * @returns {string}
 */
export function chaptersVtt(chapters) {
  const blocks = ['WEBVTT'];
  chapters.forEach((chapter, i) => {
    blocks.push(
      `chapter-${i + 1}\n${formatTimestamp(chapter.start)} --> ${formatTimestamp(chapter.end)}\n` +
        escapeCueText(chapter.title),
    );
  });
  return `${blocks.join('\n\n')}\n`;
}
