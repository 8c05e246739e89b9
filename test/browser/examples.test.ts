import {expect} from '@open-wc/testing';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {axeViolations, metadataOf, openFrame, playersIn, type LoadedFrame} from './frames.js';
import {ENGINE, until} from './helpers.js';

// Each example as a site owner would open it: the built bundle, the real media, no errors.
const EXAMPLES = [
  {url: '/examples/video.html', players: 1, kind: 'video'},
  {url: '/examples/audio.html', players: 1, kind: 'audio'},
  {url: '/examples/slotted.html', players: 1, kind: 'video'},
  {url: '/examples/themed.html', players: 2, kind: 'video'},
  {url: '/examples/csp.html', players: 1, kind: 'video'},
  {url: '/examples/no-js.html', players: 1, kind: 'video'},
  {url: '/examples/search.html', players: 1, kind: 'video'},
];

const part = (player: TranscriptPlayerElement, name: string) =>
  player.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('examples/', () => {
  for (const {url, players: count, kind} of EXAMPLES) {
    it(`${url} loads its media and transcript without errors, and passes an axe audit`, async () => {
      const page = await openFrame({url});
      try {
        const players = await playersIn(page, count);
        for (const player of players) {
          const media = await metadataOf(player.media!);
          expect(media.localName).to.equal(kind);
          expect(media.duration).to.be.closeTo(214, 0.1);
          expect(player.cues.length).to.be.greaterThan(20);
          expect(player.shadowRoot!.querySelectorAll('[part~="error"]')).to.have.length(0);
        }
        expect(page.errors).to.deep.equal([]);
        expect(page.violations).to.deep.equal([]);
        expect(await axeViolations(page), 'axe violations on the page').to.deep.equal([]);
      } finally {
        page.frame.remove();
      }
    });
  }
});

describe('theming (examples/themed.html)', () => {
  let page: LoadedFrame;
  let light: TranscriptPlayerElement;
  let dark: TranscriptPlayerElement;

  beforeEach(async () => {
    page = await openFrame({url: '/examples/themed.html'}, 1100);
    [light, dark] = await playersIn(page, 2);
  });

  afterEach(() => page.frame.remove());

  /**
   * Makes the example's page prefer `scheme`. A page in an iframe prefers its frame's used
   * color-scheme in Chromium and Firefox. WebKitGTK's pages follow only the system, which
   * MiniBrowser fixes at launch (light), so there only the light case can be tested.
   */
  const SCHEMES = ENGINE === 'webkit' ? (['light'] as const) : (['light', 'dark'] as const);
  async function prefer(scheme: 'light' | 'dark') {
    page.frame.style.colorScheme = scheme;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(page.window.matchMedia(`(prefers-color-scheme: ${scheme})`).matches, `the page prefers ${scheme}`).to.be
      .true;
  }

  it('applies the page custom properties and ::part() rules', async () => {
    await metadataOf(light.media!);
    const line = part(light, 'cue');
    light.currentTime = light.cues[1].start + 0.1;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const active = part(light, 'active');
    expect(active).to.not.equal(line);
    expect(getComputedStyle(active).backgroundColor).to.equal('rgb(251, 233, 231)');
    expect(getComputedStyle(active).boxShadow).to.contain('rgb(179, 38, 30)');
    expect(getComputedStyle(active).fontWeight).to.equal('600');
    expect(getComputedStyle(part(light, 'time')).fontFamily).to.contain('monospace');
    expect(getComputedStyle(part(light, 'transcript')).borderLeftWidth).to.equal('3px');
    expect(getComputedStyle(line).fontFamily).to.contain('Georgia');
  });

  it('forces light or dark with the theme attribute, whatever the system prefers', async () => {
    for (const colorScheme of SCHEMES) {
      await prefer(colorScheme);
      expect(getComputedStyle(part(light, 'transcript')).backgroundColor, `light under ${colorScheme}`).to.equal(
        'rgb(255, 255, 255)',
      );
      expect(getComputedStyle(part(dark, 'transcript')).backgroundColor, `dark under ${colorScheme}`).to.equal(
        'rgb(23, 24, 27)',
      );
    }
  });

  it('follows prefers-color-scheme without the attribute', async () => {
    light.removeAttribute('theme');
    await light.updateComplete;
    const background = {light: 'rgb(255, 255, 255)', dark: 'rgb(23, 24, 27)'};
    for (const colorScheme of [...SCHEMES].reverse()) {
      await prefer(colorScheme);
      expect(getComputedStyle(part(light, 'transcript')).backgroundColor, colorScheme).to.equal(
        background[colorScheme],
      );
    }
  });

  it('puts the transcript beside the video above the breakpoint and under it below', async () => {
    const besides = () =>
      part(light, 'transcript').getBoundingClientRect().top < part(light, 'player').getBoundingClientRect().bottom - 10;
    // The page's breakpoint is 60rem (960px) of the element's own width.
    expect(light.getBoundingClientRect().width).to.be.greaterThan(960);
    // The video's box settles once its metadata is in: wait for the layout, not for a frame count.
    await until(besides, 'the transcript beside the video');
    page.frame.style.width = '900px';
    await until(() => light.getBoundingClientRect().width < 960 && !besides(), 'the transcript under the video');
    expect(part(light, 'transcript').getBoundingClientRect().height).to.be.closeTo(16 * 16, 2);
  });
});
