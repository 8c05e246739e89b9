/**
 * The words the element shows and says, in one table per language: English, Spanish and Arabic
 * ship; a page overrides any of them, or brings another language, with the `strings` property.
 * `{name}` marks a value filled in by `fill()`. Numbers and times go through `Intl`, so they
 * read right in every language.
 */
export interface TranscriptStrings {
  /** The panel's heading (and, with the media's title, its name: "Transcript: <title>"). */
  transcript: string;
  /** The player's name ("Media player: <title>"). */
  player: string;
  /** The player's name when the page renamed the transcript: "{name} player". */
  playerOf: string;
  loading: string;
  empty: string;
  resume: string;
  shortcuts: string;
  close: string;
  copyLink: string;
  copyQuote: string;
  copyThis: string;
  linkCopied: string;
  quoteCopied: string;
  download: string;
  vtt: string;
  text: string;
  /** The language control's name. */
  language: string;
  /** Search counts: "{index} of {count}" (numbers formatted for the language). */
  matches: string;
  noMatches: string;
  /** The toolbar's name, then its tools' names. */
  tools: string;
  search: string;
  previousMatch: string;
  nextMatch: string;
  chapter: string;
  follow: string;
  showTimes: string;
  captionsFailed: string;
  captionsHttp: string;
  captionsSilent: string;
  mediaFailed: string;
  mediaStalled: string;
  /** Why media failed, by MediaError code 1–4, then for anything else. */
  mediaReasons: readonly string[];
  /** The keyboard shortcuts help: keys, then what they do (render/shortcuts.ts has the keys). */
  help: ReadonlyArray<readonly [string, string]>;
}

const en: TranscriptStrings = {
  transcript: 'Transcript',
  player: 'Media player',
  playerOf: '{name} player',
  loading: 'Loading transcript…',
  empty: 'No transcript is available.',
  resume: 'Resume following',
  shortcuts: 'Keyboard shortcuts',
  close: 'Close',
  copyLink: 'Copy link to this moment',
  copyQuote: 'Copy link to quote',
  copyThis: 'Copy this (Escape closes):',
  linkCopied: 'Link copied.',
  quoteCopied: 'Quote and link copied.',
  download: 'Download',
  vtt: 'WebVTT',
  text: 'Text',
  language: 'Language',
  matches: '{index} of {count}',
  noMatches: 'No matches',
  tools: 'Transcript tools',
  search: 'Search transcript',
  previousMatch: 'Previous match',
  nextMatch: 'Next match',
  chapter: 'Chapter',
  follow: 'Follow along',
  showTimes: 'Show times',
  captionsFailed: 'Captions could not be loaded from {url} ({reason}).',
  captionsHttp: 'HTTP {status}',
  captionsSilent: 'nothing came for {seconds} s',
  mediaFailed: 'The media could not be played: {reason}.',
  mediaStalled: 'The media stopped loading: nothing came for {seconds} s.',
  mediaReasons: [
    'loading was aborted',
    'a network error stopped the download',
    'the file could not be decoded',
    'the file was not found or its format is not supported',
    'an unknown error occurred',
  ],
  help: [
    ['K or Space', 'Play or pause'],
    ['J or L', 'Back or on 10 seconds'],
    ['← or →', 'Back or on 5 seconds'],
    ['M', 'Mute or unmute'],
    ['F', 'Fullscreen'],
    ['C', 'Captions on or off'],
    ['?', 'This help'],
    ['↑ ↓ Home End Page Up Page Down', 'Move between lines'],
    ['Enter or Space on a line', 'Play from there'],
    ['S on a line', 'Copy link to this moment'],
    ['Enter or Shift+Enter in the search', 'Next or previous match'],
    ['Ctrl+Enter or ⌘+Enter in the search', 'Play from the current match'],
    ['Escape in the search', 'Clear it'],
  ],
};

