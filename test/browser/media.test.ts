import {expect} from '@open-wc/testing';
import './retries.js';
import webvtt from 'webvtt-parser';
import {mediaEvent} from '../shared/media-events.js';
import {ENGINE} from './engine.js';

const {WebVTTParser} = webvtt;

const DURATION = 214;
const MEDIA = [
  {url: '/media/uprooting-isis.mp4', tag: 'video'},
  {url: '/media/uprooting-isis.webm', tag: 'video'},
  {url: '/media/uprooting-isis.m4a', tag: 'audio'},
] as const;
const CAPTIONS = '/captions/uprooting-isis.en.vtt';
const CHAPTERS = '/captions/uprooting-isis.chapters.vtt';

/** Short-time energy is measured over 10 ms frames, as RMS relative to full scale. */
const FRAME = 0.01;
/** A frame below -70 dBFS is silence (the pauses are digital silence: about -130 dBFS decoded). */
const SILENCE_DBFS = -70;
/**
 * A frame above -60 dBFS is speech. The narration peaks at -1 dBFS, but weak fricatives ("Third",
 * "for") stay near -58 dBFS for their first 100 ms, so a higher threshold finds their onset late.
 */
const SPEECH_DBFS = -60;
/** A pause between cues at least this long is a pause between sentences. */
const SENTENCE_PAUSE = 0.5;

interface ParsedCue {
  id: string;
  start: number;
  end: number;
  text: string;
  words: number[];
}

async function loadMedia(
  url: string,
  tag: 'video' | 'audio',
  preload: HTMLMediaElement['preload'] = 'auto',
): Promise<HTMLMediaElement> {
  const media = document.createElement(tag);
  media.muted = true;
  media.preload = preload;
  const failed = mediaEvent(media, 'error').then(() => {
    throw new Error(`${url}: ${media.error?.message ?? 'media error'}`);
  });
  const loaded = mediaEvent(media, 'loadedmetadata');
  media.src = url;
  document.body.append(media);
  await Promise.race([loaded, failed]);
  return media;
}

function parseTimestamp(text: string): number {
  const [h, m, s] = text.split(':').map(Number);
  return h * 3600 + m * 60 + s;
}

async function parseVttFile(url: string, kind: 'metadata' | 'chapters') {
  const text = await (await fetch(url)).text();
  const {cues, errors} = new WebVTTParser().parse(text, kind);
  const parsed: ParsedCue[] = cues.map((cue) => ({
    id: cue.id,
    start: cue.startTime,
    end: cue.endTime,
    text: cue.text,
    words: [...cue.text.matchAll(/<(\d{2}:\d{2}:\d{2}\.\d{3})>/g)].map((m) => parseTimestamp(m[1])),
  }));
  return {text, cues: parsed, errors};
}

/** RMS of each 10 ms frame of the M4A, decoded by the browser, in dBFS. */
let energyCache: Promise<{dbfs: Float64Array; duration: number}> | undefined;
function decodedEnergy() {
  energyCache ??= (async () => {
    const bytes = await (await fetch('/media/uprooting-isis.m4a')).arrayBuffer();
    const context = new OfflineAudioContext(1, 1, 32000);
    const audio = await context.decodeAudioData(bytes);
    const samples = audio.getChannelData(0);
    const size = Math.round(FRAME * audio.sampleRate);
    const dbfs = new Float64Array(Math.floor(samples.length / size));
    for (let f = 0; f < dbfs.length; f++) {
      let sum = 0;
      for (let i = f * size; i < (f + 1) * size; i++) sum += samples[i] * samples[i];
      dbfs[f] = 10 * Math.log10(sum / size + 1e-20);
    }
    return {dbfs, duration: audio.duration};
  })();
  return energyCache;
}

const frameAt = (t: number) => Math.floor(t / FRAME + 1e-9);

