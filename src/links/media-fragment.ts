/**
 * Deep links: W3C Media Fragments URI 1.0 temporal fragments in a page's URL (`#t=75`,
 * `#t=1:15`, `#t=npt:75,90`, `#t=,90`), and a name without `=` that says which player on the
 * page they address (`#talk&t=75`: the player whose `id` is `talk`).
 *
 * Why a bare name and not `id=talk`: `id` is already a Media Fragments dimension (a named
 * fragment of the media), and a name without `=` is ignored by Media Fragments processing, so
 * `#talk&t=75` stays a valid media fragment and still reads like the page's usual `#id` anchors.
 */

export interface MediaFragment {
  /** The player addressed: an element id, or undefined for the page's first player. */
  readonly target?: string;
  /** Seconds. */
  readonly start: number;
  /** Seconds; undefined for "to the end". */
  readonly end?: number;
}

// npt-sec, npt-mmss or npt-hhmmss (RFC 2326 / Media Fragments 4.2.1). Minutes of mm:ss may be
// one digit (`1:15`), as people write them; the spec's ABNF asks for two.
const NPT = /^(?:(?:(\d+):)?(\d{1,2}):(\d\d)|(\d+))(\.\d*)?$/;

/** Seconds for an npt time, or undefined when it is not one. */
export function parseNpt(text: string): number | undefined {
  const m = NPT.exec(text);
  if (!m) return undefined;
  const [, h, mm, ss, sec, fraction] = m;
  if (sec !== undefined) return Number(sec + (fraction ?? ''));
  if (Number(mm) > 59 || Number(ss) > 59) return undefined;
  return Number(h ?? 0) * 3600 + Number(mm) * 60 + Number(ss + (fraction ?? ''));
}

/**
 * The temporal fragment of a URL's fragment (with or without its `#`), or undefined when it has
 * no valid `t=`. Of several `t=` the last counts; an invalid one (negative, start not before end,
 * `smpte:`/`clock:` formats, garbage, bad percent-encoding) is ignored, as the spec says.
 */
export function parseMediaFragment(hash: string): MediaFragment | undefined {
  let target: string | undefined;
  let time: string | undefined;
  try {
    for (const pair of hash.replace(/^#/, '').split('&')) {
      const [name, value] = pair.split(/=(.*)/s).map(decodeURIComponent);
      if (value === undefined) target = name || target;
      else if (name === 't') time = value;
    }
  } catch {
    return undefined;
  }
  const [from, to, more] = (time ?? '').replace(/^npt:/, '').split(',');
  if (time === undefined || more !== undefined) return undefined;
  const start = from === '' && to !== undefined ? 0 : parseNpt(from);
  const end = to === undefined ? undefined : parseNpt(to);
  if (start === undefined || (to !== undefined && (end === undefined || end <= start))) return undefined;
  return {target, start, end};
}

/** Seconds as they go in a link: at most three decimals, no trailing zeros. */
const seconds = (time: number) => String(Math.round(Math.max(0, time) * 1000) / 1000);

/** A fragment for `start` (and `end`), addressing the player `target` when given: `talk&t=75,90`. */
export function formatMediaFragment(start: number, end?: number, target?: string): string {
  const time = `t=${seconds(start)}${end === undefined ? '' : `,${seconds(end)}`}`;
  return target ? `${encodeURIComponent(target)}&${time}` : time;
}

/** `url` with its fragment replaced by `fragment`. */
export function withFragment(url: string, fragment: string): string {
  return `${url.replace(/#.*$/s, '')}#${fragment}`;
}
