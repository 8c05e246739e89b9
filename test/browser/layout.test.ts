import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {MEDIA, cueLines, loadPlayer, seekTo, until, withMetadata} from './helpers.js';

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
        // Groups of lines off screen are laid out at an estimated height (content-visibility):
        // the end grows as they render, and the scroll to it is made again, as a reader would.
        scroller.scrollTop = scroller.scrollHeight;
        const box = last.getBoundingClientRect();
        return box.top >= view.top - 0.5 && box.bottom <= view.bottom + 0.5;
      }, 'the last line to be in view');
      element.remove();
    });
  }
});

describe('the caption overlay', () => {
  // video.js lifts native captions above its control bar only through
  // video::-webkit-media-text-track-display, which WebKit and Firefox ignore. The rendered cue
  // box lives in the media element's closed user-agent shadow tree in every engine, so it is
  // measured on a screenshot: the cue is painted in a colour nothing else uses.
  for (const width of [700, 360]) {
    it(`shows a two-line caption above the control bar, ${width}px wide`, async () => {
      const element = await playerAt(width);
      const media = await withMetadata(element);
      media.muted = true;
      await media.play();
      media.pause();
      const track = [...media.textTracks].find((t) => t.mode === 'showing')!;
      expect(track, 'a showing caption track').to.exist;
      const cue = [...track.cues!].find((c) => (c as VTTCue).text.includes('\n'))!;
      await seekTo(media, (cue.startTime + cue.endTime) / 2);
      element.player!.userActive(true);

      const paint = new CSSStyleSheet();
      paint.replaceSync(`video::cue { color: ${MAGENTA}; background: ${MAGENTA}; }
      .vjs-control-bar { background: transparent !important; }`);
      element.shadowRoot!.adoptedStyleSheets = [...element.shadowRoot!.adoptedStyleSheets, paint];
      const bar = element.shadowRoot!.querySelector('.vjs-control-bar')!.getBoundingClientRect();
      expect(getComputedStyle(element.shadowRoot!.querySelector('.vjs-control-bar')!).display).to.equal('flex');
      const videoBox = media.getBoundingClientRect();
      expect(videoBox.bottom).to.be.at.most(window.innerHeight);

      let rows: {top: number; bottom: number} | undefined;
      const started = performance.now();
      while (!rows && performance.now() - started < 5000) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        rows = await paintedRows(videoBox);
      }
      expect(rows, 'the caption painted on the video').to.exist;
      expect(rows!.bottom, `caption box bottom ${rows!.bottom}, control bar top ${bar.top}`).to.be.at.most(bar.top);
      element.remove();
    });
  }
});

const MAGENTA = 'rgb(255, 0, 255)';

/** The first and last rows of the viewport, within `box`, that hold the caption's colour. */
async function paintedRows(box: DOMRect): Promise<{top: number; bottom: number} | undefined> {
  const base64 = await executeServerCommand<string, undefined>('viewport-screenshot');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], {type: 'image/png'}));
  const scale = bitmap.width / window.innerWidth;
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const left = Math.floor(box.left * scale);
  const width = Math.floor(box.width * scale);
  const {data} = context.getImageData(left, 0, width, Math.floor(box.bottom * scale));
  let top: number | undefined;
  let bottom: number | undefined;
  for (let y = 0; y < data.length / 4 / width; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (data[i] > 235 && data[i + 1] < 20 && data[i + 2] > 235) {
        top ??= y;
        bottom = y + 1;
        break;
      }
    }
  }
  return top === undefined ? undefined : {top: top / scale, bottom: bottom! / scale};
}
