// The transcript toolbar and chapters (issue 12): chapter headings grouping their lines, the
// chapter control's jumps, the playing chapter marked, the chapters attribute and a failing
// chapters file, the "Show times" and "Follow along" switches, the tools attribute, and a
// keyboard-only walk through the toolbar. Real media and chapters.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {ENGINE, MEDIA, cueLines, loadPlayer, mediaEvent, nativeCues, seekTo, until, withMetadata} from './helpers.js';

let element: TranscriptPlayerElement;
let before: HTMLButtonElement | undefined;

afterEach(() => {
  element?.media?.pause();
  element?.remove();
  before?.remove();
  before = undefined;
});

const root = () => element.shadowRoot!;
const part = (name: string) => root().querySelector<HTMLElement>(`[part~="${name}"]`)!;
const headings = () => [...root().querySelectorAll<HTMLElement>('[part~="chapter"]')];
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

function slotted(attributes = ''): string {
  return `<transcript-player ${attributes}>
    <video preload="metadata" poster="${MEDIA.poster}">
      <source src="${MEDIA.mp4}">
      <track kind="captions" src="${MEDIA.captions}" srclang="en" label="English" default>
      <track kind="chapters" src="${MEDIA.chapters}" srclang="en" label="Chapters">
    </video>
  </transcript-player>`;
}

async function ready(markup: string): Promise<TranscriptPlayerElement> {
  element = await loadPlayer(markup);
  const media = await withMetadata(element);
  media.muted = true;
  return element;
}

function inView(node: HTMLElement): boolean {
  const scroller = root().querySelector('.scroller')!.getBoundingClientRect();
  const box = node.getBoundingClientRect();
  return box.top >= scroller.top - 1 && box.bottom <= scroller.bottom + 1;
}

