import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {MEDIA, activeLines, cueLines, loadPlayer, seekTo, until, withMetadata} from './helpers.js';

const COUNT = 10000;
// Spread over the real media so that every cue can be reached by seeking.
const SPAN = 213;

function longCaptions(): string {
  const step = SPAN / COUNT;
  const parts = ['WEBVTT', ''];
  const stamp = (seconds: number) => {
    const ms = Math.round(seconds * 1000);
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    return `${pad(Math.floor(ms / 3600000))}:${pad(Math.floor(ms / 60000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
  };
  for (let n = 0; n < COUNT; n++) {
    // 21.3 ms per cue: whole-millisecond times, each cue ending before the next begins.
    parts.push(`${stamp(n * step)} --> ${stamp(n * step + step * 0.8)}`, `Line ${n} of the long transcript`, '');
  }
  return parts.join('\n');
}

describe('<transcript-player> with 10,000 cues', () => {
  let element: TranscriptPlayerElement;
  let media: HTMLMediaElement;
  let url: string;

  before(() => {
    url = URL.createObjectURL(new Blob([longCaptions()], {type: 'text/vtt'}));
  });

  after(() => URL.revokeObjectURL(url));

  beforeEach(async () => {
    element = await loadPlayer(`<transcript-player src="${MEDIA.mp4}" captions="${url}"></transcript-player>`);
    media = await withMetadata(element);
    media.muted = true;
  });

  it('renders every cue as a line', () => {
    expect(element.cues).to.have.length(COUNT);
    expect(cueLines(element)).to.have.length(COUNT);
  });

  it('marks the right line after seeking near the end, and arrow keys move between lines there', async () => {
    const index = COUNT - 30;
    const cue = element.cues[index];
    const mid = (cue.start + cue.end) / 2;
    await seekTo(media, mid);
    expect(media.seekable.end(0)).to.be.greaterThan(200);
    expect(media.currentTime).to.be.closeTo(mid, 0.005);
    const lines = cueLines(element);
    await until(() => activeLines(element).length === 1, 'one active line');
    expect(activeLines(element)).to.deep.equal([lines[index]]);
    expect(Number(lines[index].dataset.start)).to.equal(cue.start);
    // Focus is elsewhere, so the tab stop followed the active line.
    expect(lines[index].tabIndex).to.equal(0);

    lines[index].focus();
    await sendKeys({press: 'ArrowDown'});
    expect(element.shadowRoot!.activeElement).to.equal(lines[index + 1]);
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowUp'});
    await sendKeys({press: 'ArrowUp'});
    await sendKeys({press: 'ArrowUp'});
    expect(element.shadowRoot!.activeElement).to.equal(lines[index - 1]);
    await sendKeys({press: 'End'});
    expect(element.shadowRoot!.activeElement).to.equal(lines[COUNT - 1]);
    expect(lines.filter((line) => line.tabIndex === 0)).to.deep.equal([lines[COUNT - 1]]);

    // The focused line is on screen in the panel.
    const scroller = element.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    await until(() => {
      const box = lines[COUNT - 1].getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
    }, 'the last line to be scrolled into view');

    // Enter there seeks to that line.
    await sendKeys({press: 'ArrowUp'});
    await sendKeys({press: 'Enter'});
    expect(media.currentTime).to.be.closeTo(element.cues[COUNT - 2].start, 0.001);
    expect(activeLines(element)).to.deep.equal([lines[COUNT - 2]]);
  });
});
