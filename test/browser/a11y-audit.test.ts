// axe over the whole element, player and transcript, in the states a reader meets (issue 11):
// no violations, and no "incomplete" item left unresolved. axe leaves text contrast incomplete
// where it cannot tell the background (text over video, a translucent bar or menu): those are
// measured here instead, from the computed colours composited over what lies behind them
// (contrast.ts), and must reach 4.5:1 (3:1 for large text). Any other incomplete item fails.
import {expect} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type * as AxeCore from 'axe-core';
import type {AxeResults, NodeResult, Result} from 'axe-core';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {backdrop, contrast, over, parseColour} from './contrast.js';
import {ENGINE, MEDIA, activeLines, loadPlayer, mediaEvent, until, withMetadata} from './helpers.js';

declare global {
  interface Window {
    axe: typeof AxeCore;
  }
}

/** A page's own video (or audio) with captions and chapters: every control of the player shows. */
function slotted(attributes = '', src = MEDIA.mp4): string {
  const type = src.endsWith('.m4a') ? 'audio' : 'video';
  return `<transcript-player ${attributes}>
    <${type} preload="metadata" ${type === 'video' ? `poster="${MEDIA.poster}"` : ''}>
      <source src="${src}">
      <track kind="captions" src="${MEDIA.captions}" srclang="en" label="English" default>
      <track kind="chapters" src="${MEDIA.chapters}" srclang="en" label="Chapters">
    </${type}>
  </transcript-player>`;
}

async function ready(markup: string): Promise<TranscriptPlayerElement> {
  const element = await loadPlayer(markup);
  const media = await withMetadata(element);
  media.muted = true;
  return element;
}

/** A player whose media or captions fail: waits for the error, not for a transcript. */
async function failing(attributes: string, shown: (element: TranscriptPlayerElement) => boolean) {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = `<transcript-player ${attributes}></transcript-player>`;
  const created = wrapper.firstElementChild as TranscriptPlayerElement;
  const failed = mediaEvent(created, 'transcript-error');
  document.body.append(created);
  await failed;
  await until(() => shown(created), 'the failure to show');
  await created.updateComplete;
  return created;
}

/** axe-core's browser build sets window.axe (as chai-a11y-axe loads it). */
function axe(): Window['axe'] {
  return window.axe;
}

/** Text large by WCAG's measure: 24 px, or 18.66 px and bold. */
function isLarge(node: Element): boolean {
  const style = getComputedStyle(node);
  const size = parseFloat(style.fontSize);
  return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
}

/** The transcript-player `node` is in, through shadow roots. */
function hostOf(node: Node): TranscriptPlayerElement | undefined {
  for (let n: Node | null = node; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (n instanceof Element && n.localName === 'transcript-player') return n as TranscriptPlayerElement;
  }
  return undefined;
}

/**
 * Settles what axe could not decide, or not, with a note saying what and where:
 * - text contrast over a background axe could not read is measured from the computed colours:
 *   the text's colour over the composited backgrounds of its ancestors (over video: the
 *   player's black);
 * - captions on a <video>: axe looks for a <track kind="captions"> child, but the element adds
 *   its captions as a script-made text track (the cues the transcript shows), which axe cannot
 *   see: settled when the media has a captions track with cues, or when the captions failed and
 *   the element's alert says so.
 */
function settle(result: Result, node: NodeResult): {settled: boolean; note: string} {
  const element = node.element;
  const where = String(node.target.at(-1));
  if (result.id === 'video-caption' && element instanceof HTMLVideoElement) {
    const captioned = [...element.textTracks].some(
      (track) => /^(captions|subtitles)$/.test(track.kind) && (track.cues?.length ?? 0) > 0,
    );
    const alerted = !!hostOf(element)?.shadowRoot!.querySelector('[part~="error"][role="alert"]')?.textContent.trim();
    return {settled: captioned || alerted, note: `${result.id} ${captioned ? 'captions track' : 'alert'}`};
  }
  if (result.id === 'color-contrast' && element) {
    const ground = backdrop(element);
    const ratio = contrast(over(parseColour(getComputedStyle(element).color), ground), ground);
    return {settled: ratio >= (isLarge(element) ? 3 : 4.5), note: `${result.id} ${where} ${ratio.toFixed(1)}:1`};
  }
  const why = [...node.any, ...node.all, ...node.none].map((check) => check.message).join('; ');
  return {settled: false, note: `${result.id} (${result.impact ?? 'no impact'}) ${node.target.join(' ')}: ${why}`};
}

