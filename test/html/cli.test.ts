import {describe, expect, test} from 'vitest';
import {runCli, USAGE} from '../../src/html/cli.js';

const FILES: Record<string, string> = {
  'talk.vtt': 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hello.\n\n00:00:03.000 --> 00:00:04.000\nBye.\n',
  'chapters.vtt': 'WEBVTT\n\n00:00:00.000 --> 00:00:10.000\nGreetings\n',
  'broken.vtt': 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nKept.\n\n00:00:0x --> 00:00:04.000\nLost.\n',
  '-': 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nFrom standard input.\n',
};

function read(file: string): Promise<string> {
  return file in FILES ? Promise.resolve(FILES[file]) : Promise.reject(new Error('ENOENT: no such file'));
}

describe('transcript-player html', () => {
  test('writes the transcript of a captions file', async () => {
    const {stdout, stderr, code} = await runCli(['html', 'talk.vtt'], read);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^<section slot="transcript" id="transcript"/);
    expect(stdout.match(/<p>/g)).toHaveLength(2);
  });

  test('passes chapters, title, label, id and heading level on', async () => {
    const {stdout, code} = await runCli(
      ['html', '--chapters', 'chapters.vtt', 'talk.vtt', '--title=A talk', '--label', 'Words', '--id', 'talk'],
      read,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('<h2 id="talk-heading">Words: A talk</h2>\n<h3 id="talk-chapter-1">Greetings</h3>');
    const deeper = await runCli(['html', 'talk.vtt', '--heading-level', '4'], read);
    expect(deeper.stdout).toContain('<h4 id="transcript-heading">Transcript</h4>');
  });

  test('reads standard input for "-"', async () => {
    const {stdout} = await runCli(['html', '-'], read);
    expect(stdout).toContain('From standard input.');
  });

  test('reports problems in the captions with their file and line, and keeps what parsed', async () => {
    const {stdout, stderr, code} = await runCli(['html', 'broken.vtt'], read);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^broken\.vtt:6: /);
    expect(stdout).toContain('Kept.');
    expect(stdout).not.toContain('Lost.');
  });

  const usageErrors = [
    {args: [], message: 'no command given'},
    {args: ['pdf', 'talk.vtt'], message: 'unknown command "pdf"'},
    {args: ['html'], message: 'no captions file given'},
    {args: ['html', 'talk.vtt', 'chapters.vtt'], message: 'give one captions file'},
    {args: ['html', 'talk.vtt', '--chapters'], message: '--chapters needs a value'},
    {args: ['html', 'talk.vtt', '--verbose'], message: 'unknown option "--verbose"'},
    {args: ['html', 'talk.vtt', '--heading-level', '6'], message: '--heading-level is 1 to 5'},
  ];
  for (const {args, message} of usageErrors) {
    test(`${JSON.stringify(args)}: ${message}, with the usage, exit code 2`, async () => {
      const result = await runCli(args, read);
      expect(result).toEqual({stdout: '', stderr: `transcript-player: ${message}\n\n${USAGE}`, code: 2});
    });
  }

  test('a file that cannot be read: exit code 1', async () => {
    const {stdout, stderr, code} = await runCli(['html', 'missing.vtt'], read);
    expect({stdout, code}).toEqual({stdout: '', code: 1});
    expect(stderr).toBe('transcript-player: cannot read missing.vtt: ENOENT: no such file\n');
  });

  test('--help prints the usage', async () => {
    expect(await runCli(['--help'], read)).toEqual({stdout: USAGE, stderr: '', code: 0});
  });
});
