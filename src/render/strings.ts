/**
 * The words the element shows and says, in one place: English for now, so that a translation
 * replaces this module and nothing else.
 */
export const LOCALE = 'en';

export const TEXT = {
  transcript: 'Transcript',
  loading: 'Loading transcript…',
  empty: 'No transcript is available.',
  resume: 'Resume following',
  shortcuts: 'Keyboard shortcuts',
  close: 'Close',
};

let units: Intl.NumberFormat[] | undefined;

/**
 * A start time as a screen reader should say it: "6 seconds", "1 minute 2 seconds", "1 hour 5
 * seconds" (the clock label "1:02" is read as "one colon zero two"). Truncated like the label.
 */
export function spokenTime(seconds: number): string {
  const total = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  units ??= ['hour', 'minute', 'second'].map(
    (unit) => new Intl.NumberFormat(LOCALE, {style: 'unit', unit, unitDisplay: 'long'}),
  );
  const said = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60]
    .map((n, i) => (n ? units![i].format(n) : ''))
    .filter(Boolean);
  return said.join(' ') || units[2].format(0);
}
