import {fixture, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import './retries.js';
import '../../src/define.js';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {until, waitForMetadata} from '../shared/media-events.js';

import {ENGINE} from './engine.js';

export {ENGINE};
export {mediaEvent, seekTo, until} from '../shared/media-events.js';

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

/** Resolves when the media element exists and has metadata. */
export async function withMetadata(element: TranscriptPlayerElement): Promise<HTMLMediaElement> {
  await until(() => element.media !== undefined, 'the media element to be created');
  return waitForMetadata(element.media!);
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

/** Shift+Tab as a real key press. */
export async function shiftTab(): Promise<void> {
  // WebKitGTK's WebDriver holds no key down between commands; one press of the WebDriver key
  // codes for Shift and Tab goes down in order and up together, which is Shift+Tab.
  if (ENGINE === 'webkit') return sendKeys({press: '\uE008\uE004'});
  await sendKeys({down: 'Shift'});
  await sendKeys({press: 'Tab'});
  await sendKeys({up: 'Shift'});
}
