import {html, nothing} from 'lit';
import type {CaptionSource} from '../media/caption-tracks.js';

/**
 * The language control: a native `<select>` (keyboard operable, and read as a list of choices
 * everywhere) of the transcript's languages by label, named by `label`. Shown when there is more
 * than one. It sits at the end of the panel's header for now; it moves into the toolbar as its
 * `language` tool.
 */
export function languageTool(
  sources: readonly CaptionSource[],
  chosen: number,
  label: string,
  onPick: (index: number) => unknown,
) {
  if (sources.length < 2) return nothing;
  const pick = (event: Event) => onPick(Number((event.target as HTMLSelectElement).value));
  // Each option names its language in that language, so a reader finds their own by its name.
  return html`<select part="language" class="language" aria-label=${label} @change=${pick}>
    ${sources.map(
      (source, i) =>
        html`<option value=${i} lang=${source.srclang || nothing} ?selected=${i === chosen}>${source.label}</option>`,
    )}
  </select>`;
}
