import {expect} from '@open-wc/testing';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {metadataOf, openFrame, playersIn, type LoadedFrame} from './frames.js';
import {
  ENGINE,
  MEDIA,
  activeLines,
  cueLines,
  loadPlayer,
  mediaEvent,
  nativeCues,
  seekTo,
  until,
  withMetadata,
} from './helpers.js';

const SLOTTED = '/examples/slotted.html';

describe('the slotted example (progressive <video> markup)', () => {
  let page: LoadedFrame;
  let player: TranscriptPlayerElement;
  let media: HTMLMediaElement;

  beforeEach(async () => {
    page = await openFrame({url: SLOTTED});
    [player] = await playersIn(page);
    media = await metadataOf(player.media!);
    media.muted = true;
  });

  afterEach(() => page.frame.remove());

  it('adopts the page video: its sources, poster and attributes, and hides the original', () => {
    const original = player.querySelector('video')!;
    expect(media).to.not.equal(original);
    expect(player.shadowRoot!.contains(media)).to.equal(true);
    const sources = [...media.querySelectorAll('source')].map((s) => [new URL(s.src).pathname, s.type]);
    expect(sources).to.deep.equal([
      [MEDIA.webm, 'video/webm'],
      [MEDIA.mp4, 'video/mp4'],
    ]);
    expect(new URL((media as HTMLVideoElement).poster).pathname).to.equal(MEDIA.poster);
    expect(new URL(media.currentSrc).pathname).to.equal(MEDIA.webm);
    // The original stays in the light DOM, unrendered, paused and not downloading.
    expect(original.isConnected).to.equal(true);
    expect(original.getClientRects().length).to.equal(0);
    expect(original.paused).to.equal(true);
    expect(original.preload).to.equal('none');
    expect(page.errors).to.deep.equal([]);
  });

  it('takes the transcript from the default captions track and shows the same cues as captions', async () => {
    const fileCues = await nativeCues(MEDIA.captions);
    expect(player.cues.map((cue) => cue.start)).to.deep.equal(fileCues.map((cue) => cue.startTime));
    const showing = [...media.textTracks].filter((track) => track.mode === 'showing');
    expect(showing).to.have.length(1);
    expect(showing[0].kind).to.equal('captions');
    expect(showing[0].label).to.equal('English');
    expect(showing[0].cues!.length).to.equal(player.cues.length);
    await seekTo(media, player.cues[4].start + 0.2);
    expect([...showing[0].activeCues!].map((cue) => (cue as VTTCue).startTime)).to.deep.equal([player.cues[4].start]);
  });

  it('plays and moves the highlight along', async () => {
    const cues = player.cues;
    await seekTo(media, cues[6].start - 0.4);
    expect(media.seekable.end(0)).to.be.greaterThan(200);
    await media.play();
    await until(
      () => activeLines(player)[0]?.dataset.start === String(cues[6].start),
      'line 7 to light up while playing',
      5000,
    );
    await until(
      () => activeLines(player)[0]?.dataset.start === String(cues[7].start),
      'line 8 to light up while playing',
      15000,
    );
    media.pause();
    expect(page.errors).to.deep.equal([]);
  });

  it('seeks when a line is clicked', async () => {
    const line = cueLines(player)[10];
    const seeked = mediaEvent(media, 'seeked');
    line.click();
    await seeked;
    expect(media.currentTime).to.be.closeTo(player.cues[10].start, 0.05);
    expect(activeLines(player)).to.deep.equal([line]);
  });
});

