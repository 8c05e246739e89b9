import {expect, fixture, html} from '@open-wc/testing';
import './retries.js';
import {parseVtt} from '../../src/cues/parse-vtt.js';
import {LINES_PER_GROUP, TranscriptView} from '../../src/render/transcript-view.js';

// The view alone, with no media and no element: a list in a shadow root, as the element has.
const VTT = `WEBVTT

00:00.000 --> 00:02.000
<v Ann>First <00:00.500>line <00:01.000>with <00:01.500>words

00:02.000 --> 00:04.000
<v Ann>Second line

00:04.000 --> 00:06.000
<v Bo>Third <b>bold</b> line

00:05.000 --> 00:07.000
Fourth, overlapping the third
`;

const cues = parseVtt(VTT).cues;

async function makeList(): Promise<{list: HTMLElement; root: ShadowRoot}> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = host.attachShadow({mode: 'open'});
  const list = document.createElement('div');
  list.setAttribute('role', 'list');
  root.append(list);
  return {list, root};
}

const tabStops = (list: HTMLElement) => [...list.querySelectorAll('[tabindex="0"]')];
const current = (list: HTMLElement) =>
  [...list.querySelectorAll<HTMLElement>('[aria-current="true"]')].map((line) => Number(line.dataset.index));

describe('TranscriptView', () => {
  let view: TranscriptView;
  let list: HTMLElement;
  let root: ShadowRoot;

  beforeEach(async () => {
    ({list, root} = await makeList());
    view = new TranscriptView();
    view.build(list, cues);
  });

  it('builds one link per cue in a list item, grouped, with one tab stop on the first line', () => {
    expect(view.lines).to.have.length(4);
    expect(list.querySelectorAll('[role="listitem"] > a[href].cue')).to.have.length(4);
    expect(view.lines.every((line) => line.parentElement!.getAttribute('role') === 'listitem')).to.be.true;
    expect(list.querySelectorAll('.chunk')).to.have.length(Math.ceil(4 / LINES_PER_GROUP));
    expect(tabStops(list)).to.deep.equal([view.lines[0]]);
    expect(view.tabStop).to.equal(0);
    expect(view.lines[2].querySelector('b')!.textContent).to.equal('bold');
    // The speaker is named where it changes, and not repeated.
    expect(view.lines[0].querySelector('.speaker')!.textContent).to.equal('Ann');
    expect(view.lines[1].querySelector('.speaker')).to.equal(null);
    expect(view.lines[2].querySelector('.speaker')!.textContent).to.equal('Bo');
  });

  it('marks exactly the active lines, and unmarks the ones no longer active', () => {
    view.markActive([2, 3]);
    expect(current(list)).to.deep.equal([2, 3]);
    expect(view.lines[2].getAttribute('part')).to.equal('cue active');
    view.markActive([3]);
    expect(current(list)).to.deep.equal([3]);
    expect(view.lines[2].getAttribute('part')).to.equal('cue');
    view.markActive([]);
    expect(current(list)).to.deep.equal([]);
  });

  it('moves the one tab stop and focuses a line without scrolling the page', () => {
    view.setTabStop(2);
    expect(tabStops(list)).to.deep.equal([view.lines[2]]);
    expect(view.hasFocus()).to.be.false;
    const scrollY = window.scrollY;
    const line = view.focusLine(3);
    expect(line).to.equal(view.lines[3]);
    expect(root.activeElement).to.equal(view.lines[3]);
    expect(tabStops(list)).to.deep.equal([view.lines[3]]);
    expect(view.hasFocus()).to.be.true;
    expect(window.scrollY).to.equal(scrollY);
    expect(view.focusLine(99)).to.be.undefined;
    expect(root.activeElement).to.equal(view.lines[3]);
  });

  it('finds the line an event happened in, from any element inside it', () => {
    const bold = view.lines[2].querySelector('b')!;
    let found: number | undefined;
    list.addEventListener('click', (event) => (found = view.lineIndexOf(event)), {once: true});
    bold.click();
    expect(found).to.equal(2);
    list.addEventListener('click', (event) => (found = view.lineIndexOf(event)), {once: true});
    list.click();
    expect(found).to.be.undefined;
  });

  it('marks the word being spoken from the cue timestamps, and clears it', function () {
    // The CSS Custom Highlight API is needed to see the mark; where an engine lacks it the view
    // marks nothing, which the element's own tests cover.
    if (typeof Highlight === 'undefined' || !CSS.highlights) this.skip();
    const marked = () =>
      [...(CSS.highlights.get('transcript-player-word') ?? [])].map((range) => (range as Range).toString());
    view.markWord(0, 0.2);
    expect(marked()).to.deep.equal(['First']);
    view.markWord(0, 1.2);
    expect(marked()).to.deep.equal(['with']);
    view.markWord(1, 2.5);
    expect(marked()).to.deep.equal([]);
    view.markWord(0, 1.7);
    expect(marked()).to.deep.equal(['words']);
    view.clearWord();
    expect(marked()).to.deep.equal([]);
  });

  it('a rebuild replaces the lines and starts the tab stop and marks afresh', () => {
    view.setTabStop(3);
    view.markActive([1]);
    view.build(list, cues.slice(0, 2));
    expect(view.lines).to.have.length(2);
    expect(list.querySelectorAll('[role="listitem"]')).to.have.length(2);
    expect(tabStops(list)).to.deep.equal([view.lines[0]]);
    expect(current(list)).to.deep.equal([]);
    view.build(list, []);
    expect(view.lines).to.have.length(0);
    expect(tabStops(list)).to.deep.equal([]);
  });
});