describe('chapters inside the transcript', () => {
  it('puts each chapter heading before its first line, its lines in a group named by it', async () => {
    await ready(slotted());
    // The chapters as the browser's own track parser reads them.
    const chapters = await nativeCues(MEDIA.chapters);
    expect(headings().map((h) => h.textContent)).to.deep.equal(chapters.map((c) => c.text));
    const lines = cueLines(element);
    for (const [i, heading] of headings().entries()) {
      const first = element.cues.findIndex((cue) => cue.start >= chapters[i].startTime);
      const group = heading.parentElement!;
      expect(heading.localName).to.equal('h3');
      expect(group.getAttribute('role')).to.equal('group');
      expect(group.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(group.querySelector('[part~="cue"]'), `chapter ${i + 1}'s first line`).to.equal(lines[first]);
      // Every line of the chapter, and none other, is in its group.
      const next = element.cues.findIndex((cue) => cue.start >= (chapters[i + 1]?.startTime ?? Infinity));
      const count = (next < 0 ? lines.length : next) - first;
      expect(group.querySelectorAll('[part~="cue"]').length).to.equal(count);
      expect(group.querySelector('[role="list"]')).to.exist;
    }
    expect(part('cues').hasAttribute('role'), 'the lists are in the groups').to.be.false;
  });

  it('the chapter control jumps to a chapter: seeks, shows its heading, marks it in both', async () => {
    await ready(slotted());
    const select = part('chapters') as HTMLSelectElement;
    expect(select.localName).to.equal('select');
    expect(select.getAttribute('aria-label')).to.equal('Chapter');
    expect([...select.options].map((o) => o.text)).to.deep.equal(headings().map((h) => h.textContent));
    const media = element.media!;
    const seeked = mediaEvent(media, 'seeked');
    select.selectedIndex = 4;
    select.dispatchEvent(new Event('change', {bubbles: true}));
    await seeked;
    const chapters = await nativeCues(MEDIA.chapters);
    expect(media.currentTime).to.be.closeTo(chapters[4].startTime, 0.05);
    const heading = headings()[4];
    await until(() => inView(heading), 'the chapter heading in view');
    expect(heading.getAttribute('aria-current')).to.equal('true');
    expect(heading.getAttribute('part')).to.equal('chapter current-chapter');
    expect(headings().filter((h) => h.hasAttribute('aria-current'))).to.have.length(1);
    // Playback moves the mark with it.
    await seekTo(media, chapters[1].startTime + 1);
    await until(() => headings()[1].getAttribute('aria-current') === 'true', 'chapter 2 marked');
    await element.updateComplete;
    expect(select.selectedIndex).to.equal(1);
  });

  it("takes chapters from the chapters attribute too, and hides video.js's Chapters menu for its own", async () => {
    await ready(
      `<transcript-player src="${MEDIA.mp4}" captions="${MEDIA.captions}" chapters="${MEDIA.chapters}"></transcript-player>`,
    );
    await until(() => headings().length === 6, 'six chapter headings');
    element.remove();
    await ready(slotted());
    await until(() => !!root().querySelector('.vjs-chapters-button'), "video.js's Chapters button");
    expect(getComputedStyle(root().querySelector('.vjs-chapters-button')!).display).to.equal('none');
  });

  it("keeps video.js's Chapters menu when the toolbar has no chapter control", async () => {
    await ready(slotted('tools="search follow"'));
    expect(root().querySelector('[part~="chapters"]')).to.equal(null);
    await until(() => !!root().querySelector('.vjs-chapters-button:not(.vjs-hidden)'), "video.js's Chapters button");
    // Not hidden by the element's rule (video.js's own responsive layout may still hide it in a
    // narrow player, as Firefox's test page makes it).
    const button = root().querySelector('.vjs-chapters-button')!;
    expect(root().querySelector('.layout')!.classList.contains('own-chapters')).to.be.false;
    expect(button.matches('.own-chapters .vjs-chapters-button')).to.be.false;
    // The headings stay in the transcript.
    expect(headings()).to.have.length(6);
  });

  it('a chapters file that fails shows an alert and loses nothing else', async () => {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<transcript-player src="${MEDIA.mp4}" captions="${MEDIA.captions}" chapters="/captions/missing.chapters.vtt"></transcript-player>`;
    element = wrapper.firstElementChild as TranscriptPlayerElement;
    const error = new Promise<Event>((resolve) => element.addEventListener('transcript-error', resolve, {once: true}));
    const loaded = mediaEvent(element, 'transcript-load');
    document.body.append(element);
    const event = (await error) as Event & {source: string};
    await loaded;
    expect(event.source).to.equal('chapters');
    await element.updateComplete;
    const alert = part('error');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('Chapters could not be loaded');
    expect(cueLines(element)).to.have.length(element.cues.length);
    expect(element.cues.length).to.be.greaterThan(40);
    expect(headings()).to.have.length(0);
    expect(root().querySelector('[part~="chapters"]')).to.equal(null);
  });

  it('prints the chapter headings with the lines and no toolbar (the print rules applied as screen)', async () => {
    // As links-share.test.ts does: only Chromium can emulate print media, so the rules are
    // applied to the screen, in every engine.
    await ready(slotted());
    const rule = root()
      .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .find(
        (r): r is CSSMediaRule =>
          r instanceof CSSMediaRule && r.conditionText === 'print' && r.cssText.includes('.toolbar'),
      )!;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync([...rule.cssRules].map((r) => r.cssText).join('\n'));
    root().adoptedStyleSheets = [...root().adoptedStyleSheets, sheet];
    await frame();
    expect(getComputedStyle(part('toolbar')).display).to.equal('none');
    for (const heading of headings()) {
      expect(getComputedStyle(heading).display).to.equal('block');
      expect(heading.getBoundingClientRect().height).to.be.greaterThan(10);
      expect(getComputedStyle(heading).color).to.equal('rgb(0, 0, 0)');
    }
    const lines = cueLines(element);
    expect(headings()[5].getBoundingClientRect().top).to.be.lessThan(
      lines[lines.length - 1].getBoundingClientRect().top,
    );
  });
});

describe('the toolbar', () => {
  it('"Show times" hides and shows the lines\' times; hide-times starts hidden', async () => {
    await ready(slotted());
    const times = part('times');
    expect(times.getAttribute('role')).to.equal('switch');
    expect(times.textContent.trim()).to.equal('Show times');
    expect(times.getAttribute('aria-checked')).to.equal('true');
    const time = part('time');
    expect(getComputedStyle(time).display).not.to.equal('none');
    times.click();
    await element.updateComplete;
    expect(element.hideTimes).to.be.true;
    expect(element.hasAttribute('hide-times')).to.be.true;
    expect(times.getAttribute('aria-checked')).to.equal('false');
    expect(getComputedStyle(time).display).to.equal('none');
    // The text takes the line's whole width.
    const line = cueLines(element)[3];
    const text = line.querySelector<HTMLElement>('[part~="text"]')!;
    expect(text.getBoundingClientRect().left - line.getBoundingClientRect().left).to.be.lessThan(20);
    element.remove();
    await ready(slotted('hide-times'));
    expect(getComputedStyle(part('time')).display).to.equal('none');
    expect(part('times').getAttribute('aria-checked')).to.equal('false');
  });

  it('"Follow along" is the following state, both ways', async () => {
    await ready(slotted());
    const follow = part('follow');
    expect(follow.getAttribute('role')).to.equal('switch');
    expect(follow.getAttribute('aria-checked')).to.equal('true');
    follow.click();
    await element.updateComplete;
    expect(element.following).to.be.false;
    expect(follow.getAttribute('aria-checked')).to.equal('false');
    expect(part('resume').hidden, '"Resume following" shows').to.be.false;
    follow.click();
    await element.updateComplete;
    expect(element.following).to.be.true;
    expect(follow.getAttribute('aria-checked')).to.equal('true');
    // Scrolling the panel stops following; the switch says so.
    element.following = false;
    await element.updateComplete;
    expect(follow.getAttribute('aria-checked')).to.equal('false');
  });

  it('shows the tools the tools attribute lists, in its order, and none for an empty one', async () => {
    await ready(slotted('tools="download times"'));
    const toolbar = part('toolbar');
    const shown = [...toolbar.children].map((child) => child.getAttribute('part'));
    expect(shown).to.deep.equal(['download', 'times']);
    element.tools = '';
    await element.updateComplete;
    expect(root().querySelector('[part~="toolbar"]')).to.equal(null);
  });

  it('wraps onto more rows when narrow, every control at least 24 px square', async () => {
    await ready(slotted('style="width: 320px"'));
    await frame();
    const toolbar = part('toolbar');
    const controls = [...toolbar.querySelectorAll<HTMLElement>('input, button, select, summary')];
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      expect(box.height, control.outerHTML.slice(0, 50)).to.be.at.least(24);
      expect(box.width, control.outerHTML.slice(0, 50)).to.be.at.least(24);
      expect(box.right, 'inside the panel').to.be.at.most(toolbar.getBoundingClientRect().right + 0.5);
    }
    const tops = new Set(controls.map((c) => Math.round(c.getBoundingClientRect().top)));
    expect(tops.size, 'more than one row').to.be.greaterThan(1);
  });

  it('can be walked and used by keyboard alone, each stop with a visible focus ring', async () => {
    await ready(slotted());
    before = document.createElement('button');
    before.textContent = 'Before';
    element.before(before);
    // From the "?" button in the header, Tab goes through the toolbar in order.
    part('shortcuts').focus();
    const stops: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({press: 'Tab'});
      const focused = root().activeElement as HTMLElement;
      stops.push(focused.getAttribute('part') ?? focused.closest('[part]')!.getAttribute('part')!);
      expect(getComputedStyle(focused).outlineStyle, `${stops.at(-1)} shows focus`).to.equal('solid');
    }
    // The previous/next buttons are disabled while there is no match.
    expect(stops).to.deep.equal(['search', 'chapters', 'follow', 'times', 'download']);
    // Space flips a switch.
    // WebKitGTK's WebDriver cannot hold Shift: there focus goes back by script.
    if (ENGINE === 'webkit') part('times').focus();
    else {
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Tab'});
      await sendKeys({up: 'Shift'});
    }
    expect(root().activeElement).to.equal(part('times'));
    await sendKeys({press: ' '});
    await element.updateComplete;
    expect(element.hideTimes).to.be.true;
    // The search, by keyboard: type, then Tab reaches previous and next.
    part('search').focus();
    await sendKeys({type: 'isis'});
    await until(() => part('search-count').textContent.includes(' of '), 'a count');
    await sendKeys({press: 'Tab'});
    expect(root().activeElement).to.equal(part('search-previous'));
    await sendKeys({press: 'Tab'});
    expect(root().activeElement).to.equal(part('search-next'));
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(part('search-count').textContent).to.match(/^2 of \d+$/);
  });
});
