import {expect, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {MEDIA, activeLines, cueLines, lineText, loadPlayer, seekTo, until, withMetadata} from './helpers.js';

const CAPTIONS = {
  en: MEDIA.captions,
  es: '/captions/uprooting-isis.es.vtt',
  ar: '/captions/uprooting-isis.ar.vtt',
};
const LABELS = {en: 'English', es: 'Español (traducción)', ar: 'العربية (ترجمة)'};
/** The first line of each file. */
const FIRST = {en: 'Uprooting ISIS', es: 'Desarraigar al ISIS', ar: 'اجتثاث داعش'};

/** The demo's video with its English captions (the default) and both translations. */
function threeLanguages(attributes = ''): string {
  return `<transcript-player ${attributes}>
    <video controls preload="metadata" muted>
      <source src="${MEDIA.mp4}" type="video/mp4">
      <track kind="captions" src="${CAPTIONS.en}" srclang="en" label="${LABELS.en}" default>
      <track kind="subtitles" src="${CAPTIONS.es}" srclang="es" label="${LABELS.es}">
      <track kind="subtitles" src="${CAPTIONS.ar}" srclang="ar" label="${LABELS.ar}">
    </video>
  </transcript-player>`;
}

const shadow = (element: TranscriptPlayerElement) => element.shadowRoot!;
const select = (element: TranscriptPlayerElement) =>
  shadow(element).querySelector<HTMLSelectElement>('[part~="language"]')!;
const list = (element: TranscriptPlayerElement) => shadow(element).querySelector<HTMLElement>('[part~="cues"]')!;
const scroller = (element: TranscriptPlayerElement) => shadow(element).querySelector<HTMLElement>('.scroller')!;

/** The overlay's tracks that show now (captions or subtitles). */
function showingTracks(media: HTMLMediaElement): TextTrack[] {
  return [...media.textTracks].filter((track) => track.mode === 'showing');
}

/** video.js's captions menu items, and the one it marks as chosen. */
function captionsMenu(element: TranscriptPlayerElement) {
  const items = [...shadow(element).querySelectorAll<HTMLElement>('.vjs-subs-caps-button .vjs-menu-item')];
  // Its own text, without the hidden " Captions" video.js adds to a captions track's item.
  const label = (item: HTMLElement) => item.querySelector('.vjs-menu-item-text')?.firstChild?.textContent?.trim() ?? '';
  return {
    item: (text: string) => items.find((item) => label(item) === text),
    off: () => items.find((item) => /\boff\b/i.test(label(item))),
    chosen: () => items.filter((item) => item.getAttribute('aria-checked') === 'true').map(label),
  };
}

/** Whether `line` lies wholly inside the panel's visible part. */
function inView(element: TranscriptPlayerElement, line: HTMLElement): boolean {
  const box = line.getBoundingClientRect();
  const view = scroller(element).getBoundingClientRect();
  return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
}

/** The line whose cue spans `time`. */
function lineAt(element: TranscriptPlayerElement, time: number): HTMLElement | undefined {
  return cueLines(element).find((line) => Number(line.dataset.start) <= time && time < Number(line.dataset.end));
}

describe('<transcript-player> in several languages', () => {
  let element: TranscriptPlayerElement;
  let media: HTMLMediaElement;

  afterEach(() => media?.pause());

  describe('the language control', () => {
    beforeEach(async () => {
      // The language tool alone: beside this small test player's video, the whole toolbar (two
      // rows) leaves the panel 164 px, less than a long Spanish line needs below the margin
      // following keeps above it, so "in view" could not hold in Firefox.
      element = await loadPlayer(threeLanguages('tools="language"'));
      media = await withMetadata(element);
    });

    it('lists the tracks by label, each option in its own language, named "Language"', () => {
      const control = select(element);
      expect(control.getAttribute('aria-label')).to.equal('Language');
      expect([...control.options].map((option) => option.textContent.trim())).to.deep.equal(Object.values(LABELS));
      expect([...control.options].map((option) => option.lang)).to.deep.equal(['en', 'es', 'ar']);
      expect(control.selectedIndex).to.equal(0);
      expect(element.language).to.equal(undefined);
      expect(lineText(cueLines(element)[0])).to.equal(FIRST.en);
    });

    it('switches by keyboard mid-playback: the spoken line stays highlighted and in view, following kept, transcript-load fired', async () => {
      // Late in the file, so the active line is far down the panel in every language.
      await seekTo(media, element.cues[29].start + 0.3);
      await media.play();
      await until(
        () => activeLines(element).length === 1 && inView(element, activeLines(element)[0]),
        'the line to follow',
      );
      expect(element.following).to.equal(true);

      const control = select(element);
      control.focus();
      expect(shadow(element).activeElement).to.equal(control);
      const loaded = oneEvent(element, 'transcript-load');
      await sendKeys({press: 'ArrowDown'});
      await loaded;
      expect(control.value).to.equal('1');
      expect(element.language).to.equal('es');
      expect(element.getAttribute('language')).to.equal('es');
      expect(lineText(cueLines(element)[0])).to.equal(FIRST.es);
      // At once: in the same task as the event, the line under the playhead is marked and shows.
      const time = element.currentTime;
      const active = activeLines(element);
      expect(active).to.have.length(1);
      expect(active[0]).to.equal(lineAt(element, time));
      expect(lineText(active[0])).to.match(/combatientes extranjeros|familiares|desplazados/);
      expect(inView(element, active[0]), 'the active line in view at once').to.equal(true);
      // And it stays there once the browser has laid out the new lines on screen.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(inView(element, active[0]), 'the active line in view two frames later').to.equal(true);
      expect(element.following).to.equal(true);
      expect(media.paused).to.equal(false);
      // Focus stays on the control, for another choice.
      expect(shadow(element).activeElement).to.equal(control);

      // And back, from the kept file, just as at once.
      const again = oneEvent(element, 'transcript-load');
      await sendKeys({press: 'ArrowUp'});
      await again;
      expect(element.language).to.equal('en');
      const back = activeLines(element);
      expect(back).to.have.length(1);
      expect(back[0]).to.equal(lineAt(element, element.currentTime));
      expect(inView(element, back[0])).to.equal(true);
      expect(element.following).to.equal(true);
    });

    it('keeps the reader where they were when not following', async () => {
      await seekTo(media, element.cues[2].start + 0.3);
      const panel = scroller(element);
      const line = cueLines(element)[35];
      // A reader's wheel scroll (the element's own scroll to the line sought may still be going;
      // a wheel says the reader took over). The line's place is measured: its group of lines, not
      // the scroller, is its offsetParent.
      panel.dispatchEvent(new WheelEvent('wheel', {bubbles: true, deltaY: 100}));
      panel.scrollTop += line.getBoundingClientRect().top - panel.getBoundingClientRect().top - 20;
      await until(() => !element.following, 'following to pause on the reader’s scroll');
      const loaded = oneEvent(element, 'transcript-load');
      element.language = 'ar';
      await loaded;
      expect(element.following).to.equal(false);
      const top = cueLines(element).find(
        (l) => l.getBoundingClientRect().bottom > panel.getBoundingClientRect().top + 1,
      )!;
      expect(Number(top.dataset.index)).to.be.within(34, 35);
    });
  });

  describe('the overlay and the player’s captions menu', () => {
    beforeEach(async () => {
      element = await loadPlayer(threeLanguages());
      media = await withMetadata(element);
      await until(() => !!captionsMenu(element).item(LABELS.ar), "video.js's captions menu to list every language");
    });

    it('follow the transcript: one track per language, the shown one in the transcript’s language', async () => {
      expect(showingTracks(media).map((track) => track.language)).to.deep.equal(['en']);
      expect(captionsMenu(element).chosen()).to.deep.equal([LABELS.en]);
      const loaded = oneEvent(element, 'transcript-load');
      select(element).value = '2';
      select(element).dispatchEvent(new Event('change'));
      await loaded;
      const showing = showingTracks(media);
      expect(showing.map((track) => track.language)).to.deep.equal(['ar']);
      expect(showing[0].label).to.equal(LABELS.ar);
      expect(showing[0].cues!.length).to.equal(element.cues.length);
      expect((showing[0].cues![0] as VTTCue).text).to.contain(FIRST.ar);
      await until(() => captionsMenu(element).chosen().join() === LABELS.ar, 'the menu to mark Arabic');
    });

    it('lead the transcript: choosing a language in the menu switches the transcript, lang and dir', async () => {
      const loaded = oneEvent(element, 'transcript-load');
      captionsMenu(element).item(LABELS.ar)!.click();
      await loaded;
      expect(element.language).to.equal('ar');
      expect(select(element).value).to.equal('2');
      expect(lineText(cueLines(element)[0])).to.equal(FIRST.ar);
      expect(list(element).lang).to.equal('ar');
      expect(list(element).dir).to.equal('rtl');
      expect(showingTracks(media).map((track) => track.language)).to.deep.equal(['ar']);
      // Captions off in the menu: the transcript keeps its language, and a switch keeps them off.
      captionsMenu(element).off()!.click();
      await until(() => showingTracks(media).length === 0, 'the captions to go off');
      const next = oneEvent(element, 'transcript-load');
      element.language = 'es';
      await next;
      expect(lineText(cueLines(element)[0])).to.equal(FIRST.es);
      expect(showingTracks(media)).to.have.length(0);
    });
  });

  describe('direction', () => {
    it('sets lang and dir on the lines, and mirrors an Arabic transcript: time on the right, bar on the right', async () => {
      element = await loadPlayer(threeLanguages('language="ar"'));
      media = await withMetadata(element);
      expect(list(element).lang).to.equal('ar');
      expect(list(element).dir).to.equal('rtl');
      await seekTo(media, element.cues[14].start + 0.3);
      const line = activeLines(element)[0];
      expect(lineText(line)).to.contain('(Global Coalition to Defeat ISIS)');
      const time = line.querySelector('[part~="time"]')!.getBoundingClientRect();
      const text = line.querySelector('[part~="text"]')!.getBoundingClientRect();
      expect(time.left, 'the time column right of the text').to.be.greaterThan(text.right - 1);
      expect(getComputedStyle(line).direction).to.equal('rtl');
      expect(getComputedStyle(line).textAlign).to.be.oneOf(['start', 'right']);
      expect(getComputedStyle(line).boxShadow).to.contain('-4px');

      const loaded = oneEvent(element, 'transcript-load');
      element.language = 'en';
      await loaded;
      expect(list(element).lang).to.equal('en');
      expect(list(element).dir).to.equal('ltr');
      const english = activeLines(element)[0];
      const englishTime = english.querySelector('[part~="time"]')!.getBoundingClientRect();
      expect(englishTime.right).to.be.lessThan(
        english.querySelector('[part~="text"]')!.getBoundingClientRect().left + 1,
      );
      expect(getComputedStyle(english).boxShadow).not.to.contain('-4px');
    });

    it('takes several languages from the captions attribute too', async () => {
      element = await loadPlayer(
        `<transcript-player src="${MEDIA.mp4}" language="es" captions="${CAPTIONS.en}; ${CAPTIONS.es} es ${LABELS.es}"></transcript-player>`,
      );
      media = await withMetadata(element);
      expect([...select(element).options].map((option) => option.textContent.trim())).to.deep.equal([
        'English',
        LABELS.es,
      ]);
      expect(select(element).value).to.equal('1');
      expect(lineText(cueLines(element)[0])).to.equal(FIRST.es);
      expect(list(element).lang).to.equal('es');
    });
  });

  describe('interface strings', () => {
    const heading = (element: TranscriptPlayerElement) =>
      shadow(element).querySelector('#transcript-heading')!.textContent.replace(/\s+/g, ' ').trim();
    const spoken = (element: TranscriptPlayerElement, i: number) =>
      cueLines(element)[i].querySelector('[part~="time"] .sr')!.textContent;

    it('switch with the element’s lang, or its nearest ancestor’s, and a page overrides them', async () => {
      element = await loadPlayer(threeLanguages());
      media = await withMetadata(element);
      const player = () => element.player!.el().getAttribute('aria-label');
      const shortcuts = () => shadow(element).querySelector('[part~="shortcuts"] .sr')!.textContent;
      expect(heading(element)).to.equal('Transcript');
      expect(player()).to.equal('Media player');

      element.setAttribute('lang', 'es');
      await until(() => heading(element) === 'Transcripción', 'the Spanish heading');
      await element.updateComplete;
      expect(shortcuts()).to.equal('Atajos de teclado');
      expect(select(element).getAttribute('aria-label')).to.equal('Idioma');
      expect(shadow(element).querySelector('[part~="download"] summary')!.textContent).to.equal('Descargar');
      expect(player()).to.equal('Reproductor multimedia');
      expect(element.transcriptLabel).to.equal('Transcripción');

      // From an ancestor, once the element has none of its own.
      element.removeAttribute('lang');
      element.parentElement!.setAttribute('lang', 'ar-EG');
      await until(() => heading(element) === 'النص المكتوب', 'the Arabic heading');
      await element.updateComplete;
      expect(shortcuts()).to.equal('اختصارات لوحة المفاتيح');

      element.strings = {transcript: 'Notes', shortcuts: 'Keys'};
      await element.updateComplete;
      expect(heading(element)).to.equal('Notes');
      expect(shortcuts()).to.equal('Keys');
      expect(select(element).getAttribute('aria-label')).to.equal('اللغة');
      element.parentElement!.removeAttribute('lang');
    });

    it('say line times in the transcript’s language, through Intl', async () => {
      element = await loadPlayer(threeLanguages('language="es"'));
      media = await withMetadata(element);
      expect(spoken(element, 3)).to.equal('11 segundos');
      expect(spoken(element, 14)).to.equal('1 minuto 2 segundos');
      const loaded = oneEvent(element, 'transcript-load');
      element.language = 'en';
      await loaded;
      expect(spoken(element, 14)).to.equal('1 minute 2 seconds');
    });
  });

  describe('axe', () => {
    for (const lang of ['en', 'es', 'ar'] as const) {
      it(`finds nothing with the interface and transcript in ${lang}`, async () => {
        element = await loadPlayer(
          threeLanguages(`lang="${lang}" language="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}`),
        );
        media = await withMetadata(element);
        expect(lineText(cueLines(element)[0])).to.equal(FIRST[lang]);
        await expect(element).shadowDom.to.be.accessible();
      });
    }
  });
});
