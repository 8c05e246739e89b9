import {formatTime} from '../cues/format-time.js';
import type {Cue} from '../cues/types.js';

/**
 * The transcript as plain text, for downloading, copying and quoting. Pure: cues in, text out.
 * Times are clock labels in brackets (`[1:02]`), so the words are never glued to a time.
 */

/** What a piece of a cue says: its text, or part of it (a selection). */
export interface CuePart {
  readonly cue: Cue;
  readonly text: string;
}

/**
 * The whole transcript: `heading` first, then each chapter's title, and one paragraph per
 * speaker turn within a chapter: `[0:02] Narrator: Though ISIS lost… [0:06] its fraudulent…`.
 * Cues without text are left out; a chapter without a title is headed by its start time.
 */
export function transcriptText(cues: readonly Cue[], heading: string, chapters: readonly Cue[] = []): string {
  const out = [heading];
  let chapter = 0;
  let paragraph: string[] = [];
  let voice: string | undefined;
  const endParagraph = () => {
    if (paragraph.length) out.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const cue of cues) {
    if (!cue.text) continue;
    for (; chapter < chapters.length && chapters[chapter].start <= cue.start; chapter++) {
      endParagraph();
      out.push(chapters[chapter].text || formatTime(chapters[chapter].start));
    }
    if (cue.voice !== voice) endParagraph();
    paragraph.push(cueLine(cue, cue.text, !paragraph.length));
    voice = cue.voice;
  }
  endParagraph();
  return `${out.join('\n\n')}\n`;
}

/** One cue as text: `[0:02] Narrator: words`, the speaker only when `withSpeaker`. */
function cueLine(cue: Cue, text: string, withSpeaker: boolean): string {
  return `[${formatTime(cue.start)}] ${withSpeaker && cue.voice ? `${cue.voice}: ` : ''}${text}`;
}

/**
 * Selected lines as text to paste: one line each, `[0:02] Narrator: words`, the speaker on the
 * first line and where it changes.
 */
export function linesText(parts: readonly CuePart[]): string {
  return parts.map(({cue, text}, i) => cueLine(cue, text, cue.voice !== parts[i - 1]?.cue.voice)).join('\n');
}

/**
 * A quote to paste, then its link: `“words” (Narrator, 0:02)` and the URL on the next line.
 */
export function quoteText(parts: readonly CuePart[], url: string): string {
  const words = parts
    .map((part) => part.text)
    .join(' ')
    .trim();
  const cue = parts[0]?.cue;
  const source = [cue?.voice, cue && formatTime(cue.start)].filter(Boolean).join(', ');
  return `“${words}” (${source})\n${url}`;
}

/** A file name for a download: the captions' file name with `extension` (`talk.en.vtt` → `talk.en.txt`). */
export function downloadName(captionsUrl: string | undefined, extension: string): string {
  let name = (captionsUrl ?? '')
    .replace(/[?#].*/s, '')
    .split('/')
    .pop()!;
  try {
    name = decodeURIComponent(name);
  } catch {
    name = '';
  }
  return `${name.replace(/\.vtt$/i, '') || 'transcript'}.${extension}`;
}
