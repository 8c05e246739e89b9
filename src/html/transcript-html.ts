import {formatTime, isoDuration} from '../cues/format-time.js';
import {parseVtt, plainText} from '../cues/parse-vtt.js';
import type {CueNode, RichCue} from '../cues/types.js';
import {flattenLineBreaks} from '../cues/word-marks.js';

/**
 * The transcript as plain HTML, for the page itself: search engines and readers without
 * JavaScript get the text, and a page puts it inside `<transcript-player>` as
 * `slot="transcript"`, the place the element takes over when it upgrades. Runs anywhere (no
 * DOM): on a server, in a build step, or through the `transcript-player html` command.
 */

export interface TranscriptHtmlOptions {
  /** WebVTT chapters: each chapter's title becomes a heading before its first line. */
  readonly chapters?: string;
  /** The media's title: the heading reads "Transcript: <title>". */
  readonly title?: string;
  /** The heading's first word, as the element's `transcript-label`. Default "Transcript". */
  readonly label?: string;
  /** The section's `id`, and the prefix of the ids inside it. Default "transcript". */
  readonly id?: string;
  /** The transcript's heading level (1 to 5); chapters are one level below. Default 2. */
  readonly headingLevel?: 1 | 2 | 3 | 4 | 5;
}

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/** Text made safe for HTML content and quoted attribute values. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * WebVTT captions as a `<section slot="transcript">`: a heading, the chapters' titles as
 * headings, and one paragraph per cue with its start time as a media-fragment link
 * (`<a href="#t=75.2">1:15</a>`) and its speaker where the speaker changes. Cue text is escaped;
 * of its markup only `<b>`, `<i>`, `<u>`, `<ruby>`/`<rt>` and `<lang>` (as `<span lang>`) are
 * kept, and class names are dropped (they would meet the page's CSS). Cues without text are
 * left out. The same input always gives the same output.
 */
export function transcriptHtml(vtt: string, options: TranscriptHtmlOptions = {}): string {
  const id = options.id ?? 'transcript';
  const level = options.headingLevel ?? 2;
  const label = options.label ?? 'Transcript';
  const cues = parseVtt(vtt).cues.filter((cue) => plainText(cue.content) !== '');
  const chapters = options.chapters ? parseVtt(options.chapters, 'chapters').cues : [];

  const out = [
    `<section slot="transcript" id="${escapeHtml(id)}" aria-labelledby="${escapeHtml(id)}-heading">`,
    `<h${level} id="${escapeHtml(id)}-heading">${escapeHtml(options.title ? `${label}: ${options.title}` : label)}</h${level}>`,
  ];
  let chapter = 0;
  const headingsUpTo = (time: number) => {
    for (; chapter < chapters.length && chapters[chapter].start <= time; chapter++) {
      const title = plainText(chapters[chapter].content) || formatTime(chapters[chapter].start);
      out.push(`<h${level + 1} id="${escapeHtml(id)}-chapter-${chapter + 1}">${escapeHtml(title)}</h${level + 1}>`);
    }
  };
  cues.forEach((cue, i) => {
    headingsUpTo(cue.start);
    const speaker = cue.voice && cue.voice !== cues[i - 1]?.voice ? ` <b>${escapeHtml(cue.voice)}:</b>` : '';
    out.push(`<p>${timeLink(cue)}${speaker} ${contentHtml(cue.content)}</p>`);
  });
  headingsUpTo(Infinity);
  out.push('</section>');
  return `${out.join('\n')}\n`;
}

/** A cue's start as a W3C media-fragment link, the same `href` as the element's lines. */
function timeLink(cue: RichCue): string {
  const href = `#t=${Math.round(cue.start * 1000) / 1000}`;
  return `<a href="${href}"><time datetime="${isoDuration(cue.start)}">${formatTime(cue.start)}</time></a>`;
}

const TAG: Partial<Record<CueNode['type'], string>> = {b: 'b', i: 'i', u: 'u', ruby: 'ruby', rt: 'rt', lang: 'span'};

/** Cue markup as HTML: text escaped, only the tags above, nothing from the file unescaped. */
function contentHtml(nodes: readonly CueNode[]): string {
  let html = '';
  for (const node of nodes) {
    if (node.type === 'text') html += escapeHtml(flattenLineBreaks(node.text));
    else if (node.type !== 'timestamp') {
      const tag = TAG[node.type];
      const inner = contentHtml(node.children);
      if (!tag) html += inner;
      else if (node.type === 'lang' && node.lang) html += `<span lang="${escapeHtml(node.lang)}">${inner}</span>`;
      else html += `<${tag}>${inner}</${tag}>`;
    }
  }
  return html;
}