const es: TranscriptStrings = {
  transcript: 'Transcripción',
  player: 'Reproductor multimedia',
  playerOf: 'Reproductor: {name}',
  loading: 'Cargando la transcripción…',
  empty: 'No hay transcripción disponible.',
  resume: 'Volver a seguir',
  shortcuts: 'Atajos de teclado',
  close: 'Cerrar',
  copyLink: 'Copiar enlace a este momento',
  copyQuote: 'Copiar enlace a la cita',
  copyThis: 'Copie esto (Escape cierra):',
  linkCopied: 'Enlace copiado.',
  quoteCopied: 'Cita y enlace copiados.',
  download: 'Descargar',
  vtt: 'WebVTT',
  text: 'Texto',
  language: 'Idioma',
  matches: '{index} de {count}',
  noMatches: 'Sin coincidencias',
  tools: 'Herramientas de la transcripción',
  search: 'Buscar en la transcripción',
  previousMatch: 'Coincidencia anterior',
  nextMatch: 'Coincidencia siguiente',
  chapter: 'Capítulo',
  follow: 'Seguir la lectura',
  showTimes: 'Mostrar tiempos',
  captionsFailed: 'No se pudieron cargar los subtítulos de {url} ({reason}).',
  captionsHttp: 'HTTP {status}',
  captionsSilent: 'no llegó nada en {seconds} s',
  mediaFailed: 'No se pudo reproducir el contenido: {reason}.',
  mediaStalled: 'El contenido dejó de cargarse: no llegó nada en {seconds} s.',
  mediaReasons: [
    'se interrumpió la carga',
    'un error de red detuvo la descarga',
    'no se pudo descodificar el archivo',
    'no se encontró el archivo o su formato no es compatible',
    'se produjo un error desconocido',
  ],
  help: [
    ['K o Espacio', 'Reproducir o pausar'],
    ['J o L', 'Atrás o adelante 10 segundos'],
    ['← o →', 'Atrás o adelante 5 segundos'],
    ['M', 'Silenciar o activar el sonido'],
    ['F', 'Pantalla completa'],
    ['C', 'Activar o desactivar subtítulos'],
    ['?', 'Esta ayuda'],
    ['↑ ↓ Inicio Fin RePág AvPág', 'Moverse entre líneas'],
    ['Intro o Espacio en una línea', 'Reproducir desde ahí'],
    ['S en una línea', 'Copiar enlace a este momento'],
    ['Intro o Mayús+Intro en la búsqueda', 'Coincidencia siguiente o anterior'],
    ['Ctrl+Intro o ⌘+Intro en la búsqueda', 'Reproducir desde la coincidencia actual'],
    ['Escape en la búsqueda', 'Borrarla'],
  ],
};

const ar: TranscriptStrings = {
  transcript: 'النص المكتوب',
  player: 'مشغّل الوسائط',
  playerOf: 'مشغّل {name}',
  loading: 'جارٍ تحميل النص المكتوب…',
  empty: 'لا يتوفر نص مكتوب.',
  resume: 'متابعة التتبّع',
  shortcuts: 'اختصارات لوحة المفاتيح',
  close: 'إغلاق',
  copyLink: 'نسخ رابط هذه اللحظة',
  copyQuote: 'نسخ رابط الاقتباس',
  copyThis: 'انسخ هذا (يُغلق بمفتاح Escape):',
  linkCopied: 'نُسخ الرابط.',
  quoteCopied: 'نُسخ الاقتباس والرابط.',
  download: 'تنزيل',
  vtt: 'WebVTT',
  text: 'نص',
  language: 'اللغة',
  matches: '{index} من {count}',
  noMatches: 'لا نتائج',
  tools: 'أدوات النص',
  search: 'البحث في النص',
  previousMatch: 'النتيجة السابقة',
  nextMatch: 'النتيجة التالية',
  chapter: 'الفصل',
  follow: 'المتابعة مع التشغيل',
  showTimes: 'إظهار الأوقات',
  captionsFailed: 'تعذّر تحميل الترجمة من {url} ({reason}).',
  captionsHttp: 'HTTP {status}',
  captionsSilent: 'لم يصل شيء خلال {seconds} ث',
  mediaFailed: 'تعذّر تشغيل الوسائط: {reason}.',
  mediaStalled: 'توقف تحميل الوسائط: لم يصل شيء خلال {seconds} ث.',
  mediaReasons: [
    'أُلغي التحميل',
    'أوقف خطأ في الشبكة التنزيل',
    'تعذّر فك ترميز الملف',
    'لم يُعثر على الملف أو أن صيغته غير مدعومة',
    'حدث خطأ غير معروف',
  ],
  help: [
    ['K أو مفتاح المسافة', 'تشغيل أو إيقاف مؤقت'],
    ['J أو L', 'رجوع أو تقدّم 10 ثوانٍ'],
    ['← أو →', 'رجوع أو تقدّم 5 ثوانٍ'],
    ['M', 'كتم الصوت أو إعادته'],
    ['F', 'ملء الشاشة'],
    ['C', 'تشغيل الترجمة أو إيقافها'],
    ['?', 'هذه المساعدة'],
    ['↑ ↓ Home End Page Up Page Down', 'التنقل بين الأسطر'],
    ['Enter أو المسافة على سطر', 'التشغيل من هناك'],
    ['S على سطر', 'نسخ رابط هذه اللحظة'],
    ['Enter أو Shift+Enter في البحث', 'النتيجة التالية أو السابقة'],
    ['Ctrl+Enter أو ⌘+Enter في البحث', 'التشغيل من النتيجة الحالية'],
    ['Escape في البحث', 'مسح البحث'],
  ],
};

