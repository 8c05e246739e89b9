import {expect} from '@open-wc/testing';
import {transcriptHtml} from '../../src/html/transcript-html.js';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {metadataOf, openFrame, playersIn, type LoadedFrame} from './frames.js';
import {ENGINE, MEDIA, lineText, until} from './helpers.js';

// The plain-HTML transcript in slot="transcript": readable before the element is defined, and
// taken over by the panel when it is, with nothing on the page moving.

type Box = Pick<DOMRect, 'x' | 'y' | 'width' | 'height'>;
const box = (element: Element): Box => {
  const {x, y, width, height} = element.getBoundingClientRect();
  return {x, y, width, height};
};
const frames = (win: Window, count = 2) =>
  new Promise<void>((resolve) => {
    const step = () => (--count ? win.requestAnimationFrame(step) : resolve());
    win.requestAnimationFrame(step);
  });

async function pageMarkup(captions = MEDIA.captions): Promise<string> {
  const [vtt, chapters] = await Promise.all(
    [MEDIA.captions, MEDIA.chapters].map(async (url) => (await fetch(url)).text()),
  );
  return `<!doctype html>
    <html lang="en"><head><meta charset="utf-8"><title>Takeover</title>
    <link rel="stylesheet" href="/examples/demo.css"></head>
    <body><main>
      <h1>Takeover</h1>
      <transcript-player>
        <video controls preload="metadata" poster="${MEDIA.poster}" muted>
          <source src="${MEDIA.mp4}" type="video/mp4">
          <track kind="captions" src="${captions}" srclang="en" label="English" default>
        </video>
        ${transcriptHtml(vtt, {chapters, title: 'Uprooting ISIS'})}
      </transcript-player>
      <p id="below">Below the player.</p>
    </main></body></html>`;
}

/** Defines the element in the frame, as the page's module script would. */
async function upgrade(page: LoadedFrame): Promise<TranscriptPlayerElement> {
  const script = page.document.createElement('script');
  script.type = 'module';
  script.src = '/src/define.ts';
  page.document.head.append(script);
  const [player] = await playersIn(page);
  return player;
}

interface Shift {
  readonly value: number;
  readonly rects: readonly DOMRectReadOnly[];
  /** The moved nodes, for a failure's message. */
  readonly nodes: readonly string[];
}