describe('media files', () => {
  afterEach(() => {
    for (const media of document.querySelectorAll('audio, video')) {
      (media as HTMLMediaElement).pause();
      media.removeAttribute('src');
      (media as HTMLMediaElement).load();
      media.remove();
    }
  });

  for (const {url, tag} of MEDIA) {
    describe(url, () => {
      it(`lasts ${DURATION}.0 s`, async () => {
        const media = await loadMedia(url, tag);
        console.log(`${url}: duration in ${ENGINE} ${media.duration.toFixed(4)} s`);
        expect(media.duration).to.be.closeTo(DURATION, 0.05);
      });

      it('plays', async () => {
        const media = await loadMedia(url, tag);
        await media.play();
        const from = media.currentTime;
        await new Promise((r) => setTimeout(r, 700));
        expect(media.paused).to.equal(false);
        expect(media.currentTime - from).to.be.greaterThan(0.3);
      });

      // The player loads metadata only; a WebM whose Opus track started at a negative timestamp
      // played with preload=auto but failed to decode (PIPELINE_ERROR_DECODE) this way.
      it('plays from the start after loading only its metadata, as the player does', async () => {
        const media = await loadMedia(url, tag, 'metadata');
        const failed = new Promise<never>((_, reject) =>
          media.addEventListener('error', () => reject(new Error(`${url}: ${media.error?.message}`)), {once: true}),
        );
        await Promise.race([media.play(), failed]);
        await Promise.race([new Promise((r) => setTimeout(r, 700)), failed]);
        expect(media.error).to.equal(null);
        expect(media.currentTime).to.be.greaterThan(0.3);
      });

      it('seeks (the server answers byte ranges)', async () => {
        const media = await loadMedia(url, tag);
        expect(media.seekable.length).to.equal(1);
        expect(media.seekable.end(0)).to.be.greaterThan(0);
        expect(media.seekable.end(0)).to.be.closeTo(DURATION, 0.05);
        for (const target of [150, 12.5, 210]) {
          const seeked = mediaEvent(media, 'seeked');
          media.currentTime = target;
          await seeked;
          expect(media.currentTime).to.be.closeTo(target, 0.05);
        }
        await media.play();
        await mediaEvent(media, 'timeupdate');
        expect(media.currentTime).to.be.closeTo(210, 1);
      });
    });
  }
});

describe('caption and chapter tracks', () => {
  for (const {url, kind, parserKind} of [
    {url: CAPTIONS, kind: 'captions', parserKind: 'metadata'},
    {url: CHAPTERS, kind: 'chapters', parserKind: 'chapters'},
  ] as const) {
    describe(url, () => {
      it('parses with zero errors in webvtt-parser', async () => {
        const {errors, cues} = await parseVttFile(url, parserKind);
        expect(errors).to.deep.equal([]);
        expect(cues.length).to.be.greaterThan(0);
      });

      it("loads every cue in the browser's <track> parser", async () => {
        const {cues} = await parseVttFile(url, parserKind);
        const video = document.createElement('video');
        const track = document.createElement('track');
        track.kind = kind;
        track.srclang = 'en';
        track.src = url;
        video.append(track);
        document.body.append(video);
        const loaded = mediaEvent(track, 'load');
        const failed = mediaEvent(track, 'error').then(() => {
          throw new Error(`the browser could not load ${url}`);
        });
        track.track.mode = 'hidden';
        await Promise.race([loaded, failed]);
        const native = [...(track.track.cues ?? [])] as VTTCue[];
        expect(native.map((c) => [c.id, c.startTime, c.endTime, c.text])).to.deep.equal(
          cues.map((c) => [c.id, c.start, c.end, c.text]),
        );
        video.remove();
      });

      it(`has ordered, non-overlapping cues within [0, ${DURATION}]`, async () => {
        const {cues} = await parseVttFile(url, parserKind);
        cues.forEach((cue, i) => {
          expect(cue.start).to.be.at.least(0);
          expect(cue.end).to.be.at.most(DURATION);
          expect(cue.end).to.be.greaterThan(cue.start);
          if (i > 0) expect(cue.start).to.be.at.least(cues[i - 1].end);
        });
      });
    });
  }

  it('has 4 to 6 chapters covering the whole narration', async () => {
    const {cues} = await parseVttFile(CHAPTERS, 'chapters');
    expect(cues.length).to.be.within(4, 6);
    expect(cues[0].start).to.equal(0);
    expect(cues.at(-1)!.end).to.equal(DURATION);
    cues.slice(1).forEach((cue, i) => expect(cue.start).to.equal(cues[i].end));
  });

  it('keeps caption cues to 2 lines of 42 characters, 1 to 7 s, in a Narrator voice span', async () => {
    const {cues} = await parseVttFile(CAPTIONS, 'metadata');
    for (const cue of cues) {
      expect(cue.text).to.match(/^<v Narrator>[^]*<\/v>$/);
      const lines = cue.text.replace(/<[^>]*>/g, '').split('\n');
      expect(lines.length).to.be.at.most(2);
      for (const line of lines) expect(line.length).to.be.at.most(42);
      expect(cue.end - cue.start).to.be.within(1, 7);
    }
  });

  it('stamps every word after the first, increasing and inside its cue', async () => {
    const {cues} = await parseVttFile(CAPTIONS, 'metadata');
    for (const cue of cues) {
      const plain = cue.text.replace(/<[^>]*>/g, '');
      const wordCount = plain.split(/\s+/).filter((w) => !/^[\p{P}\p{S}]+$/u.test(w)).length;
      expect(cue.words.length, cue.text).to.equal(wordCount - 1);
      let previous = cue.start;
      for (const t of cue.words) {
        expect(t, cue.text).to.be.greaterThan(previous);
        expect(t, cue.text).to.be.lessThan(cue.end);
        previous = t;
      }
    }
  });
});