/** The shipped tables, by primary language subtag. */
export const STRINGS: Readonly<Record<string, TranscriptStrings>> = {en, es, ar};

/** English words, for the few places that have no element to ask (and the default). */
export const TEXT = en;

/** The shipped table for a BCP 47 tag ("es-MX" takes "es"), else English. */
export function stringsFor(lang: string | undefined): TranscriptStrings {
  return STRINGS[primaryLanguage(lang)] ?? en;
}

/** "es-MX" → "es"; lower case. */
export function primaryLanguage(lang: string | undefined): string {
  return (lang ?? '').split(/[-_]/)[0].toLowerCase();
}

/** Fills `{name}` marks in `template`; numbers are formatted for `locale`. */
export function fill(template: string, values: Record<string, string | number>, locale = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (mark, name: string) => {
    const value = values[name];
    if (value === undefined) return mark;
    return typeof value === 'number'
      ? formatter(locale, 'number', (l) => new Intl.NumberFormat(l)).format(value)
      : value;
  });
}

/** Intl formatters are slow to make: one of each per locale, for every line of a transcript. */
const formatters = new Map<string, {format(value: never): string}>();
function formatter<T extends {format(value: never): string}>(
  locale: string,
  kind: string,
  make: (locale: string) => T,
): T {
  const key = `${locale}|${kind}`;
  let made = formatters.get(key);
  if (!made) {
    try {
      made = make(locale);
    } catch {
      // A malformed language tag: English.
      made = make('en');
    }
    formatters.set(key, made);
  }
  return made as T;
}

const UNITS = ['hour', 'minute', 'second'] as const;

/**
 * A start time as a screen reader should say it, in `locale`: "6 seconds", "1 minute 2 seconds",
 * "1 hour 5 seconds" (the clock label "1:02" is read as "one colon zero two"). Truncated like the
 * label.
 */
export function spokenTime(seconds: number, locale = 'en'): string {
  const total = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const parts = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  let said = speakers.get(locale);
  if (!said) speakers.set(locale, (said = timeSpeaker(locale)));
  return said(parts);
}

/**
 * Says [hours, minutes, seconds] in `locale`. Intl formats slowly and a transcript says a time
 * for each of up to 100,000 lines: the words for each number, and the list's pattern for each
 * length (made once with stand-ins), are kept.
 */
function timeSpeaker(locale: string): (parts: readonly number[]) => string {
  const words = UNITS.map(() => [] as string[]);
  const patterns: string[][] = [];
  const word = (i: number, n: number) =>
    (words[i][n] ??= formatter(
      locale,
      UNITS[i],
      (l) => new Intl.NumberFormat(l, {style: 'unit', unit: UNITS[i], unitDisplay: 'long'}),
    ).format(n));
  return (parts) => {
    const said: string[] = [];
    parts.forEach((n, i) => n && said.push(word(i, n)));
    if (!said.length) return word(2, 0);
    const pattern = (patterns[said.length] ??= formatter(
      locale,
      'list',
      (l) => new Intl.ListFormat(l, {type: 'unit', style: 'narrow'}),
    )
      .format(said.map((_, k) => `{${k}}`))
      .split(/\{\d\}/));
    let text = pattern[0];
    said.forEach((part, k) => (text += part + pattern[k + 1]));
    return text;
  };
}
const speakers = new Map<string, (parts: readonly number[]) => string>();

/** The language an element is in: its own `lang`, or its nearest ancestor's (across shadow roots). */
export function languageOf(element: Element): string {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!;
  }
  return '';
}

/** Languages written right to left (by primary subtag). */
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** Whether `lang` is written right to left. */
export function isRightToLeft(lang: string | undefined): boolean {
  return RTL.has(primaryLanguage(lang));
}

/** The search's count: "3 of 12", "No matches", or nothing before a search. */
export function matchCountText(
  query: string,
  count: number,
  current: number,
  strings: TranscriptStrings = en,
  locale = 'en',
): string {
  if (!query.trim()) return '';
  return count ? fill(strings.matches, {index: current + 1, count}, locale) : strings.noMatches;
}
