import {fixture, oneEvent} from '@open-wc/testing';
import '../../src/define.js';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';

export {ENGINE} from './engine.js';

export const MEDIA = {
  mp4: '/media/uprooting-isis.mp4',
  webm: '/media/uprooting-isis.webm',
  m4a: '/media/uprooting-isis.m4a',
  poster: '/media/uprooting-isis.jpg',
  captions: '/captions/uprooting-isis.en.vtt',
  chapters: '/captions/uprooting-isis.chapters.vtt',
};

/** Makes a player from markup and waits until its transcript has rendered. */
export async function loadPlayer(markup: string): Promise<TranscriptPlayerElement> {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = markup;
  const element = wrapper.firstElementChild as TranscriptPlayerElement;
  const loaded = oneEvent(element, 'transcript-load');
  await fixture(element);
  await loaded;
  await element.updateComplete;
  return element;
}

/** Waits for a media event, failing with a clear message after a timeout. */
export function mediaEvent(media: EventTarget, type: string, timeoutMs = 15000): Promise<Event> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no '${type}' within ${timeoutMs} ms`)), timeoutMs);
    media.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event);
      },
      {once: true},
    );
  });
}

/** Resolves when the media element exists and has metadata. */
export async function withMetadata(element: TranscriptPlayerElement): Promise<HTMLMediaElement> {
  await until(() => element.media !== undefined, 'the media element to be created');
  const media = element.media!;
  if (media.readyState < HTMLMediaElement.HAVE_METADATA) await mediaEvent(media, 'loadedmetadata');
  return media;
}

/** Seeks and waits for the seek to finish. */
export async function seekTo(media: HTMLMediaElement, time: number): Promise<void> {
  const seeked = mediaEvent(media, 'seeked');
  media.currentTime = time;
  await seeked;
}

export async function until(check: () => boolean, what: string, timeoutMs = 15000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function cueLines(element: TranscriptPlayerElement): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="cue"]')];
}

export function activeLines(element: TranscriptPlayerElement): HTMLElement[] {
  return cueLines(element).filter((line) => line.getAttribute('aria-current') === 'true');
}

/** A line's own text: everything but its time and speaker labels. */
export function lineText(line: HTMLElement): string {
  const copy = line.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[part~="time"], [part~="speaker"]').forEach((label) => label.remove());
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

/** The cues of a captions file as the browser's own <track> parser reads them. */
export async function nativeCues(url: string): Promise<VTTCue[]> {
  const video = document.createElement('video');
  const track = document.createElement('track');
  track.kind = 'metadata';
  track.src = url;
  track.default = true;
  video.append(track);
  document.body.append(video);
  track.track.mode = 'hidden';
  await new Promise<void>((resolve, reject) => {
    track.addEventListener('load', () => resolve(), {once: true});
    track.addEventListener('error', () => reject(new Error(`track ${url} failed`)), {once: true});
  });
  const cues = [...(track.track.cues ?? [])] as VTTCue[];
  video.remove();
  return cues;
}

/** The text of WebVTT cue text without its tags, entities decoded, whitespace folded. */
export function stripCueMarkup(text: string): string {
  const withoutTags = text.replace(/<[^>]*>/g, '');
  const decoded = new DOMParser().parseFromString(`<p>${withoutTags.replace(/</g, '&lt;')}</p>`, 'text/html');
  return decoded.body.textContent.replace(/\s+/g, ' ').trim();
}