describe('alignment of the captions with the decoded M4A', () => {
  it(`decodes to ${DURATION}.0 s`, async () => {
    const {duration} = await decodedEnergy();
    expect(duration).to.be.closeTo(DURATION, 0.05);
  });

  it(`starts every sentence's cue within 100 ms of speech onset (onset: first 10 ms frame above ${SPEECH_DBFS} dBFS)`, async () => {
    const {dbfs} = await decodedEnergy();
    const {cues} = await parseVttFile(CAPTIONS, 'metadata');
    const errors: number[] = [];
    cues.forEach((cue, i) => {
      const previousEnd = i === 0 ? 0 : cues[i - 1].end;
      if (i > 0 && cue.start - previousEnd < SENTENCE_PAUSE) return;
      let onset = NaN;
      for (let f = frameAt(previousEnd + 0.2); f < frameAt(cue.start + 0.5); f++) {
        if (dbfs[f] > SPEECH_DBFS) {
          onset = f * FRAME;
          break;
        }
      }
      errors.push(onset - cue.start);
      expect(Math.abs(onset - cue.start), `${cue.text}: onset ${onset}`).to.be.at.most(0.1);
    });
    const worst = Math.max(...errors.map(Math.abs));
    console.log(
      `onset - cue start over ${errors.length} sentence cues: min ${Math.min(...errors).toFixed(3)} s, ` +
        `max ${Math.max(...errors).toFixed(3)} s, worst |error| ${(worst * 1000).toFixed(0)} ms`,
    );
    expect(errors.length).to.be.greaterThan(15);
  });

  it('has speech at the start of every cue that continues a sentence', async () => {
    const {dbfs} = await decodedEnergy();
    const {cues} = await parseVttFile(CAPTIONS, 'metadata');
    for (const cue of cues) {
      const frames = [...dbfs.subarray(frameAt(cue.start), frameAt(cue.start + 0.1))];
      expect(Math.max(...frames), cue.text).to.be.greaterThan(SPEECH_DBFS);
    }
  });

  it(`is silent (every 10 ms frame below ${SILENCE_DBFS} dBFS) in the pauses between sentences`, async () => {
    const {dbfs} = await decodedEnergy();
    const {cues} = await parseVttFile(CAPTIONS, 'metadata');
    let pauses = 0;
    let loudest = -Infinity;
    const bounds = [{end: 0}, ...cues, {start: DURATION}] as {start: number; end: number}[];
    for (let i = 1; i < bounds.length; i++) {
      const from = bounds[i - 1].end;
      const to = bounds[i].start;
      if (to - from < SENTENCE_PAUSE) continue;
      pauses++;
      // 150 ms after the last word and 80 ms before the next leave room for the word's release
      // and the AAC codec's pre-echo.
      for (let f = frameAt(from + (i === 1 ? 0 : 0.15)); f < frameAt(to - 0.08); f++) {
        loudest = Math.max(loudest, dbfs[f]);
        expect(dbfs[f], `pause ${from}-${to} at ${(f * FRAME).toFixed(2)} s`).to.be.below(SILENCE_DBFS);
      }
    }
    console.log(`${pauses} pauses between sentences; loudest frame in them ${loudest.toFixed(1)} dBFS`);
    expect(pauses).to.be.greaterThan(15);
  });

  it('has no speech outside the cues', async () => {
    const {dbfs} = await decodedEnergy();
    const {cues} = await parseVttFile(CAPTIONS, 'metadata');
    let c = 0;
    for (let f = 0; f < dbfs.length; f++) {
      if (dbfs[f] <= SPEECH_DBFS) continue;
      const t = f * FRAME;
      while (c < cues.length - 1 && cues[c].end + 0.15 < t) c++;
      expect(t, `speech at ${t.toFixed(2)} s`).to.be.within(cues[c].start - 0.1, cues[c].end + 0.15);
    }
  });
});
