import type {Cue} from './types.js';

/** A chapter placed in the transcript: its title and the first line it heads. */
export interface PlacedChapter {
  readonly title: string;
  readonly start: number;
  /** The index of its first line; the transcript's length when no line follows it. */
  readonly line: number;
}

/**
 * Places each chapter before the first line that starts at or after it (as the plain-text
 * download and the HTML transcript do). A chapter without a title is named by its start time.
 */
export function placeChapters(
  lines: readonly Pick<Cue, 'start'>[],
  chapters: readonly Pick<Cue, 'start' | 'text'>[],
  untitled: (start: number) => string,
): PlacedChapter[] {
  const sorted = [...chapters].sort((a, b) => a.start - b.start);
  let line = 0;
  return sorted.map((chapter) => {
    while (line < lines.length && lines[line].start < chapter.start) line++;
    return {title: chapter.text.trim() || untitled(chapter.start), start: chapter.start, line};
  });
}

/** The chapter playing at `time` (the last one started by then); -1 before the first. */
export function chapterAt(chapters: readonly Pick<PlacedChapter, 'start'>[], time: number): number {
  let found = -1;
  for (let i = 0; i < chapters.length && chapters[i].start <= time; i++) found = i;
  return found;
}
