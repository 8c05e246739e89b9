import {expect} from '@open-wc/testing';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {MEDIA, cueLines, loadPlayer, until} from './helpers.js';

const part = (element: TranscriptPlayerElement, name: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

/** A video player in a box `width` px wide. */
async function playerAt(width: number): Promise<TranscriptPlayerElement> {
  const element = await loadPlayer(
    `<transcript-player src="${MEDIA.mp4}" captions="${MEDIA.captions}" poster="${MEDIA.poster}" style="width: ${width}px"></transcript-player>`,
  );
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return element;
}

describe('the transcript panel', () => {
  // The panel's height is its own min-height (20rem) when stacked, and beside a video shorter
  // than that; Firefox and WebKit made the list as tall as all its lines there, unscrollable.
  for (const {layout, width} of [
    {layout: 'stacked under the video', width: 600},
    {layout: 'beside a video shorter than the panel', width: 780},
  ]) {
    it(`scrolls when ${layout}`, async () => {
      const element = await playerAt(width);
      const panel = part(element, 'transcript').getBoundingClientRect();
      const video = element.shadowRoot!.querySelector('.video-js')!.getBoundingClientRect();
      if (layout.startsWith('stacked')) expect(panel.top).to.be.at.least(video.bottom);
      else {
        expect(panel.left).to.be.at.least(video.right);
        expect(video.height).to.be.below(20 * 16);
      }
      expect(panel.height).to.be.closeTo(20 * 16, 2);

      const scroller = element.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
      const view = scroller.getBoundingClientRect();
      expect(view.bottom, 'the list ends inside the panel').to.be.at.most(panel.bottom + 0.5);
      expect(scroller.scrollHeight).to.be.greaterThan(scroller.clientHeight + 100);
      scroller.scrollTop = scroller.scrollHeight;
      expect(scroller.scrollTop).to.be.greaterThan(0);
      const last = cueLines(element).at(-1)!;
      await until(() => {
        const box = last.getBoundingClientRect();
        return box.top >= view.top - 0.5 && box.bottom <= view.bottom + 0.5;
      }, 'the last line to be in view');
      element.remove();
    });
  }
});
