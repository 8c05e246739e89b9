/**
 * WebVTT timestamps and cue timing lines, read by the WebVTT parsing rules ("collect a WebVTT
 * timestamp", "collect WebVTT cue timings and settings"). Settings are not read: a transcript
 * has no use for them, and the browser ignores a bad one without losing the cue.
 */

/**
 * Chromium reads hours into an unsigned 32-bit integer and takes 2^32 - 1 hours or more as
 * Infinity.
 */
export function clampHours(seconds: number): number {
  return seconds >= 0xffffffff * 3600 ? Infinity : seconds;
}

const DIGITS = /\d*/y;
const SPACES = /[\t\n\f\r ]*/y;

/** A timestamp read from `text` at `start`: its value in seconds and where it ends, or the problem. */
type Read = {readonly time: number; readonly end: number} | {readonly problem: string};

function digitsAt(text: string, at: number): string {
  DIGITS.lastIndex = at;
  return DIGITS.exec(text)![0];
}

function readTimestampAt(text: string, start: number): Read {
  let at = start;
  const first = digitsAt(text, at);
  if (!first) return {problem: 'Expected a timestamp such as 00:00:01.000.'};
  at += first.length;
  // Two digits up to 59 are minutes (mm:ss.ttt); anything else is hours (h:mm:ss.ttt).
  let hours = first.length !== 2 || Number(first) > 59;
  if (text[at++] !== ':') return {problem: 'A timestamp needs a ":" after its first number.'};
  const second = digitsAt(text, at);
  at += second.length;
  if (second.length !== 2) return {problem: 'Minutes and seconds need exactly two digits.'};
  let third = '';
  if (hours || text[at] === ':') {
    if (text[at++] !== ':') return {problem: 'Minutes above 59 must follow hours ("01:00:00.000").'};
    third = digitsAt(text, at);
    at += third.length;
    if (third.length !== 2) return {problem: 'Minutes and seconds need exactly two digits.'};
    hours = true;
  }
  if (text[at++] !== '.') return {problem: 'A timestamp needs "." before its milliseconds.'};
  const fraction = digitsAt(text, at);
  at += fraction.length;
  if (fraction.length !== 3) return {problem: 'Milliseconds need exactly three digits.'};
  const [h, m, s] = hours ? [first, second, third] : ['0', first, second];
  if (Number(m) > 59 || Number(s) > 59) return {problem: 'Minutes and seconds cannot be above 59.'};
  return {time: clampHours(Number(h) * 3600 + Number(m) * 60 + Number(s) + Number(fraction) / 1000), end: at};
}

/** A timestamp tag's text ("01:02:03.004" or "02:03.004") in seconds, or undefined when malformed. */
export function readTimestamp(text: string): number | undefined {
  const read = readTimestampAt(text, 0);
  return 'time' in read && read.end === text.length ? read.time : undefined;
}

/** A cue timing line's start and end, or the problem that makes it unreadable. */
export function readTimingLine(line: string): {start: number; end: number} | {problem: string} {
  SPACES.lastIndex = 0;
  SPACES.exec(line);
  const start = readTimestampAt(line, SPACES.lastIndex);
  if ('problem' in start) return start;
  SPACES.lastIndex = start.end;
  SPACES.exec(line);
  if (!line.startsWith('-->', SPACES.lastIndex)) return {problem: 'Expected "-->" between the start and end times.'};
  SPACES.lastIndex += 3;
  SPACES.exec(line);
  const end = readTimestampAt(line, SPACES.lastIndex);
  if ('problem' in end) return end;
  return {start: start.time, end: end.time};
}
