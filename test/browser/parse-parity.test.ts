import {expect} from '@open-wc/testing';
import './retries.js';
import {parseVtt} from '../../src/cues/parse-vtt.js';
import {mutate} from '../shared/vtt-mutations.js';
import {VTT_CASES} from '../shared/vtt-cases.js';
import {ENGINE} from './engine.js';

type Line = [start: number, end: number, text: string];

/** Our fold of cue text: every run of ASCII whitespace to one space. */
const fold = (text: string) => text.replace(/[\t\n\f\r ]+/g, ' ').trim();

const byTime = (a: Line, b: Line) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);

/** The lines of a WebVTT text as the browser's <track> parser reads it; none if it refuses the file. */
async function browserLines(vtt: string): Promise<Line[]> {
  const url = URL.createObjectURL(new Blob([vtt], {type: 'text/vtt'}));
  const video = document.createElement('video');
  const track = document.createElement('track');
  track.kind = 'metadata';
  track.src = url;
  video.append(track);
  document.body.append(video);
  track.track.mode = 'hidden';
  try {
    const loaded = await new Promise<boolean>((resolve) => {
      track.addEventListener('load', () => resolve(true), {once: true});
      track.addEventListener('error', () => resolve(false), {once: true});
    });
    if (!loaded) return [];
    return ([...(track.track.cues ?? [])] as VTTCue[])
      .map((cue): Line => [cue.startTime, cue.endTime, fold(cue.getCueAsHTML().textContent)])
      .sort(byTime);
  } finally {
    video.remove();
    URL.revokeObjectURL(url);
  }
}

function ourLines(vtt: string): Line[] {
  return parseVtt(vtt)
    .cues.map((cue): Line => [cue.start, cue.end, cue.text])
    .sort(byTime);
}

/** The seeds of the mutated copies of our captions: a failure names its seed. */
const MUTANTS = Array.from({length: 500}, (_, i) => ({seed: i + 1, count: 1 + (i % 6)}));

/**
 * Where an engine's own parser departs from the WebVTT rules (checked against the spec by hand):
 * these cases are compared with Chromium only. WebKit wraps hours of 2^32 or more around;
 * Firefox reads huge hours as 0, does not take "&#X" (uppercase) or map 0x80-0x9f by HTML's
 * table, and ends a tag name at a line feed.
 */
const DEPARTURES: Record<typeof ENGINE, readonly string[]> = {
  chromium: [],
  webkit: ['huge hours'],
  firefox: ['huge hours', 'numeric references', 'numeric references the browser replaces', 'empty and odd tags'],
};

describe("parsing matches the browser's <track> parser", () => {
  let captions = '';
  before(async () => {
    captions = await (await fetch('/captions/uprooting-isis.en.vtt')).text();
  });

  for (const {name, vtt} of VTT_CASES) {
    const departs = DEPARTURES[ENGINE].includes(name);
    (departs ? it.skip : it)(name, async () => {
      expect(ourLines(vtt)).to.deep.equal(await browserLines(vtt));
    });
  }

  // The mutations insert numeric references in 0x80-0x9f, which Firefox decodes its own way.
  (ENGINE === 'firefox' ? it.skip : it)(`on ${MUTANTS.length} mutated copies of our captions`, async function () {
    this.timeout(600_000);
    const differ: string[] = [];
    for (const {seed, count} of MUTANTS) {
      const vtt = mutate(captions, seed, count, seed % 20 === 0);
      const ours = ourLines(vtt);
      const theirs = await browserLines(vtt);
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
        const first = ours.findIndex((line, i) => JSON.stringify(line) !== JSON.stringify(theirs[i]));
        differ.push(
          `seed ${seed} (${count} edits): ${ours.length} vs ${theirs.length} lines; first difference ` +
            `${JSON.stringify(ours[first])} vs ${JSON.stringify(theirs[first])}`,
        );
      }
    }
    expect(differ, differ.join('\n')).to.deep.equal([]);
  });
});
