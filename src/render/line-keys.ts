/**
 * A line is about this tall at the default font size (text, padding and gap); a page of lines is
 * the panel's height divided by it. An estimate is enough: Page Down should move about a screenful,
 * and measuring real lines would read layout on every key press.
 */
export const ESTIMATED_LINE_HEIGHT_PX = 48;

/** How many lines Page Up and Page Down move in a panel `height` pixels tall (at least one). */
export function linesPerPage(height: number): number {
  return Math.max(1, Math.floor(height / ESTIMATED_LINE_HEIGHT_PX));
}

/**
 * The line a navigation key moves focus to from line `index` of `last + 1` lines (a listbox's
 * keys, as in the ARIA practices), or undefined when the key does not navigate.
 */
export function lineForKey(key: string, index: number, last: number, pageSize: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, index + 1);
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(last, index + pageSize);
    case 'PageUp':
      return Math.max(0, index - pageSize);
    default:
      return undefined;
  }
}

/** Keys that choose the focused line (seek to it). */
export function isActivationKey(key: string): boolean {
  return key === 'Enter' || key === ' ';
}
