/** A clock label for a time in seconds: 0:05, 1:02, 1:02:03. Truncates, as media players do. */
export function formatTime(seconds: number): string {
  const total = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A spoken form of a time for screen readers: "1 minute 2 seconds". */
export function describeTime(seconds: number): string {
  const total = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const unit = (n: number, name: string) => `${n} ${name}${n === 1 ? '' : 's'}`;
  const parts = [h && unit(h, 'hour'), m && unit(m, 'minute'), (s || (!h && !m)) && unit(s, 'second')];
  return parts.filter(Boolean).join(' ');
}