describe('the slotted example without JavaScript', () => {
  it('is a native player with native captions', async () => {
    const html = await (await fetch(SLOTTED)).text();
    const withoutScript = html.replace(/<script\b[^>]*type="module"[^>]*>\s*<\/script>/g, '');
    expect(withoutScript).to.not.equal(html);
    expect(withoutScript).to.not.match(/<script/i);
    // srcdoc documents resolve relative URLs against <base>.
    const page = await openFrame({
      html: withoutScript.replace('<head>', `<head><base href="${new URL('/examples/', location.href).href}">`),
    });
    try {
      expect(page.window.customElements.get('transcript-player')).to.equal(undefined);
      const video = page.document.querySelector('video')!;
      expect(video.getBoundingClientRect().width).to.be.greaterThan(300);
      expect(video.controls).to.equal(true);
      await metadataOf(video);
      expect(new URL(video.currentSrc).pathname).to.equal(MEDIA.webm);
      const track = video.querySelector<HTMLTrackElement>('track[kind="captions"]')!;
      if (ENGINE === 'webkit') {
        // WebKit lets the viewer's caption preferences decide over `default`, by design: in its
        // default "automatic" mode an English viewer gets no captions for this English narration.
        // The track is offered, off, and shows once chosen (as from the captions menu).
        expect(track.track.mode).to.equal('disabled');
        expect(track.track.label).to.equal('English');
        track.track.mode = 'showing';
      }
      // The default captions track is showing, and the browser has loaded its cues.
      expect(track.track.mode).to.equal('showing');
      await until(() => track.readyState === HTMLTrackElement.LOADED, 'the captions track to load');
      expect(track.track.cues!.length).to.equal((await nativeCues(MEDIA.captions)).length);
      video.muted = true;
      video.currentTime = 20;
      await mediaEvent(video, 'seeked');
      const from = video.currentTime;
      await video.play();
      await until(() => video.currentTime > from + 0.5, 'the native video to play');
      // The cue at 20.3 s becomes active while playing. (WebKit updates activeCues some time
      // after currentTime, and not at all once paused.)
      await until(() => track.track.activeCues!.length > 0, 'an active cue while playing');
      video.pause();
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});

describe('<transcript-player> around light-DOM media', () => {
  it('prefers the default captions/subtitles track, else the first', async () => {
    // The chapters file stands in for a second subtitles track: it has other cues.
    const chapters = await nativeCues(MEDIA.chapters);
    const withDefault = await loadPlayer(`<transcript-player><video muted>
      <source src="${MEDIA.mp4}" type="video/mp4">
      <track kind="chapters" src="${MEDIA.captions}" default>
      <track kind="captions" src="${MEDIA.captions}" srclang="en" label="English">
      <track kind="subtitles" src="${MEDIA.chapters}" srclang="en" label="Other" default>
    </video></transcript-player>`);
    expect(withDefault.cues.map((cue) => cue.start)).to.deep.equal(chapters.map((cue) => cue.startTime));
    withDefault.remove();

    const captions = await nativeCues(MEDIA.captions);
    const firstOne = await loadPlayer(`<transcript-player><video muted>
      <source src="${MEDIA.mp4}" type="video/mp4">
      <track kind="captions" src="${MEDIA.captions}" srclang="en" label="English">
      <track kind="subtitles" src="${MEDIA.chapters}" srclang="en" label="Other">
    </video></transcript-player>`);
    expect(firstOne.cues.map((cue) => cue.start)).to.deep.equal(captions.map((cue) => cue.startTime));
    firstOne.remove();
  });

  it('adopts an <audio> as the compact audio player', async () => {
    const element = await loadPlayer(`<transcript-player><audio controls muted>
      <source src="${MEDIA.m4a}" type="audio/mp4">
      <track kind="captions" src="${MEDIA.captions}" srclang="en" label="English" default>
    </audio></transcript-player>`);
    const media = await withMetadata(element);
    expect(media.localName).to.equal('audio');
    expect(media.muted).to.equal(true);
    expect(new URL(media.currentSrc).pathname).to.equal(MEDIA.m4a);
    expect(element.shadowRoot!.querySelector('.layout')!.classList.contains('audio')).to.equal(true);
    element.remove();
  });

  it('lets attributes win over the children', async () => {
    const element =
      await loadPlayer(`<transcript-player src="${MEDIA.m4a}" captions="${MEDIA.chapters}" poster="/media/other.jpg">
      <video muted poster="${MEDIA.poster}">
        <source src="${MEDIA.mp4}" type="video/mp4">
        <track kind="captions" src="${MEDIA.captions}" srclang="en" label="English" default>
      </video></transcript-player>`);
    const media = await withMetadata(element);
    expect(new URL(media.currentSrc).pathname).to.equal(MEDIA.m4a);
    const chapters = await nativeCues(MEDIA.chapters);
    expect(element.cues.map((cue) => cue.start)).to.deep.equal(chapters.map((cue) => cue.startTime));
    element.remove();
  });
});
