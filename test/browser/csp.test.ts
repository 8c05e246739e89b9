import {expect} from '@open-wc/testing';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {metadataOf, openFrame, playersIn, type LoadedFrame} from './frames.js';
import {activeLines, seekTo, until} from './helpers.js';

const PAGE = '/examples/csp.html';
const REPORTS = '/__csp-reports';

async function reports(): Promise<unknown[]> {
  return (await (await fetch(REPORTS)).json()) as unknown[];
}

describe('under a strict Content Security Policy', () => {
  let page: LoadedFrame;
  let player: TranscriptPlayerElement;
  let media: HTMLMediaElement;

  before(async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.match(/^default-src 'self'; report-uri /);
    // Every script is a same-origin file, including the one the test runner's server adds.
    const html = (await response.text()).replace(/<!--[^]*?-->/g, '');
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts).to.include('<script type="module" src="../dist/transcript-player.js">');
    for (const script of scripts) expect(script).to.match(/\ssrc="(?:\.\.)?\/(?!\/)/);
    expect(html).to.not.match(/<style|\sstyle=/);
  });

  beforeEach(async () => {
    await fetch(REPORTS, {method: 'DELETE'});
    page = await openFrame({url: PAGE});
    [player] = await playersIn(page);
    media = await metadataOf(player.media!);
    media.muted = true;
  });

  afterEach(() => page.frame.remove());

  it('renders styled, plays and highlights, with no violation', async () => {
    const root = player.shadowRoot!;
    // Component styles arrive as constructable stylesheets, which the policy allows.
    expect(root.adoptedStyleSheets.length).to.be.greaterThan(0);
    const panel = getComputedStyle(root.querySelector('[part="transcript"]')!);
    expect(panel.display).to.equal('flex');
    expect(panel.borderTopWidth).to.equal('1px');
    // video.js's own stylesheet: the big play button is laid out and its SVG icon drawn.
    const bigPlay = root.querySelector<HTMLElement>('.vjs-big-play-button')!;
    expect(getComputedStyle(bigPlay).position).to.equal('absolute');
    expect(bigPlay.querySelector('.vjs-svg-icon')!.getBoundingClientRect().width).to.be.greaterThan(10);
    // Side by side at this width: the transcript is beside the video, not under it.
    const videoBox = root.querySelector('[part="player"]')!.getBoundingClientRect();
    expect(root.querySelector('[part="transcript"]')!.getBoundingClientRect().left).to.be.greaterThan(
      videoBox.right - 1,
    );
    // Nothing put a <style> into the page.
    expect(page.document.querySelectorAll('style')).to.have.length(0);

    const cues = player.cues;
    await seekTo(media, cues[2].start - 0.3);
    await media.play();
    await until(
      () => activeLines(player)[0]?.dataset.start === String(cues[2].start),
      'the line to light up while playing',
      5000,
    );
    expect(getComputedStyle(activeLines(player)[0]).boxShadow).to.contain('inset');
    // Once started, the control bar shows, with its icons.
    expect(getComputedStyle(root.querySelector('.vjs-control-bar')!).display).to.equal('flex');
    expect(root.querySelector('.vjs-play-control .vjs-svg-icon')!.getBoundingClientRect().width).to.be.greaterThan(10);
    media.pause();

    // Browsers post reports on their own schedule: give them a moment before counting.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(page.violations).to.deep.equal([]);
    expect(await reports()).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('would catch a violation: an injected inline style is blocked and reported', async () => {
    const style = page.document.createElement('style');
    style.textContent = 'body { outline: 5px solid red; }';
    page.document.head.append(style);
    await until(() => page.violations.length > 0, 'the securitypolicyviolation event');
    expect(page.violations[0]).to.match(/^style-src-elem: inline/);
    expect(getComputedStyle(page.document.body).outlineWidth).to.not.equal('5px');
    let received: unknown[] = [];
    const started = performance.now();
    while (!received.length && performance.now() - started < 5000) {
      received = await reports();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(received.length).to.be.greaterThan(0);
  });
});
