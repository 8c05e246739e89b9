import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCRIPT = path.join(ROOT, 'scripts/make-media.mjs');
const scratch = mkdtempSync(path.join(tmpdir(), 'make-media-test-'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

/** Names, sizes and modification times of what is in the repo's media/ and captions/. */
function snapshot() {
  return ['media', 'captions'].map((dir) => {
    const full = path.join(ROOT, dir);
    let names: string[] = [];
    try {
      names = readdirSync(full).sort();
    } catch {
      // No such directory: nothing in it.
    }
    return names.map((name) => {
      const s = statSync(path.join(full, name));
      return `${dir}/${name} ${s.size} ${s.mtimeMs}`;
    });
  });
}

function makeMedia(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {...process.env, ...env},
    timeout: 30000,
  });
}

describe('make-media on bad input', () => {
  const empty = path.join(scratch, 'empty.txt');
  writeFileSync(empty, '\n  \n');
  const emptyBin = mkdtempSync(path.join(scratch, 'bin-'));

  const tests: {name: string; args: string[]; env: Record<string, string>; message: RegExp}[] = [
    {name: 'an empty script', args: ['--script', empty], env: {}, message: /has no sentences/},
    {
      name: 'a missing script',
      args: ['--script', path.join(scratch, 'nope.txt')],
      env: {},
      message: /cannot read the narration script/,
    },
    {
      name: 'no festival, ffmpeg or ffprobe on PATH',
      args: [],
      env: {PATH: emptyBin},
      message:
        /missing festival \(Debian package festival\), ffmpeg \(Debian package ffmpeg\), ffprobe \(Debian package ffmpeg\)/,
    },
  ];
  for (const {name, args, env, message} of tests) {
    it(`fails clearly on ${name} and leaves media/ and captions/ alone`, () => {
      const before = snapshot();
      const result = makeMedia(args, env);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toMatch(/^make-media: /);
      expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
      expect(snapshot()).toEqual(before);
    });
  }

  it('creates nothing in the output folders it was given', () => {
    const media = path.join(scratch, 'media-out');
    const captions = path.join(scratch, 'captions-out');
    const result = makeMedia(['--script', empty, '--media-dir', media, '--captions-dir', captions]);
    expect(result.status).toBe(1);
    expect(() => readdirSync(media)).toThrow();
    expect(() => readdirSync(captions)).toThrow();
  });
});
