// The faults a real site meets: captions that are slow, never answer, arrive cut off or in UTF-16;
// media whose server stops sending; an element moved while it plays; words too long for the panel.
// The server routes are scripts/fault-middleware.mjs.
import {expect} from '@open-wc/testing';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {cueLines, loadPlayer} from './helpers.js';

function shadow(element: TranscriptPlayerElement): ShadowRoot {
  return element.shadowRoot!;
}

function blobUrl(text: string): string {
  return URL.createObjectURL(new Blob([text], {type: 'text/vtt'}));
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('words too long for the panel', () => {
  it('wraps a 100,000-character word and speaker name at every width, leaving normal wrapping alone', async () => {
    const long = 'a'.repeat(100_000);
    const voice = 'V'.repeat(100_000);
    const sentence = 'A sentence of ordinary words that wraps at its spaces like any other line does.';
    const element = await loadPlayer(
      `<transcript-player captions="${blobUrl(`WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v ${voice}>${long}\n\n00:00:03.000 --> 00:00:04.000\n${sentence}\n`)}"></transcript-player>`,
    );
    const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
    for (const width of [320, 700, 1200]) {
      element.style.width = `${width}px`;
      await frame();
      await frame();
      const panel = scroller.getBoundingClientRect();
      expect(scroller.scrollWidth, `nothing overflows sideways at ${width}px`).to.be.at.most(scroller.clientWidth);
      for (const part of ['text', 'speaker']) {
        const box = shadow(element).querySelector(`[part~="${part}"]`)!.getBoundingClientRect();
        expect(box.right, `the ${part} fits at ${width}px`).to.be.at.most(panel.right + 0.5);
        expect(box.height, `the ${part} wraps at ${width}px`).to.be.greaterThan(100);
      }
      // An ordinary line wraps only at its spaces.
      const text = cueLines(element)[1].querySelector<HTMLElement>('[part~="text"]')!;
      const height = text.getBoundingClientRect().height;
      text.style.overflowWrap = 'normal';
      expect(text.getBoundingClientRect().height, `ordinary wrapping at ${width}px`).to.equal(height);
      text.style.overflowWrap = '';
    }
    element.remove();
  });
});
