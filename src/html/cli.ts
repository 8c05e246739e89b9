import {parseVtt} from '../cues/parse-vtt.js';
import {transcriptHtml, type TranscriptHtmlOptions} from './transcript-html.js';

/**
 * `transcript-player html captions.vtt [--chapters chapters.vtt] [--title "…"]`: the logic of
 * the package's command, free of Node's APIs so it is tested like any function. The command
 * (bin/transcript-player.js) passes the arguments and a file reader, and writes what comes back.
 */

export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

export const USAGE = `Usage: transcript-player html <captions.vtt> [options] > transcript.html
       (- for the captions reads them from standard input)

Writes the transcript of WebVTT captions as plain HTML, a <section slot="transcript"> to put
inside <transcript-player>, for search engines and readers without JavaScript.

Options:
  --chapters <file>     WebVTT chapters: their titles become headings
  --title <text>        the media's title ("Transcript: <text>")
  --label <text>        the heading's first word (default "Transcript")
  --id <id>             the section's id and the prefix of ids inside it (default "transcript")
  --heading-level <n>   the heading's level, 1 to 5 (default 2; chapters one below)
  -h, --help            this help
`;

const VALUED = new Set(['--chapters', '--title', '--label', '--id', '--heading-level']);

/** Runs the command on `args` (without `node` and the script), reading files with `read`. */
export async function runCli(args: readonly string[], read: (path: string) => Promise<string>): Promise<CliResult> {
  const fail = (message: string): CliResult => ({
    stdout: '',
    stderr: `transcript-player: ${message}\n\n${USAGE}`,
    code: 2,
  });
  if (args.includes('-h') || args.includes('--help')) return {stdout: USAGE, stderr: '', code: 0};
  const [command, ...rest] = args;
  if (command !== 'html') return fail(command ? `unknown command "${command}"` : 'no command given');

  const values = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (VALUED.has(name)) {
      const value = inline ?? rest[++i];
      if (value === undefined) return fail(`${name} needs a value`);
      values.set(name, value);
    } else if (arg.startsWith('-') && arg !== '-') return fail(`unknown option "${arg}"`);
    else files.push(arg);
  }
  if (files.length !== 1) return fail(files.length ? 'give one captions file' : 'no captions file given');

  const level = values.has('--heading-level') ? Number(values.get('--heading-level')) : 2;
  if (![1, 2, 3, 4, 5].includes(level)) return fail('--heading-level is 1 to 5');

  const sources: {file: string; text: string}[] = [];
  for (const file of [files[0], values.get('--chapters')]) {
    if (file === undefined) continue;
    try {
      sources.push({file, text: await read(file)});
    } catch (error) {
      return {stdout: '', stderr: `transcript-player: cannot read ${file}: ${(error as Error).message}\n`, code: 1};
    }
  }
  // Problems are reported, as the element reports them, and every cue that parsed is kept.
  let stderr = '';
  sources.forEach(({file, text}, i) => {
    for (const {message, line} of parseVtt(text, i ? 'chapters' : 'metadata').errors) {
      stderr += `${file}${line ? `:${line}` : ''}: ${message}\n`;
    }
  });
  const options: TranscriptHtmlOptions = {
    chapters: sources[1]?.text,
    title: values.get('--title'),
    label: values.get('--label'),
    id: values.get('--id'),
    headingLevel: level as TranscriptHtmlOptions['headingLevel'],
  };
  return {stdout: transcriptHtml(sources[0].text, options), stderr, code: 0};
}
