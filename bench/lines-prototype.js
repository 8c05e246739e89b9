// A prototype for the long-list decision: the transcript's lines rendered two ways in a Lit
// element with the same markup as <transcript-player> -- every line in the DOM with
// `content-visibility: auto`, or only the lines near the viewport with @lit-labs/virtualizer.
import {LitElement, css, html, nothing} from 'lit';
import {virtualize, virtualizerRef} from '@lit-labs/virtualizer/virtualize.js';
import {formatTime} from '../src/cues/format-time.ts';

/** @typedef {import('../src/cues/types.js').RichCue} RichCue */
/** @typedef {import('@lit-labs/virtualizer/virtualize.js').VirtualizerHostElement} VirtualizerHostElement */

export class BenchLines extends LitElement {
  /** @override */
  static properties = {cues: {attribute: false}, mode: {}};
  /** @override */
  static styles = css`
    .scroller {
      height: 20rem;
      overflow-y: auto;
    }
    .cues {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .cue {
      display: grid;
      grid-template-columns: 3.2em 1fr;
      padding: 0.35rem 1rem;
    }
    .contain .cue {
      content-visibility: auto;
      contain-intrinsic-size: auto 3em;
    }
    .cue[aria-current='true'] {
      background: #e5eefb;
    }
  `;

  constructor() {
    super();
    /** @type {readonly RichCue[]} */
    this.cues = [];
    /** @type {'contain' | 'virtual'} */
    this.mode = 'contain';
  }

  /**
   * @param {RichCue} cue
   * @param {number} i
   */
  line(cue, i) {
    return html`<li
      class="cue"
      part="cue"
      role="option"
      tabindex="-1"
      data-index=${i}
      data-start=${cue.start}
      aria-setsize=${this.cues.length}
      aria-posinset=${i + 1}
    >
      <span class="time">${formatTime(cue.start)}</span>
      ${cue.voice ? html`<span class="speaker">${cue.voice}</span>` : nothing}
      <span class="text">${cue.text}</span>
    </li>`;
  }

  /** @override */
  render() {
    const list =
      this.mode === 'virtual'
        ? html`<ol class="cues" role="listbox">
            ${virtualize({items: /** @type {RichCue[]} */ (this.cues), renderItem: (cue, i) => this.line(cue, i)})}
          </ol>`
        : html`<ol class="cues" role="listbox">
            ${this.cues.map((cue, i) => this.line(cue, i))}
          </ol>`;
    return html`<div class="scroller ${this.mode}">${list}</div>`;
  }

  /**
   * Brings line `index` into view and returns its element once it is in the DOM.
   * @param {number} index
   * @returns {Promise<HTMLElement | undefined>}
   */
  async reveal(index) {
    const list = this.renderRoot.querySelector('.cues');
    if (!list) return undefined;
    if (this.mode === 'virtual') {
      const host = /** @type {VirtualizerHostElement} */ (list);
      host[virtualizerRef]?.element(index)?.scrollIntoView({block: 'center'});
    } else {
      list.children[index].scrollIntoView({block: 'center'});
    }
    for (let frame = 0; frame < 60; frame++) {
      const line = /** @type {HTMLElement | null} */ (this.renderRoot.querySelector(`[data-index="${index}"]`));
      if (line) return line;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return undefined;
  }
}
customElements.define('bench-lines', BenchLines);
