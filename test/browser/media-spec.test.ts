import {expect} from '@open-wc/testing';
import './retries.js';
import {stringsFor} from '../../src/render/strings.js';
import {
  playerLabel,
  readMediaSpec,
  slottedCaptionTrack,
  slottedCaptionTracks,
  slottedMedia,
} from '../../src/media/media-spec.js';

/** A detached host holding `markup`, as a page would write it inside the element. */
function host(markup: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = markup;
  return element;
}

const abs = (path: string) => new URL(path, location.href).href;

describe('readMediaSpec', () => {
  const tests = [
    {
      name: 'src attribute, video by extension, poster attribute',
      attributes: {src: '/a.mp4', poster: '/p.jpg'},
      markup: '',
      expected: {kind: 'video', sources: [{src: '/a.mp4'}], poster: '/p.jpg'},
    },
    {
      name: 'src attribute, audio by extension',
      attributes: {src: '/a.m4a?x=1'},
      markup: '',
      expected: {kind: 'audio', sources: [{src: '/a.m4a?x=1'}]},
    },
    {
      name: 'src attribute, audio by type',
      attributes: {src: '/a.webm', type: 'audio/webm'},
      markup: '',
      expected: {kind: 'audio', sources: [{src: '/a.webm', type: 'audio/webm'}]},
    },
    {
      name: "src attribute takes the slotted video's poster when it has none",
      attributes: {src: '/a.mp4'},
      markup: '<video poster="/media/uprooting-isis.jpg"><source src="/b.mp4"></video>',
      expected: {kind: 'video', sources: [{src: '/a.mp4'}], poster: abs('/media/uprooting-isis.jpg')},
    },
    {
      name: 'nothing to play',
      attributes: {},
      markup: '<p>no media</p>',
      expected: undefined,
    },
  ];
  for (const {name, attributes, markup, expected} of tests) {
    it(name, () => {
      const element = host(markup);
      expect(readMediaSpec(attributes, slottedMedia(element), slottedCaptionTracks(element))).to.deep.equal(expected);
    });
  }

  it('slotted video: sources, kept attributes, poster, and every track but the mirrored ones', () => {
    const element = host(`<video muted loop controls preload="auto" poster="/media/uprooting-isis.jpg" data-x="1">
        <source src="/a.webm" type="video/webm"><source src="/a.mp4">
        <track kind="chapters" src="/ch.vtt"><track kind="captions" src="/en.vtt" default>
        <track kind="captions" src="/fr.vtt" srclang="fr"><track kind="metadata">
      </video>`);
    const mirrored = slottedCaptionTrack(element)!;
    expect(mirrored.getAttribute('src')).to.equal('/en.vtt');
    const spec = readMediaSpec({}, slottedMedia(element), slottedCaptionTracks(element))!;
    expect(spec.kind).to.equal('video');
    expect(spec.sources).to.deep.equal([{src: abs('/a.webm'), type: 'video/webm'}, {src: abs('/a.mp4')}]);
    expect(spec.poster).to.equal(abs('/media/uprooting-isis.jpg'));
    expect(spec.attributes).to.deep.equal([
      ['muted', ''],
      ['loop', ''],
      ['preload', 'auto'],
    ]);
    expect(spec.tracks!.map((track) => track.getAttribute('src'))).to.deep.equal(['/ch.vtt']);
  });

  it('slotted audio with a src attribute; the poster attribute wins', () => {
    const element = host('<audio src="/a.mp3"></audio>');
    const spec = readMediaSpec({poster: '/mine.jpg'}, slottedMedia(element), [])!;
    expect(spec).to.deep.include({kind: 'audio', sources: [{src: abs('/a.mp3')}], poster: '/mine.jpg'});
  });

  it('the mirrored track is the default captions or subtitles track, else the first one', () => {
    const first = host(
      '<video><track kind="chapters" src="/c.vtt"><track src="/1.vtt"><track kind="subtitles" src="/2.vtt"></video>',
    );
    expect(slottedCaptionTrack(first)!.getAttribute('src')).to.equal('/1.vtt');
    const byDefault = host(
      '<video><track kind="captions" src="/1.vtt"><track kind="subtitles" src="/2.vtt" default></video>',
    );
    expect(slottedCaptionTrack(byDefault)!.getAttribute('src')).to.equal('/2.vtt');
    expect(slottedCaptionTrack(host('<video><track kind="chapters" src="/c.vtt"></video>'))).to.be.undefined;
    // Only the element's own children count, not media nested deeper.
    expect(slottedMedia(host('<div><video></video></div>'))).to.be.undefined;
  });
});

describe('playerLabel', () => {
  const tests = [
    {lang: 'en', transcriptLabel: undefined, expected: 'Media player'},
    {lang: 'en', transcriptLabel: 'Uprooting ISIS', expected: 'Uprooting ISIS player'},
    {lang: 'es', transcriptLabel: undefined, expected: 'Reproductor multimedia'},
    {lang: 'ar', transcriptLabel: 'النص', expected: 'مشغّل النص'},
  ];
  for (const {lang, transcriptLabel, expected} of tests) {
    it(`${lang} ${transcriptLabel} -> ${expected}`, () =>
      expect(playerLabel(stringsFor(lang), transcriptLabel)).to.equal(expected));
  }
});
