// Transcript search (issue 12): counts, accent- and case-insensitive matches, the highlights, the
// current match moving and scrolled into view, the keys of the search field, the timeline marks
// on video.js's progress bar, the search() method and the transcript-search event; real media,
// and a 10,000-cue transcript.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {TranscriptSearchEvent} from '../../src/events.js';
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {ENGINE, MEDIA, cueLines, loadPlayer, until, withMetadata} from './helpers.js';

const ACCENTS = `WEBVTT

00:00:01.000 --> 00:00:04.000
<v Ann>Un précédent
important</v>

00:00:05.000 --> 00:00:08.000
<v Bob>Sans PRÉCÉDENT, dit Bob.</v>

00:00:10.000 --> 00:00:12.000
<v Bob>Rien ici.</v>
`;

const part = (element: TranscriptPlayerElement, name: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const field = (element: TranscriptPlayerElement) => part(element, 'search') as HTMLInputElement;
const highlight = (name: string) => CSS.highlights.get(`transcript-player-${name}`);

/** The text each of this player's match ranges covers, in order. */
function marked(element: TranscriptPlayerElement, name = 'match'): string[] {
  return [...(highlight(name) ?? [])]
    .filter((range) => element.shadowRoot!.contains(range.startContainer))
    .map((range) => {
      const live = new Range();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      return live.toString();
    });
}

/** Every match is marked in slices after the keystroke: waits until `count` are. */
async function allMarked(element: TranscriptPlayerElement, count: number): Promise<void> {
  await until(() => marked(element).length === count, `${count} matches marked`);
  await element.updateComplete;
}

/**
 * Presses `key` with `modifier` held. WebKitGTK's WebDriver only presses and types (it cannot
 * hold a modifier): there the chord is a keydown event on the focused element, which is what the
 * element handles.
 */
async function chord(modifier: 'Shift' | 'Control', key: string): Promise<void> {
  if (ENGINE === 'webkit') {
    const target = element.shadowRoot!.activeElement ?? document.activeElement!;
    const init = {key, bubbles: true, composed: true, cancelable: true};
    target.dispatchEvent(
      new KeyboardEvent('keydown', {...init, shiftKey: modifier === 'Shift', ctrlKey: modifier === 'Control'}),
    );
    return;
  }
  await sendKeys({down: modifier});
  await sendKeys({press: key});
  await sendKeys({up: modifier});
}

/** Types `text` into the search field as a reader does. */
async function type(element: TranscriptPlayerElement, text: string): Promise<void> {
  field(element).focus();
  await sendKeys({type: text});
  await until(() => field(element).value === text, `the field to read "${text}"`);
  await element.updateComplete;
}

function inView(element: TranscriptPlayerElement, line: HTMLElement): boolean {
  const scroller = element.shadowRoot!.querySelector('.scroller')!.getBoundingClientRect();
  const box = line.getBoundingClientRect();
  return box.top >= scroller.top - 1 && box.bottom <= scroller.bottom + 1;
}

let element: TranscriptPlayerElement;
let url: string;

afterEach(() => {
  element?.media?.pause();
  element?.remove();
});

describe('transcript search', () => {
  async function withAccents(attributes = ''): Promise<TranscriptPlayerElement> {
    url = URL.createObjectURL(new Blob([ACCENTS], {type: 'text/vtt'}));
    element = await loadPlayer(
      `<transcript-player src="${MEDIA.mp4}" captions="${url}" ${attributes}></transcript-player>`,
    );
    await withMetadata(element);
    return element;
  }

  it('is a labelled search field in the toolbar', async () => {
    await withAccents();
    const input = field(element);
    expect(input.type).to.equal('search');
    expect(input.getAttribute('aria-label')).to.equal('Search transcript');
    expect(part(element, 'toolbar').contains(input)).to.be.true;
  });

  it('matches case- and accent-insensitively, across a line break in a cue, and speaker names', async () => {
    await withAccents();
    await type(element, 'precedent');
    expect(part(element, 'search-count').textContent.trim()).to.equal('1 of 2');
    await allMarked(element, 2);
    expect(marked(element)).to.deep.equal(['précédent', 'PRÉCÉDENT']);
    expect(element.search('PRECEDENT important')).to.equal(1);
    await allMarked(element, 1);
    expect(marked(element)).to.deep.equal(['précédent important']);
    // "Bob" is both a speaker label and a word.
    expect(element.search('bob')).to.equal(2);
    await allMarked(element, 2);
    expect(marked(element)).to.deep.equal(['Bob', 'Bob']);
    expect(element.search('nothing like this')).to.equal(0);
    await allMarked(element, 0);
    expect(part(element, 'search-count').textContent.trim()).to.equal('No matches');
    expect(marked(element)).to.deep.equal([]);
  });

  it('marks the lines holding matches and the current one with parts, and the current range apart', async () => {
    await withAccents();
    await type(element, 'précédent');
    await allMarked(element, 2);
    const lines = cueLines(element);
    expect(lines.map((line) => line.getAttribute('part'))).to.deep.equal([
      'cue match current-match',
      'cue match',
      'cue',
    ]);
    expect(marked(element, 'current-match')).to.deep.equal(['précédent']);
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(part(element, 'search-count').textContent.trim()).to.equal('2 of 2');
    expect(marked(element, 'current-match')).to.deep.equal(['PRÉCÉDENT']);
    expect(lines[1].getAttribute('part')).to.equal('cue match current-match');
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(part(element, 'search-count').textContent.trim(), 'Enter wraps around').to.equal('1 of 2');
    await chord('Shift', 'Enter');
    await element.updateComplete;
    expect(part(element, 'search-count').textContent.trim()).to.equal('2 of 2');
    expect(element.shadowRoot!.activeElement, 'focus stays in the field').to.equal(field(element));
  });

  it('the previous and next buttons move the current match', async () => {
    await withAccents();
    element.search('precedent');
    await element.updateComplete;
    part(element, 'search-next').click();
    await element.updateComplete;
    expect(part(element, 'search-count').textContent.trim()).to.equal('2 of 2');
    part(element, 'search-previous').click();
    await element.updateComplete;
    expect(part(element, 'search-count').textContent.trim()).to.equal('1 of 2');
  });

  it('Escape clears the search, its highlights and its marks', async () => {
    await withAccents();
    await type(element, 'bob');
    await allMarked(element, 2);
    const cleared = new Promise<TranscriptSearchEvent>((resolve) =>
      element.addEventListener('transcript-search', resolve, {once: true}),
    );
    await sendKeys({press: 'Escape'});
    expect((await cleared).query).to.equal('');
    await allMarked(element, 0);
    expect(field(element).value).to.equal('');
    expect(marked(element, 'current-match')).to.deep.equal([]);
    expect(cueLines(element).map((line) => line.getAttribute('part'))).to.deep.equal(['cue', 'cue', 'cue']);
    expect(element.shadowRoot!.querySelector('.transcript-mark')).to.equal(null);
    expect(part(element, 'search-count').hidden).to.be.true;
  });

  it('fires transcript-search with the query and the count as the reader types', async () => {
    await withAccents();
    const events: {query: string; count: number}[] = [];
    element.addEventListener('transcript-search', (event) => events.push({query: event.query, count: event.count}));
    await type(element, 'bob');
    expect(events).to.deep.equal([
      {query: 'b', count: 4},
      {query: 'bo', count: 2},
      {query: 'bob', count: 2},
    ]);
    element.search('ici');
    expect(events, 'search() fires nothing').to.have.length(3);
  });

  it('says the count to screen readers only once typing pauses', async () => {
    await withAccents();
    const status = element.shadowRoot!.querySelector('.search-tool [role="status"]')!;
    await type(element, 'pre');
    expect(status.textContent.trim(), 'not at each keystroke').to.equal('');
    await until(() => status.textContent.trim() === '1 of 2', 'the count to be announced', 3000);
  });

  it('Ctrl+Enter plays from the current match', async () => {
    await withAccents();
    const media = element.media!;
    media.muted = true;
    await type(element, 'rien');
    await chord('Control', 'Enter');
    await until(() => !media.paused && media.currentTime >= 10, 'playback from the match at 10 s');
    expect(media.currentTime).to.be.lessThan(12);
  });

  it('puts a mark on the progress bar at each matching line, and moves none when there is none', async () => {
    await withAccents();
    element.search('précédent');
    await allMarked(element, 2);
    const holder = element.shadowRoot!.querySelector<HTMLElement>('.vjs-progress-holder')!;
    const marks = [...holder.querySelectorAll<HTMLElement>('.transcript-mark')];
    const duration = element.media!.duration;
    expect(marks).to.have.length(2);
    for (const [i, start] of [1, 5].entries()) {
      expect(parseFloat(marks[i].style.left)).to.be.closeTo((start / duration) * 100, 0.001);
    }
    // Drawn where the times are: each mark's centre over its share of the bar.
    const bar = holder.getBoundingClientRect();
    for (const [i, start] of [1, 5].entries()) {
      const box = marks[i].getBoundingClientRect();
      expect(box.left + box.width / 2 - bar.left).to.be.closeTo((start / duration) * bar.width, 1.5);
    }
    element.search('');
    await allMarked(element, 0);
    expect(holder.querySelector('.transcript-mark')).to.equal(null);
  });
});

describe('search in the real transcript', () => {
  beforeEach(async () => {
    element = await loadPlayer(
      `<transcript-player src="${MEDIA.mp4}" captions="${MEDIA.captions}"></transcript-player>`,
    );
    await withMetadata(element);
  });

  it('counts every match and brings the current one into view, pausing follow mode', async () => {
    const expected = element.cues.reduce((sum, cue) => sum + cue.text.toLowerCase().split('syria').length - 1, 0);
    expect(expected).to.be.greaterThan(2);
    await type(element, 'SYRIA');
    expect(part(element, 'search-count').textContent.trim()).to.equal(`1 of ${expected}`);
    for (let i = 1; i < expected; i++) await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(part(element, 'search-count').textContent.trim()).to.equal(`${expected} of ${expected}`);
    const current = part(element, 'current-match');
    await until(() => inView(element, current), 'the last match scrolled into view');
    expect(element.following).to.be.false;
    await allMarked(element, expected);
  });
});

describe('search over 10,000 cues', () => {
  const COUNT = 10000;
  before(() => {
    const parts = ['WEBVTT', ''];
    const stamp = (ms: number) => new Date(ms).toISOString().slice(11, 23);
    for (let n = 0; n < COUNT; n++)
      parts.push(`${stamp(n * 21)} --> ${stamp(n * 21 + 20)}`, `Line ${n} of the long transcript`, '');
    url = URL.createObjectURL(new Blob([parts.join('\n')], {type: 'text/vtt'}));
  });

  after(() => URL.revokeObjectURL(url));

  it('counts, marks and moves to the right line, quickly', async () => {
    element = await loadPlayer(`<transcript-player src="${MEDIA.mp4}" captions="${url}"></transcript-player>`);
    await withMetadata(element);
    expect(element.search('line 999')).to.equal(11); // 999 and 9990..9999
    await allMarked(element, 11);
    // Every keystroke is a new search: each does the count and the current match at once (the
    // rest is marked in slices after it). The benchmark measures this finely; here, a loose bound.
    const times: number[] = [];
    for (const query of ['l', 'li', 'lin', 'line', 'line ', 'line 4', 'line 42', 'line 424']) {
      const started = performance.now();
      element.search(query);
      times.push(performance.now() - started);
    }
    console.log(`search over ${COUNT} cues, per keystroke (ms): ${times.map((t) => t.toFixed(1)).join(' ')}`);
    // Only a gross regression (a rebuild, a read of every line) fails here: Firefox on a busy
    // CI machine took 70 to 190 ms; `npm run bench` holds the 16 ms target, in Chromium.
    expect(Math.max(...times)).to.be.lessThan(400);
    await allMarked(element, 11); // 424 and 4240..4249
    expect(element.search('line 9999 of')).to.equal(1);
    const current = part(element, 'current-match');
    expect(current).to.equal(cueLines(element)[9999]);
    await until(() => inView(element, current), 'the last line scrolled into view');
  });
});