/** axe over `context`: its violations and the incomplete items the measurements above do not settle. */
async function audit(context: Element): Promise<{violations: string[]; incomplete: string[]}> {
  const results: AxeResults = await axe().run(context, {elementRef: true});
  const violations = results.violations.flatMap((result) =>
    result.nodes.map((node) => `${result.id} (${result.impact}): ${node.target.join(' ')} ${node.failureSummary}`),
  );
  const incomplete = results.incomplete.flatMap((result) => result.nodes.map((node) => settle(result, node)));
  console.log(
    `axe: ${results.passes.length} rules pass, ${violations.length} violations, incomplete settled: ` +
      (incomplete
        .filter((item) => item.settled)
        .map((item) => item.note)
        .join(', ') || 'none'),
  );
  return {violations, incomplete: incomplete.filter((item) => !item.settled).map((item) => item.note)};
}

async function expectClean(context: Element): Promise<void> {
  const {violations, incomplete} = await audit(context);
  expect(violations, 'axe violations').to.deep.equal([]);
  expect(incomplete, 'axe incomplete items left unresolved').to.deep.equal([]);
}

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('axe audit of the element', () => {
  let element: TranscriptPlayerElement | undefined;

  afterEach(() => {
    element?.media?.pause();
    element?.remove();
    element = undefined;
    document.documentElement.style.fontSize = '';
  });

  it('when loaded', async () => {
    element = await ready(slotted());
    await expectClean(element);
  });

  it('while playing', async () => {
    element = await ready(slotted());
    await element.media!.play();
    await until(() => activeLines(element!).length > 0, 'a highlighted line', 20000);
    await expectClean(element);
  });

  it('when paused after playing', async () => {
    element = await ready(slotted());
    const media = element.media!;
    await media.play();
    await until(() => media.currentTime > 1, 'playback');
    media.pause();
    await expectClean(element);
  });

  it('with a menu open', async () => {
    element = await ready(slotted());
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('.vjs-playback-rate > button')!;
    button.focus();
    await sendKeys({press: 'Enter'});
    const menu = element.shadowRoot!.querySelector('.vjs-playback-rate .vjs-menu')!;
    await until(() => menu.contains(element!.shadowRoot!.activeElement), 'focus in the open menu');
    await expectClean(element);
    await sendKeys({press: 'Escape'});
  });

  it('when the captions are not found (404)', async () => {
    element = await failing(
      `src="${MEDIA.mp4}" captions="/captions/missing.vtt" poster="${MEDIA.poster}"`,
      (created) => !!created.shadowRoot!.querySelector('[part~="error"]'),
    );
    await expectClean(element);
  });

  it('when the media is not found (404)', async () => {
    element = await failing(
      `src="/media/missing.mp4" captions="${MEDIA.captions}"`,
      (created) => !!created.player?.error() && !!created.shadowRoot!.querySelector('[part~="error"]'),
    );
    await frames();
    await expectClean(element);
  });

  it('with audio only', async () => {
    element = await ready(slotted('', MEDIA.m4a));
    await expectClean(element);
  });

  it('in the dark theme', async () => {
    element = await ready(slotted('theme="dark"'));
    await expectClean(element);
  });

  it('320 px wide', async () => {
    element = await ready(slotted('style="width: 320px"'));
    await frames();
    await expectClean(element);
  });

  it('with 200% text', async () => {
    document.documentElement.style.fontSize = '200%';
    element = await ready(slotted());
    await frames();
    await expectClean(element);
  });

  it('in forced colours', async function () {
    // Only Chromium can emulate forced colours (over the DevTools protocol, by a runner plugin):
    // WebDriver BiDi (Firefox) and WebKitGTK's WebDriver have no command for it.
    if (ENGINE !== 'chromium') this.skip();
    await executeServerCommand('forced-colors', {active: true});
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'the page in forced colours').to.be.true;
      element = await ready(slotted());
      await expectClean(element);
    } finally {
      await executeServerCommand('forced-colors', {active: false});
    }
  });

  // Issue 12: the toolbar, chapter headings and the search's marks, in both schemes.
  for (const theme of ['light', 'dark']) {
    it(`with a search open and its matches shown (${theme})`, async () => {
      element = await ready(slotted(`theme="${theme}"`));
      const field = element.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
      field.focus();
      await sendKeys({type: 'isis'});
      await until(() => (CSS.highlights.get('transcript-player-match')?.size ?? 0) > 10, 'the matches marked');
      await sendKeys({press: 'Enter'});
      await until(() => !!element!.shadowRoot!.querySelector('[role="status"]:not(:empty)'), 'the count said');
      await frames();
      await expectClean(element);
    });
  }

  it('with two players on one page', async () => {
    const page = document.createElement('div');
    // Each named by its page, as issue 11 asks (a label attribute, or the media's title).
    page.innerHTML = slotted('label="Uprooting ISIS"') + slotted('label="Uprooting ISIS, the narration"', MEDIA.m4a);
    document.body.append(page);
    const players = [...page.querySelectorAll('transcript-player')];
    await Promise.all(players.map((player) => mediaEvent(player, 'transcript-load')));
    await Promise.all(players.map((player) => withMetadata(player)));
    try {
      await expectClean(page);
    } finally {
      page.remove();
    }
  });
});
