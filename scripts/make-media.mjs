#!/usr/bin/env node
// Makes the narrated "Uprooting ISIS" media and its aligned WebVTT from the narration script:
// festival (cmu_us_slt_arctic_hts) speaks it sentence by sentence and gives each word's start and
// end; the sentences are laid out on a track of exactly 214.0 s; ffmpeg encodes MP4, WebM, M4A
// and a poster. Everything is written to a temporary folder and moved into place at the end.
//
//   node scripts/make-media.mjs [--script FILE] [--media-dir DIR] [--captions-dir DIR]
//                               [--captions-only]

import {spawn} from 'node:child_process';
import {constants as fsConstants} from 'node:fs';
import {access, copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';

import {splitSentence, DEFAULT_LIMITS} from './media/cues.mjs';
import {alignWords, festivalScript, parseFestivalLog, waveName} from './media/festival.mjs';
import {parseScript, speechText, splitWords} from './media/script-text.mjs';
import {layoutClips} from './media/timeline.mjs';
import {captionsVtt, chaptersVtt} from './media/vtt.mjs';
import {readWav, writeWav} from './media/wav.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'uprooting-isis';
const VOICE = 'cmu_us_slt_arctic_hts';
const RATE = 0.85; // hts_engine speed: the slt voice then fills 214 s with ~1.1 s pauses
const DURATION = 214; // seconds, the original page's 3:34
const LEAD = 0.5; // silence before the first word, s
const TAIL = 1.0; // silence after the last word, s
const CROP_BEFORE = 0.05; // audio kept before a sentence's first word, s
const CROP_AFTER = 0.1; // audio kept after its last word, s
const FADE = 0.01; // s
const PAUSE_WEIGHT = {sentence: 1, paragraph: 1.5, chapter: 2};

const TOOLS = [
  {command: 'festival', pkg: 'festival'},
  {command: 'ffmpeg', pkg: 'ffmpeg'},
  {command: 'ffprobe', pkg: 'ffmpeg'},
];

class UsageError extends Error {}

/** @param {unknown} error */
const messageOf = (error) => (error instanceof Error ? error.message : String(error));

/** @param {string} message */
function log(message) {
  process.stderr.write(`make-media: ${message}\n`);
}

/**
 * Runs a command; resolves with its stdout, rejects with its stderr's tail.
 * @param {string} command
 * @param {string[]} args
 * @param {{cwd?: string}} [options]
 */
function run(command, args, {cwd} = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd, stdio: ['ignore', 'pipe', 'pipe']});
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`${command} exited with ${code}:\n${err.split('\n').slice(-12).join('\n')}`));
    });
  });
}

/** @param {string} command */
async function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    try {
      await access(path.join(dir, command), fsConstants.X_OK);
      return true;
    } catch {
      // Not in this directory.
    }
  }
  return false;
}

async function checkTools() {
  const missing = [];
  for (const {command, pkg} of TOOLS) {
    if (!(await onPath(command))) missing.push(`${command} (Debian package ${pkg})`);
  }
  if (missing.length) {
    throw new UsageError(
      `missing ${missing.join(', ')}. Install with: apt-get install festival festvox-us-slt-hts ffmpeg fonts-dejavu-core`,
    );
  }
  const probe = await run('festival', ['--batch', `(begin (voice_${VOICE}) (format t "voice-ok\\n"))`]).catch(() => '');
  if (!probe.includes('voice-ok')) {
    throw new UsageError(`festival has no ${VOICE} voice: install the Debian package festvox-us-slt-hts.`);
  }
}

/**
 * @param {string} style e.g. "DejaVu Sans:bold"
 * @param {string} fallback the file name in Debian's fonts-dejavu-core
 */
async function findFont(style, fallback) {
  const candidates = [];
  if (await onPath('fc-match')) {
    const file = (await run('fc-match', ['-f', '%{file}', style]).catch(() => '')).trim();
    if (/DejaVu/i.test(file)) candidates.push(file);
  }
  candidates.push(`/usr/share/fonts/truetype/dejavu/${fallback}`);
  for (const file of candidates) {
    try {
      await access(file, fsConstants.R_OK);
      return file;
    } catch {
      // Not there: the next candidate.
    }
  }
  throw new UsageError(`font ${fallback} not found: install the Debian package fonts-dejavu-core.`);
}

/**
 * A path inside an ffmpeg filter argument.
 * @param {string} file
 */
