import {primaryLanguage} from '../render/strings.js';

/** One captions or subtitles file the transcript can show, in one language. */
export interface CaptionSource {
  readonly src: string;
  /** BCP 47 language tag ("" when the page gave none). */
  readonly srclang: string;
  /** What the language control and the player's captions menu call it. */
  readonly label: string;
  readonly kind: 'captions' | 'subtitles';
  /** The page's pick when the reader has made none. */
  readonly default: boolean;
}

/**
 * Reads the `captions` attribute: one URL, or several entries separated by `;`, each a URL, then
 * optionally its language and a label (the rest of the entry):
 * `talk.en.vtt; talk.es.vtt es Español (traducción)`. An entry without a language takes
 * `srclang`; one without a label is named by its language, in that language.
 */
export function parseCaptionsAttribute(value: string | undefined, srclang: string): CaptionSource[] {
  return (value ?? '')
    .split(';')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry, i) => {
      const [src, lang, ...label] = entry.split(/\s+/);
      const language = lang ?? srclang;
      return {
        src,
        srclang: language,
        label: label.join(' ') || languageName(language),
        kind: i === 0 ? 'captions' : 'subtitles',
        default: i === 0,
      };
    });
}

/** A captions/subtitles `<track>` as a source (its `src` resolved). */
export function trackSource(track: HTMLTrackElement): CaptionSource {
  return {
    src: track.src,
    srclang: track.srclang,
    label: track.label || languageName(track.srclang),
    kind: track.kind === 'subtitles' ? 'subtitles' : 'captions',
    default: track.default,
  };
}

/**
 * Which source to show for `language`: the one `preferred` (the reader's last pick) if it is in
 * that language, else the first whose tag matches, else the first with the same primary
 * language ("es" for "es-MX"); with no language or no match, the default one, else the first.
 * -1 when there are none.
 */
export function chooseSource(sources: readonly CaptionSource[], language?: string, preferred = -1): number {
  if (!sources.length) return -1;
  const wanted = (language ?? '').toLowerCase();
  if (wanted) {
    if (sources[preferred]?.srclang.toLowerCase() === wanted) return preferred;
    const exact = sources.findIndex((source) => source.srclang.toLowerCase() === wanted);
    if (exact >= 0) return exact;
    const primary = sources.findIndex((source) => primaryLanguage(source.srclang) === primaryLanguage(wanted));
    if (primary >= 0) return primary;
  }
  return Math.max(0, sources.findIndex((source) => source.default));
}

/** A language's own name for itself ("español", "العربية"), or the tag when Intl has none. */
export function languageName(lang: string): string {
  if (!lang) return 'Captions';
  let name = languageNames.get(lang);
  if (name === undefined) {
    try {
      const own = new Intl.DisplayNames([lang], {type: 'language'}).of(lang);
      name = own && own !== lang ? own : lang;
    } catch {
      name = lang;
    }
    languageNames.set(lang, name);
  }
  return name;
}

/** Names already looked up: the sources are listed on every update, and DisplayNames is slow to make. */
const languageNames = new Map<string, string>();
