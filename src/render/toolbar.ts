import {html, nothing, type TemplateResult} from 'lit';
import type {PlacedChapter} from '../cues/chapters.js';
import type {TranscriptStrings} from './strings.js';

/**
 * The transcript toolbar's tools, in their default order. A site owner lists the ones to show,
 * in the order to show them, in the `tools` attribute. A new tool is a name here and a
 * renderer in the element's map.
 */
export const TOOLS = ['search', 'chapters', 'follow', 'times', 'download', 'language'] as const;
export type ToolName = (typeof TOOLS)[number];

/**
 * The tools to show: those named in `value` (spaces or commas between), unknown names left out;
 * every tool when the attribute is absent, none when it is empty.
 */
export function parseTools(value: string | null | undefined): ToolName[] {
  if (value == null) return [...TOOLS];
  const names = value.toLowerCase().split(/[\s,]+/);
  return [...new Set(names)].filter((name): name is ToolName => (TOOLS as readonly string[]).includes(name));
}

/** The toolbar: one row that wraps, each tool rendered by its renderer (none: left out). */
export function toolbar(
  tools: readonly ToolName[],
  render: {[name in ToolName]: () => TemplateResult | typeof nothing},
  text: Pick<TranscriptStrings, 'tools'>,
) {
  const shown = tools.map((name) => render[name]()).filter((tool) => tool !== nothing);
  if (!shown.length) return nothing;
  return html`<div class="toolbar" part="toolbar" role="group" aria-label=${text.tools}>${shown}</div>`;
}

export interface SearchToolState {
  readonly query: string;
  readonly countText: string;
  readonly announced: string;
  readonly hasMatches: boolean;
}

export interface SearchToolActions {
  readonly onInput: (event: InputEvent) => void;
  readonly onKeydown: (event: KeyboardEvent) => void;
  readonly onStep: (step: 1 | -1) => void;
}

const chevron = (up: boolean) =>
  html`<svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
    <path d=${up ? 'M3 10l5-5 5 5' : 'M3 6l5 5 5-5'} fill="none" stroke="currentColor" stroke-width="2" />
  </svg>`;

/**
 * Search: the field, the count and previous/next. The count is shown at once; screen readers
 * hear it from a separate live region only once typing pauses (SearchController).
 */
export function searchTool(
  state: SearchToolState,
  actions: SearchToolActions,
  text: Pick<TranscriptStrings, 'search' | 'previousMatch' | 'nextMatch'>,
) {
  return html`<div class="search-tool">
    <input
      type="search"
      part="search"
      aria-label=${text.search}
      placeholder=${text.search}
      autocomplete="off"
      spellcheck="false"
      .value=${state.query}
      @input=${actions.onInput}
      @keydown=${actions.onKeydown}
    />
    <span class="search-count" part="search-count" ?hidden=${!state.countText}>${state.countText}</span>
    <button
      class="icon"
      part="search-previous"
      aria-label=${text.previousMatch}
      title=${text.previousMatch}
      ?disabled=${!state.hasMatches}
      @click=${() => actions.onStep(-1)}
    >
      ${chevron(true)}
    </button>
    <button
      class="icon"
      part="search-next"
      aria-label=${text.nextMatch}
      title=${text.nextMatch}
      ?disabled=${!state.hasMatches}
      @click=${() => actions.onStep(1)}
    >
      ${chevron(false)}
    </button>
    <span class="sr" role="status">${state.announced}</span>
  </div>`;
}

/**
 * The chapter control: choosing a chapter jumps there. The playing chapter is the one selected.
 * While the chapters load (`waiting`) it keeps its room, unseen: its arrival would move the tools
 * after it, a layout shift.
 */
export function chaptersTool(
  chapters: readonly PlacedChapter[],
  current: number,
  onPick: (index: number) => void,
  text: Pick<TranscriptStrings, 'chapter'>,
  waiting = false,
) {
  if (!chapters.length && !waiting) return nothing;
  return html`<select
    part="chapters"
    class=${chapters.length ? '' : 'waiting'}
    aria-label=${text.chapter}
    @change=${(event: Event) => onPick((event.target as HTMLSelectElement).selectedIndex)}
  >
    ${chapters.map((chapter, i) => html`<option value=${i} .selected=${i === current}>${chapter.title}</option>`)}
  </select>`;
}

/** An on/off switch with its name as its visible text. */
export function switchTool(part: string, label: string, on: boolean, onToggle: () => void) {
  return html`<button
    class="switch"
    part=${part}
    role="switch"
    aria-checked=${on ? 'true' : 'false'}
    @click=${onToggle}
  >
    <span class="track" aria-hidden="true"></span>${label}
  </button>`;
}