function filterPath(file) {
  return file.replace(/\\/g, '/').replace(/([:'[\],;])/g, '\\$1');
}

/** @param {string} file */
async function probeDuration(file) {
  const out = await run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file]);
  return Number(out.trim());
}

/**
 * Moves a file into place; across file systems, copies next to the target and renames, so the
 * target is never half-written.
 * @param {string} from
 * @param {string} to
 */
async function moveInto(from, to) {
  try {
    await rename(from, to);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EXDEV') throw error;
    const partial = `${to}.partial-${process.pid}`;
    try {
      await copyFile(from, partial);
      await rename(partial, to);
    } finally {
      await rm(partial, {force: true});
    }
  }
}

async function main() {
  const {values} = parseArgs({
    options: {
      script: {type: 'string', default: path.join(ROOT, 'media', `${NAME}.script.txt`)},
      'media-dir': {type: 'string', default: path.join(ROOT, 'media')},
      'captions-dir': {type: 'string', default: path.join(ROOT, 'captions')},
      'captions-only': {type: 'boolean', default: false},
    },
  });
  const captionsOnly = values['captions-only'];

  let source;
  try {
    source = await readFile(values.script, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the narration script ${values.script}: ${messageOf(error)}`);
  }
  let script;
  try {
    script = parseScript(source);
  } catch (error) {
    throw new UsageError(`${values.script}: ${messageOf(error)}`);
  }
  const words = script.sentences.map((s) => splitWords(s.text));

  await checkTools();
  const fonts = captionsOnly
    ? null
    : {
        bold: await findFont('DejaVu Sans:bold', 'DejaVuSans-Bold.ttf'),
        regular: await findFont('DejaVu Sans', 'DejaVuSans.ttf'),
      };

  const work = await mkdtemp(path.join(tmpdir(), 'make-media-'));
  try {
    log(`synthesizing ${script.sentences.length} sentences with festival (${VOICE})`);
    await writeFile(
      path.join(work, 'narration.scm'),
      festivalScript(words.map(speechText), {voice: VOICE, rate: RATE}),
    );
    const utterances = parseFestivalLog(await run('festival', ['-b', 'narration.scm'], {cwd: work}));
    if (utterances.length !== words.length) {
      throw new Error(`festival reported ${utterances.length} of ${words.length} sentences.`);
    }

    // Each sentence's audio is cropped to just around its words (festival pads utterances with
    // pau segments); the pauses between sentences are then digital silence.
    let sampleRate = 0;
    const clips = [];
    for (const [i, utt] of utterances.entries()) {
      const wav = readWav(await readFile(path.join(work, waveName(i))));
      if (sampleRate && wav.sampleRate !== sampleRate) throw new Error('festival changed sample rate.');
      sampleRate = wav.sampleRate;
      const timed = alignWords(words[i], utt.tokens);
      const first = Math.round(timed[0].start * sampleRate);
      const last = Math.round(timed[timed.length - 1].end * sampleRate);
      const from = Math.max(0, first - Math.round(CROP_BEFORE * sampleRate));
      const to = Math.min(wav.samples.length, last + Math.round(CROP_AFTER * sampleRate));
      if (last > wav.samples.length) throw new Error(`Sentence ${i + 1}: words end after its audio.`);
      const sentence = script.sentences[i];
      const isChapter = script.chapters.some((c) => c.firstSentence === i);
      clips.push({
        samples: wav.samples.subarray(from, to),
        length: to - from,
        weightBefore: isChapter
          ? PAUSE_WEIGHT.chapter
          : sentence.paragraphStart
            ? PAUSE_WEIGHT.paragraph
            : PAUSE_WEIGHT.sentence,
        timed: timed.map((w) => ({
          text: w.display,
          start: Math.round(w.start * sampleRate) - from,
          end: Math.round(w.end * sampleRate) - from,
        })),
      });
    }

    const total = DURATION * sampleRate;
    const {offsets, pauses} = layoutClips(clips, {
      total,
      lead: Math.round(LEAD * sampleRate),
      tail: Math.round(TAIL * sampleRate),
      minPause: Math.round(0.5 * sampleRate),
      maxPause: Math.round(3 * sampleRate),
    });
    log(
      `pauses ${(Math.min(...pauses) / sampleRate).toFixed(3)} to ${(Math.max(...pauses) / sampleRate).toFixed(3)} s`,
    );

    const toMs = (/** @type {number} */ sample) => Math.round((sample * 1000) / sampleRate);
    /** @type {import('./media/cues.mjs').Cue[]} */
    const cues = [];
    /** @type {number[]} */
    const sentenceStarts = [];
    clips.forEach((clip, i) => {
      const timed = clip.timed.map((w) => ({
        text: w.text,
        start: toMs(offsets[i] + w.start),
        end: toMs(offsets[i] + w.end),
      }));
      sentenceStarts.push(timed[0].start);
      const sentenceCues = splitSentence(timed, DEFAULT_LIMITS);
      const lastCue = sentenceCues[sentenceCues.length - 1];
      if (lastCue.end - lastCue.start < DEFAULT_LIMITS.minDuration) {
        // Only a sentence shorter than a second gets here: hold it into the silent pause.
        lastCue.end = lastCue.start + DEFAULT_LIMITS.minDuration;
      }
      cues.push(...sentenceCues);
    });
    cues.forEach((cue, i) => {
      const next = cues[i + 1];
      if (cue.start < 0 || cue.end > DURATION * 1000 || cue.end <= cue.start || (next && next.start < cue.end)) {
        throw new Error(`Cue ${i + 1} (${cue.start}-${cue.end} ms) is out of order or overlaps.`);
      }
    });
    const chapters = script.chapters.map((chapter, k) => ({
      title: chapter.title,
      start: k === 0 ? 0 : sentenceStarts[chapter.firstSentence],
      end: k === script.chapters.length - 1 ? DURATION * 1000 : sentenceStarts[script.chapters[k + 1].firstSentence],
    }));

    const out = {media: path.join(work, 'out-media'), captions: path.join(work, 'out-captions')};
    await mkdir(out.media);
    await mkdir(out.captions);
    const note =
      `Narration of "Uprooting ISIS" synthesized by festival (${VOICE}); cue and word times are\n` +
      "festival's own word timings. Made by scripts/make-media.mjs: do not edit by hand.";
    await writeFile(path.join(out.captions, `${NAME}.en.vtt`), captionsVtt({cues, voice: 'Narrator', note}));
    if (chapters.length) await writeFile(path.join(out.captions, `${NAME}.chapters.vtt`), chaptersVtt(chapters));

    if (fonts) {
      // Not --captions-only: the audio and the videos.
      const track = new Int16Array(total);
      let peak = 1;
      for (const clip of clips) for (const s of clip.samples) peak = Math.max(peak, Math.abs(s));
      const gain = (0.89 * 32767) / peak; // peak at -1 dBFS
      const fade = Math.round(FADE * sampleRate);
      clips.forEach((clip, i) => {
        for (let k = 0; k < clip.length; k++) {
          const edge = Math.min(1, (k + 1) / fade, (clip.length - k) / fade);
          track[offsets[i] + k] = Math.round(clip.samples[k] * gain * edge);
        }
      });
      const wavFile = path.join(work, 'narration.wav');
      await writeFile(wavFile, writeWav(track, sampleRate));
      await encode(wavFile, out.media, fonts, work);
      for (const ext of ['mp4', 'webm', 'm4a']) {
        const seconds = await probeDuration(path.join(out.media, `${NAME}.${ext}`));
        log(`${NAME}.${ext}: ${seconds.toFixed(3)} s`);
        if (Math.abs(seconds - DURATION) > 0.05) throw new Error(`${NAME}.${ext} lasts ${seconds} s, not ${DURATION}.`);
      }
    }

    if (!captionsOnly) await mkdir(values['media-dir'], {recursive: true});
    await mkdir(values['captions-dir'], {recursive: true});
    const moves = [
      ...(captionsOnly
        ? []
        : ['mp4', 'webm', 'm4a', 'jpg'].map((ext) => [out.media, values['media-dir'], `${NAME}.${ext}`])),
      [out.captions, values['captions-dir'], `${NAME}.en.vtt`],
      ...(chapters.length ? [[out.captions, values['captions-dir'], `${NAME}.chapters.vtt`]] : []),
    ];
    for (const [from, to, file] of moves) await moveInto(path.join(from, file), path.join(to, file));
    log(`wrote ${cues.length} cues, ${chapters.length} chapters${captionsOnly ? '' : ' and the media'}`);
  } finally {
    await rm(work, {recursive: true, force: true});
  }
}

/**
 * The title card: a dark 640x360 card with the title, a waveform of the narration and a progress
 * bar; keyframes every 2 s. One ffmpeg run renders it for both MP4 and WebM. In the WebM, Opus's
 * pre-skip shifts the timestamps by a few ms (Chromium reports about 214.02 s, inside the
 * 214.0 +- 0.05 s the tests allow). Keeping the negative timestamps instead
 * (-avoid_negative_ts disabled) gives 214.001 s but Chromium then fails to decode the audio from
 * the start (PIPELINE_ERROR_DECODE) whenever it has an audio output, so it is not done.
 * @param {string} wavFile
 * @param {string} outDir
 * @param {{bold: string, regular: string}} fonts font files
 * @param {string} work a scratch directory
 */
async function encode(wavFile, outDir, fonts, work) {
  const title = path.join(work, 'title.txt');
  const subtitle = path.join(work, 'subtitle.txt');
  const credit = path.join(work, 'credit.txt');
  await writeFile(title, 'Uprooting ISIS');
  await writeFile(subtitle, 'An editorial, read aloud');
  await writeFile(credit, 'Synthetic voice: festival, CMU SLT');
  /** @type {(file: string, font: string, size: number, y: number, color: string) => string} */
  const text = (file, font, size, y, color) =>
    `drawtext=fontfile=${filterPath(font)}:textfile=${filterPath(file)}:fontsize=${size}:fontcolor=${color}:x=(w-text_w)/2:y=${y}`;
  const graph = [
    `color=c=0x1b2230:s=640x360:r=25:d=${DURATION},` +
      [
        text(title, fonts.bold, 44, 70, 'white'),
        text(subtitle, fonts.regular, 22, 130, '0xc9d3e3'),
        text(credit, fonts.regular, 14, 326, '0x8a96aa'),
      ].join(',') +
      '[card]',
    `[0:a]aformat=channel_layouts=mono,showwaves=s=560x110:mode=cline:rate=25:colors=0x7fc8ff[wave]`,
    `color=c=0x33405a:s=560x4:r=25:d=${DURATION}[track]`,
    `color=c=0x7fc8ff:s=560x4:r=25:d=${DURATION}[fill]`,
    `[track][fill]overlay=x='-560+560*t/${DURATION}':y=0[progress]`,
    '[card][wave]overlay=40:180[picture]',
    '[picture][progress]overlay=40:300,format=yuv420p,split[v1][v2]',
  ].join(';');
  const keyframes = ['-g', '50', '-keyint_min', '25', '-force_key_frames', 'expr:gte(t,n_forced*2)'];
  log('encoding MP4 (H.264 + AAC) and WebM (VP9 + Opus)');
  await ffmpeg(
    ['-i', wavFile],
    ['-filter_complex', graph],
    ['-map', '[v1]', '-map', '0:a', '-t', String(DURATION)],
    ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '32', ...keyframes, '-pix_fmt', 'yuv420p'],
    ['-c:a', 'aac', '-b:a', '64k', '-movflags', '+faststart'],
    [path.join(outDir, `${NAME}.mp4`)],
    ['-map', '[v2]', '-map', '0:a', '-t', String(DURATION)],
    ['-c:v', 'libvpx-vp9', '-b:v', '100k', '-deadline', 'good', '-cpu-used', '5', '-row-mt', '1', ...keyframes],
    ['-c:a', 'libopus', '-b:a', '48k'],
    ['-fflags', '+bitexact'], // no random segment and track UIDs: the same bytes on every run
    [path.join(outDir, `${NAME}.webm`)],
  );
  log('encoding M4A (AAC) and the poster');
  await ffmpeg(
    ['-i', wavFile],
    ['-c:a', 'aac', '-b:a', '64k', '-movflags', '+faststart'],
    [path.join(outDir, `${NAME}.m4a`)],
  );
  await ffmpeg(
    ['-ss', '12', '-i', path.join(outDir, `${NAME}.mp4`)],
    ['-frames:v', '1', '-q:v', '3'],
    [path.join(outDir, `${NAME}.jpg`)],
  );
}

/**
 * Runs ffmpeg quietly, overwriting its outputs. Each argument is one group of its command line (an
 * input, an option with its values, an output), so the groups read as they would be written.
 * @param {...string[]} groups
 */
function ffmpeg(...groups) {
  return run('ffmpeg', ['-hide_banner', '-nostdin', '-y', ...groups.flat()]);
}

main().catch((error) => {
  log(error instanceof UsageError ? error.message : (error.stack ?? String(error)));
  process.exitCode = 1;
});
