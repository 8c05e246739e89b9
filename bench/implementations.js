// The three transcripts the benchmark compares, each mounted the way a site would use it, and
// each telling the lag recorder which attribute it toggles and which cue a change activates.
import {HyperaudioLite} from 'hyperaudio-lite';
import {mediaEvent, until, waitForMetadata} from '../test/shared/media-events.ts';

/** @typedef {import('../src/cues/types.js').RichCue} RichCue */
// The bundle's types: with them document.createElement('transcript-player') is the element.
/** @typedef {import('../src/index.js').TranscriptPlayerElement} TranscriptPlayerElement */

/**
 * A transcript mounted on the stage, and how the lag recorder reads its highlight changes.
 * @typedef {object} Mounted
 * @property {HTMLMediaElement} media
 * @property {Node} root the subtree whose attribute changes are the highlight changes
 * @property {string} attribute the attribute a highlight change sets
 * @property {(target: HTMLElement, oldValue: string | null) => number | {start: number, first: boolean} | undefined} activated
 *   the start of the cue (or word) a change made active, or undefined when it is not an activation
 * @property {number[]} starts every cue's start
 * @property {() => void} destroy
 */

/** @typedef {(stage: HTMLElement, options: {src: string, vtt: string, cues: readonly RichCue[]}) => Promise<Mounted>} Mount */

/** @type {Promise<unknown> | undefined} */
let ours;
/** Our element, from the built single-file bundle (dist/transcript-player.js). */
export async function loadOurs() {
  // @ts-expect-error: a URL the dev server answers with the build's output, not a module path.
  ours ??= import('/dist/transcript-player.js');
  await ours;
  await customElements.whenDefined('transcript-player');
}

/**
 * <transcript-player src captions>, captions given as a blob: URL of the VTT text.
 * @type {Mount}
 */
export async function mountOurs(stage, {src, vtt}) {
  await loadOurs();
  const url = URL.createObjectURL(new Blob([vtt], {type: 'text/vtt'}));
  const element = document.createElement('transcript-player');
  element.setAttribute('src', src);
  element.setAttribute('captions', url);
  const loaded = mediaEvent(element, 'transcript-load');
  stage.append(element);
  await loaded;
  await until(() => element.media !== undefined, 'the media element');
  const media = await waitForMetadata(/** @type {HTMLMediaElement} */ (element.media));
  media.muted = true;
  return {
    media,
    root: /** @type {ShadowRoot} */ (element.shadowRoot),
    attribute: 'aria-current',
    activated(target, oldValue) {
      if (target.getAttribute('aria-current') !== 'true' || oldValue === 'true') return undefined;
      return Number(target.dataset.start);
    },
    starts: element.cues.map((cue) => cue.start),
    destroy() {
      element.remove();
      URL.revokeObjectURL(url);
    },
  };
}

/**
 * @param {string} src
 * @param {string} [id]
 */
function makeVideo(src, id) {
  const video = document.createElement('video');
  if (id) video.id = id;
  video.muted = true;
  video.preload = 'auto';
  video.src = src;
  return video;
}

/**
 * Stops a video's download and takes it out of the page.
 * @param {HTMLVideoElement} video
 */
function removeVideo(video) {
  video.removeAttribute('src');
  video.load();
  video.remove();
}

/**
 * What most transcript plugins do: on `timeupdate`, read the time, go over every line and set
 * or clear a class by start <= t < end.
 * @type {Mount}
 */
export async function mountBaseline(stage, {src, cues}) {
  const video = makeVideo(src);
  const list = document.createElement('ol');
  list.className = 'panel';
  for (const cue of cues) {
    const line = document.createElement('li');
    line.dataset.start = String(cue.start);
    line.dataset.end = String(cue.end);
    line.textContent = cue.text;
    list.append(line);
  }
  const lines = /** @type {HTMLElement[]} */ ([...list.children]);
  const onTimeUpdate = () => {
    const time = video.currentTime;
    for (const line of lines) {
      line.classList.toggle('active', time >= Number(line.dataset.start) && time < Number(line.dataset.end));
    }
  };
  video.addEventListener('timeupdate', onTimeUpdate);
  stage.append(video, list);
  await waitForMetadata(video);
  return {
    media: video,
    root: list,
    attribute: 'class',
    activated(target, oldValue) {
      if (!target.classList.contains('active') || (oldValue ?? '').split(' ').includes('active')) return undefined;
      return Number(target.dataset.start);
    },
    starts: cues.map((cue) => cue.start),
    destroy() {
      video.removeEventListener('timeupdate', onTimeUpdate);
      removeVideo(video);
      list.remove();
    },
  };
}

/**
 * The hyperaudio-lite "hypertranscript" for cues: a <p> per cue and a <span data-m data-d> per
 * timed piece (per word where the cue has WebVTT timestamps, else the whole cue). The first
 * span of each <p> starts with the cue and is marked data-first.
 * @param {readonly RichCue[]} cues
 */
export function hypertranscriptHtml(cues) {
  /** @param {string} text */
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts = [];
  for (const cue of cues) {
    const pieces = [{time: cue.start, text: ''}];
    /** @param {readonly import('../src/cues/types.js').CueNode[]} nodes */
    const walk = (nodes) => {
      for (const node of nodes) {
        if (node.type === 'text') pieces[pieces.length - 1].text += node.text;
        else if (node.type === 'timestamp') pieces.push({time: node.time, text: ''});
        else walk(node.children);
      }
    };
    walk(cue.content);
    const spans = pieces
      .filter((piece, i) => i === 0 || piece.text.trim())
      .map((piece, i, all) => {
        const m = Math.round(piece.time * 1000);
        const d = Math.round(((all[i + 1]?.time ?? cue.end) - piece.time) * 1000);
        return `<span data-m="${m}" data-d="${d}"${i === 0 ? ' data-first=""' : ''}>${escape(piece.text.replace(/\s+/g, ' ').trim())} </span>`;
      });
    parts.push(`<p>${cue.voice ? `<span class="speaker">${escape(cue.voice)}: </span>` : ''}${spans.join('')}</p>`);
  }
  return parts.join('\n');
}

let instances = 0;
/**
 * hyperaudio-lite 2.6.4 from npm on a plain <video>, with its default autoscroll.
 * @param {HTMLElement} stage
 * @param {{src: string, html: string}} options
 */
export function mountHyperaudioSync(stage, {src, html}) {
  const n = ++instances;
  const video = makeVideo(src, `hyperplayer-${n}`);
  const section = document.createElement('section');
  section.id = `hypertranscript-${n}`;
  section.className = 'panel hyper';
  section.innerHTML = html;
  stage.append(video, section);
  const instance = new HyperaudioLite({transcript: section.id, player: video.id, autoScroll: true, playOnClick: false});
  return {video, section, instance};
}

/** @type {Mount} */
export async function mountHyperaudio(stage, {src, cues}) {
  const {video, section, instance} = mountHyperaudioSync(stage, {src, html: hypertranscriptHtml(cues)});
  await waitForMetadata(video);
  return {
    media: video,
    root: section,
    attribute: 'class',
    activated(target, oldValue) {
      if (!target.hasAttribute('data-m') || !target.classList.contains('active')) return undefined;
      if ((oldValue ?? '').split(' ').includes('active')) return undefined;
      return {start: Number(target.dataset.m) / 1000, first: target.hasAttribute('data-first')};
    },
    starts: cues.map((cue) => cue.start),
    destroy() {
      instance.destroy();
      removeVideo(video);
      section.remove();
    },
  };
}