/** A shift as a failure message shows it: its score, what moved, from where to where. */
const shown = ({value, nodes, rects}: Shift) =>
  `${value.toFixed(5)}: ${nodes.join(', ')} ${rects.map((r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`).join(' / ')}`;

function describeNode(node: Node | null | undefined): string {
  if (!node) return 'a node no longer in the page';
  const element = node instanceof Element ? node : node.parentElement;
  return element ? `${element.localName}.${[...element.classList].join('.')}` : node.nodeName;
}

/** In Chromium, the layout shifts the frame's document reports, from its start (buffered). */
function watchShifts(page: LoadedFrame): Shift[] | undefined {
  // Firefox and WebKit have no layout-shift entries: there the boxes are compared instead.
  if (!page.window.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) return undefined;
  const shifts: Shift[] = [];
  new page.window.PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      sources: {previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly; node?: Node | null}[];
    })[]) {
      shifts.push({
        value: entry.value,
        rects: entry.sources.flatMap((s) => [s.previousRect, s.currentRect]),
        nodes: entry.sources.map((s) => describeNode(s.node)),
      });
    }
  }).observe({type: 'layout-shift', buffered: true});
  return shifts;
}

/**
 * The shifts outside video.js's control bar. Inside it, buttons that video.js shows only once
 * there is something for them (captions and chapters menus, once their tracks are there;
 * picture-in-picture, once the video has metadata) move the buttons beside them (docs/benchmarks.md,
 * Lighthouse, gives their size).
 */
function outsideBar(shifts: readonly Shift[], player: TranscriptPlayerElement): Shift[] {
  const bar = player.shadowRoot!.querySelector('.vjs-control-bar')!.getBoundingClientRect();
  const inBar = (rect: DOMRectReadOnly) =>
    rect.width === 0 ||
    (rect.top >= bar.top - 1 &&
      rect.bottom <= bar.bottom + 1 &&
      rect.left >= bar.left - 1 &&
      rect.right <= bar.right + 1);
  return shifts.filter((shift) => !shift.rects.every(inBar));
}

describe('the slotted plain-HTML transcript', () => {
  for (const {layout, width} of [
    {layout: 'beside the video', width: 1100},
    {layout: 'under the video', width: 600},
  ]) {
    it(`is readable ${layout} before the upgrade, and the panel takes its place without a shift`, async () => {
      const page = await openFrame({html: await pageMarkup()}, width);
      try {
        const doc = page.document;
        const host = doc.querySelector('transcript-player')!;
        const video = doc.querySelector('video')!;
        const section = doc.querySelector<HTMLElement>('[slot="transcript"]')!;
        await metadataOf(video);
        await frames(page.window);

        const before = {
          host: box(host),
          video: box(video),
          panel: box(section),
          below: box(doc.getElementById('below')!),
        };
        expect(before.panel.height, 'the text is shown').to.be.greaterThan(200);
        if (layout === 'beside the video') {
          expect(before.panel.x).to.be.at.least(before.video.x + before.video.width);
          expect(before.panel.y).to.equal(before.video.y);
        } else expect(before.panel.y).to.be.at.least(before.video.y + before.video.height);
        // Links to moments: plain media-fragment hrefs a page's #t= handling can read.
        const links = [...section.querySelectorAll('a')];
        expect(links.length).to.be.greaterThan(20);
        for (const link of links) expect(link.getAttribute('href')).to.match(/^#t=\d+(\.\d+)?$/);

        const shifts = watchShifts(page);
        const player = await upgrade(page);
        await metadataOf(player.media!);
        await player.updateComplete;
        await frames(page.window, 3);

        const root = player.shadowRoot!;
        const after = {
          host: box(player),
          video: box(root.querySelector('.video-js')!),
          panel: box(root.querySelector('[part~="transcript"]')!),
          below: box(doc.getElementById('below')!),
        };
        expect(after).to.deep.equal(before);
        if (shifts)
          expect(outsideBar(shifts, player).map(shown), 'layout shifts outside the control bar').to.deep.equal([]);
        // The slotted copy is no longer rendered: the lines are the text now (see findable below).
        expect(section.getClientRects()).to.have.length(0);
      } finally {
        page.frame.remove();
      }
    });
  }

  it('stays findable: the lines are the rendered text, the same as the slotted copy', async () => {
    const page = await openFrame({html: await pageMarkup()});
    try {
      const section = page.document.querySelector('[slot="transcript"]')!;
      const player = await upgrade(page);
      await player.updateComplete;
      const lines = [...player.shadowRoot!.querySelectorAll<HTMLElement>('[part~="cue"]')];
      const paragraphs = [...section.querySelectorAll('p')];
      expect(lines.length).to.equal(paragraphs.length);
      // The same words, in the same order (each paragraph: time, perhaps "Speaker:", text).
      lines.forEach((line, i) => expect(paragraphs[i].textContent.replace(/\s+/g, ' ')).to.contain(lineText(line)));
      // Rendered (find in page and screen readers see it), the copy not (no hit or reading twice).
      const line = lines[5];
      expect(line.getClientRects().length).to.be.greaterThan(0);
      expect(getComputedStyle(line).visibility).to.equal('visible');
      expect(section.getClientRects()).to.have.length(0);
    } finally {
      page.frame.remove();
    }
  });

  it('shows in the panel while the captions load, and stays there beside the alert when they fail', async () => {
    const page = await openFrame({html: await pageMarkup('/captions/missing.vtt')});
    try {
      const section = page.document.querySelector('[slot="transcript"]')!;
      const script = Object.assign(page.document.createElement('script'), {type: 'module', src: '/src/define.ts'});
      page.document.head.append(script);
      await until(() => !!page.window.customElements.get('transcript-player'), 'the element to be defined');
      const player = page.document.querySelector('transcript-player')!;
      await until(() => !!player.shadowRoot?.querySelector('[part~="error"]'), 'the captions error');
      const panel = player.shadowRoot!.querySelector('[part~="transcript"]')!.getBoundingClientRect();
      const shown = section.getBoundingClientRect();
      expect(shown.height).to.be.greaterThan(0);
      expect(shown.top).to.be.at.least(panel.top);
      expect(shown.left).to.be.at.least(panel.left);
      expect(shown.right).to.be.at.most(panel.right);
    } finally {
      page.frame.remove();
    }
  });
});

describe('the demo page (index.html) with JavaScript', () => {
  it('upgrades without a layout shift', async function () {
    // Only Chromium reports layout shifts; the takeover's boxes are compared in every engine above.
    if (ENGINE !== 'chromium') this.skip();
    const page = await openFrame({url: '/index.html'});
    try {
      const shifts = watchShifts(page)!;
      const [player] = await playersIn(page);
      await metadataOf(player.media!);
      await frames(page.window, 3);
      expect(outsideBar(shifts, player).map(shown), 'layout shifts outside the control bar').to.deep.equal([]);
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});
