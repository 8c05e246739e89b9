import {expect} from '@open-wc/testing';
import {openFrame, playersIn, type LoadedFrame} from './frames.js';
import {until} from './helpers.js';

// The slotted example as a site serves it: the page's <video preload="metadata"> starts loading
// while the page parses, and the element adopts it when the module script runs.
describe('a page video the element adopts', () => {
  let page: LoadedFrame;

  beforeEach(async () => {
    page = await openFrame({url: '/examples/slotted.html'});
  });

  afterEach(() => page.frame.remove());

  it('stops loading: no second download beside the player', async () => {
    const [player] = await playersIn(page);
    const original = player.querySelector('video')!;
    await until(() => player.media!.readyState >= HTMLMediaElement.HAVE_METADATA, 'the player to load metadata');
    // Give the original the time it would take to load on its own.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(original.readyState).to.equal(HTMLMediaElement.HAVE_NOTHING);
    expect(original.networkState).to.not.equal(HTMLMediaElement.NETWORK_LOADING);
    expect(original.paused).to.equal(true);
    expect(original.preload).to.equal('none');
    // What the player needs is still there: it plays from its own element.
    expect(player.media!.readyState).to.be.at.least(HTMLMediaElement.HAVE_METADATA);
    expect(page.errors).to.deep.equal([]);
  });

  it('gives the page video its sources back when the element is taken away, and takes them again on return', async () => {
    const [player] = await playersIn(page);
    const original = player.querySelector('video')!;
    const markup = (video: HTMLVideoElement) => [...video.children].map((child) => child.localName).join(' ');
    expect(markup(original)).to.equal('track track');
    const parent = player.parentElement!;
    player.remove();
    // Once the element has stayed out past a frame (a move would keep the player).
    await until(() => markup(original) === 'source source track track', 'the sources to come back', 2000);
    expect(original.getAttribute('preload')).to.equal('metadata');
    parent.append(player);
    await until(() => !!player.media && markup(original) === 'track track', 'the player to be rebuilt');
    const sources = [...player.media!.querySelectorAll('source')].map((source) => new URL(source.src).pathname);
    expect(sources).to.deep.equal(['/media/uprooting-isis.webm', '/media/uprooting-isis.mp4']);
  });
});
