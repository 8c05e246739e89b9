import {expect} from '@open-wc/testing';
import videojs from 'video.js/dist/alt/video.core.novtt.js';
import type {Player} from '../../src/media/video-js-adapter.js';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {until} from './helpers.js';

// The apps in examples/react, examples/vue and examples/svelte, compiled by each framework's own
// compiler (scripts/framework-apps.mjs serves them as bundles) and run as their users run them.
// Each sets properties on the element, listens for its events through the framework's own
// syntax, refuses seeks until its checkbox allows them, and disposes the player on unmount.

type Mount = (target: Element) => () => void;

const APPS = [
  {framework: 'React 19', entry: '/examples/react/main.jsx'},
  {framework: 'Vue 3', entry: '/examples/vue/main.js'},
  {framework: 'Svelte 5', entry: '/examples/svelte/main.js'},
];

/** The video.js players that are alive (video.js keeps a disposed player's id with null). */
const livePlayers = () =>
  Object.values(videojs.getPlayers() as Record<string, Player | null>).filter(
    (player) => player && !player.isDisposed(),
  );

for (const {framework, entry} of APPS) {
  describe(`${framework} (${entry})`, () => {
    let target: HTMLElement;
    let unmount: (() => void) | undefined;

    beforeEach(() => {
      target = document.createElement('div');
      target.style.width = '900px';
      document.body.append(target);
    });

    afterEach(() => {
      unmount?.();
      unmount = undefined;
      target.remove();
    });

    it('renders, sets properties, plays, hears typed events, cancels a seek, and disposes the player on unmount', async () => {
      const {mount} = (await import(entry)) as {mount: Mount};
      const before = livePlayers().length;
      unmount = mount(target);

      // React renders in a task of its own; Vue and Svelte at once.
      await until(() => !!target.querySelector('transcript-player'), 'the app to render the element');
      const element = target.querySelector('transcript-player') as TranscriptPlayerElement;
      await until(() => element.cues.length > 0 && !!element.media, 'the transcript and media');
      // Properties, not attributes: the number stays a number, the label has no attribute.
      expect(element.loadTimeout).to.equal(30000);
      expect(element.transcriptLabel).to.equal('Transcript');
      expect(element.src).to.equal('/media/uprooting-isis.mp4');
      expect(livePlayers().length).to.equal(before + 1);

      // Plays, and the app's cue-change handler (through the framework's state) shows the line.
      const media = element.media!;
      media.muted = true;
      await media.play();
      await until(() => media.currentTime > 0.7, 'playback');
      const now = target.querySelector('[data-now]')!;
      await until(() => now.textContent.includes(element.cues[0].text), 'the app to show the spoken line');
      media.pause();

      // The app refuses the seek (preventDefault) until its checkbox allows it.
      const lines = element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="cue"]');
      const cue = element.cues[10];
      const seeks: Event[] = [];
      element.addEventListener('transcript-seek', (event) => seeks.push(event));
      const at = media.currentTime;
      lines[10].click();
      expect(seeks).to.have.length(1);
      expect(seeks[0].defaultPrevented, 'the app cancelled the seek').to.be.true;
      const asked = target.querySelector('[data-asked]')!;
      await until(
        () => asked.textContent.includes(`${cue.start.toFixed(2)} s: ${cue.text}`),
        'the app to read event.time and event.cue',
      );
      expect(media.currentTime).to.be.closeTo(at, 0.05);

      target.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      lines[10].click();
      expect(seeks).to.have.length(2);
      expect(seeks[1].defaultPrevented).to.be.false;
      expect(media.currentTime).to.be.closeTo(cue.start, 0.05);

      // Unmount: the framework removes the element, which disposes its player.
      const player = element.player!;
      unmount();
      unmount = undefined;
      expect(element.isConnected).to.be.false;
      await until(() => player.isDisposed(), 'the player to be disposed');
      expect(element.player).to.equal(undefined);
      expect(livePlayers().length).to.equal(before);
    });
  });
}
