/**
 * The words the element shows and says, in one place: English for now, so that a translation
 * replaces this module and nothing else.
 */
export const TEXT = {
  transcript: 'Transcript',
  loading: 'Loading transcript…',
  empty: 'No transcript is available.',
  resume: 'Resume following',
  shortcuts: 'Keyboard shortcuts',
  close: 'Close',
};

/** The keyboard shortcuts help (render/shortcuts.ts has the keys): keys, then what they do. */
export const SHORTCUT_HELP = [
  ['K or Space', 'Play or pause'],
  ['J or L', 'Back or on 10 seconds'],
  ['← or →', 'Back or on 5 seconds'],
  ['M', 'Mute or unmute'],
  ['F', 'Fullscreen'],
  ['C', 'Captions on or off'],
  ['?', 'This help'],
  ['↑ ↓ Home End Page Up Page Down', 'Move between lines'],
  ['Enter or Space on a line', 'Play from there'],
];

/**
 * A start time as a screen reader should say it: "6 seconds", "1 minute 2 seconds", "1 hour 5
 * seconds" (the clock label "1:02" is read as "one colon zero two"). Truncated like the label.
 * (Intl.NumberFormat's units would say it in any language, at about 50 bytes more.)
 */
export function spokenTime(seconds: number): string {
  const total = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const said = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60]
    .map((n, i) => (n ? `${n} ${['hour', 'minute', 'second'][i]}${n === 1 ? '' : 's'}` : ''))
    .filter(Boolean);
  return said.join(' ') || '0 seconds';
}
