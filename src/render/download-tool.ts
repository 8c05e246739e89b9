import {html} from 'lit';
import type {TranscriptStrings} from './strings.js';

export type DownloadKind = 'vtt' | 'txt';

/**
 * The Download control: a disclosure (`<details>`: keyboard operable, no script needed to open
 * it) offering the captions as WebVTT, as loaded, and the transcript as plain text (with the
 * chapters the element has loaded). It is the toolbar's `download` tool.
 */
export function downloadTool(
  hidden: boolean,
  onPick: (kind: DownloadKind) => unknown,
  text: Pick<TranscriptStrings, 'download' | 'vtt' | 'text'>,
) {
  const pick = (event: Event) => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    button.closest('details')!.open = false;
    onPick(button.value as DownloadKind);
  };
  return html`<details class="download ${hidden ? 'waiting' : ''}" part="download">
    <summary>${text.download}</summary>
    <div @click=${pick}>
      <button value="vtt">${text.vtt}</button>
      <button value="txt">${text.text}</button>
    </div>
  </details>`;
}

/**
 * Saves `data` as the file `name` through a link with `download`, made in `root` for the click
 * and removed: a blob: URL, allowed under a strict Content Security Policy.
 */
export function saveFile(root: ParentNode, name: string, data: BlobPart, type: string): void {
  const link = document.createElement('a');
  link.download = name;
  link.href = URL.createObjectURL(new Blob([data], {type}));
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
