// The build bundles video.js's SVG icon sprite without the symbols our player never shows
// (scripts/video-js-icons.mjs). Every icon the player draws must still find its symbol, in each
// state that changes an icon (playing, muted, ended), and so must the ones it can switch to.
import {expect} from '@open-wc/testing';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {MEDIA, loadPlayer, mediaEvent, seekTo, until, withMetadata} from './helpers.js';

/** Every icon video.js can set in our player (Component#setIcon names), in any state. */
const ICONS = [
  ['play', 'pause', 'replay'],
  ['volume-high', 'volume-medium', 'volume-low', 'volume-mute'],
  ['fullscreen-enter', 'fullscreen-exit', 'picture-in-picture-enter', 'picture-in-picture-exit'],
  ['captions', 'subtitles', 'chapters', 'audio', 'audio-description'],
  ['circle', 'cancel'],
].flat();

/**
 * Plays, trying again when the engine aborts the request (WebKit rejects play() with an
 * AbortError when a seek or video.js's own state change interrupts it).
 */
async function play(media: HTMLMediaElement): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await media.play();
    } catch (error) {
      if ((error as Error).name !== 'AbortError' || attempt === 3) throw error;
    }
  }
}

function markup(src: string): string {
  const type = src.endsWith('.m4a') ? 'audio' : 'video';
  return `<transcript-player>
    <${type} preload="metadata">
      <source src="${src}">
      <track kind="captions" src="${MEDIA.captions}" srclang="en" label="English" default>
      <track kind="chapters" src="${MEDIA.chapters}" srclang="en" label="Chapters">
    </${type}>
  </transcript-player>`;
}

/** The icons drawn in the player whose `<use>` finds no symbol in the player's shadow root. */
function brokenIcons(element: TranscriptPlayerElement): string[] {
  const root = element.shadowRoot!;
  return [...root.querySelectorAll('.video-js svg use')]
    .map((use) => use.getAttribute('href') ?? '')
    .filter((href) => root.getElementById(href.replace(/^#/, ''))?.localName !== 'symbol');
}

for (const src of [MEDIA.mp4, MEDIA.m4a]) {
  describe(`video.js icons (${src.endsWith('.m4a') ? 'audio' : 'video'})`, () => {
    let element: TranscriptPlayerElement;
    afterEach(() => element.remove());

    it('finds a symbol for every icon it draws, playing, muted and ended, and for every icon it can set', async () => {
      element = await loadPlayer(markup(src));
      const media = await withMetadata(element);
      await until(() => !!element.shadowRoot!.querySelector('.vjs-chapters-button:not(.vjs-hidden)'), 'the chapters');
      const root = element.shadowRoot!;
      expect(root.querySelectorAll('.video-js svg use').length).to.be.greaterThan(8);
      expect(brokenIcons(element)).to.deep.equal([]);

      media.muted = true;
      await play(media);
      expect(brokenIcons(element)).to.deep.equal([]);
      const ended = mediaEvent(media, 'ended');
      await seekTo(media, media.duration - 0.3);
      if (media.paused) await play(media);
      await ended;
      await until(() => !!root.querySelector('.vjs-play-control.vjs-ended'), 'the replay icon');
      expect(brokenIcons(element)).to.deep.equal([]);

      const missing = ICONS.filter((name) => root.getElementById(`vjs-icon-${name}`)?.localName !== 'symbol');
      expect(missing).to.deep.equal([]);
    });
  });
}
