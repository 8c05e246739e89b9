import {isAudioSource} from './media-kind.js';

export interface MediaSourceSpec {
  readonly src: string;
  readonly type?: string;
}

/** What to play, whether it came from attributes or from a light-DOM media element. */
export interface MediaSpec {
  readonly kind: 'video' | 'audio';
  readonly sources: readonly MediaSourceSpec[];
  readonly poster?: string;
  /** Attributes to copy from a page's own media element (muted, loop, crossorigin...). */
  readonly attributes?: ReadonlyArray<readonly [string, string]>;
  /** Text tracks to keep as they are (chapters, other languages, descriptions). */
  readonly tracks?: readonly HTMLTrackElement[];
}

/** The element's own media attributes; each wins over what a slotted media element says. */
export interface MediaAttributes {
  readonly src?: string;
  readonly type?: string;
  readonly poster?: string;
}

const COPIED_ATTRIBUTES = new Set(['muted', 'loop', 'autoplay', 'crossorigin', 'preload', 'playsinline', 'aria-label', 'title']);

/** The attributes of a page's media element worth keeping on ours. */
export function copiedAttributes(element: Element): Array<[string, string]> {
  return [...element.attributes]
    .filter((attribute) => COPIED_ATTRIBUTES.has(attribute.name))
    .map((attribute) => [attribute.name, attribute.value]);
}

/** The `<video>` or `<audio>` a page put inside the element, if any. */
export function slottedMedia(host: Element): HTMLMediaElement | undefined {
  const media = host.querySelector(':scope > video, :scope > audio');
  return media instanceof HTMLMediaElement ? media : undefined;
}

/** The slotted media's captions and subtitles tracks that have a file, in order. */
export function slottedCaptionTracks(host: Element): HTMLTrackElement[] {
  return [...host.querySelectorAll(':scope > video > track, :scope > audio > track')]
    .filter((t): t is HTMLTrackElement => t instanceof HTMLTrackElement)
    .filter((t) => ['captions', 'subtitles', ''].includes(t.getAttribute('kind') ?? '') && !!t.getAttribute('src'));
}

/** The slotted media's default captions/subtitles track, else its first one. */
export function slottedCaptionTrack(host: Element): HTMLTrackElement | undefined {
  const tracks = slottedCaptionTracks(host);
  return tracks.find((t) => t.default) ?? tracks[0];
}

/**
 * What to play: the `src` attribute if set, else the slotted media's sources, attributes and
 * tracks (less `mirrored`, the captions tracks the transcript shows). The poster attribute wins
 * over the slotted video's.
 */
export function readMediaSpec(
  attributes: MediaAttributes,
  slotted: HTMLMediaElement | undefined,
  mirrored: readonly HTMLTrackElement[],
): MediaSpec | undefined {
  const poster = attributes.poster || (slotted instanceof HTMLVideoElement && slotted.poster) || undefined;
  const withPoster = poster ? {poster} : {};
  if (attributes.src) {
    const {src, type} = attributes;
    return {kind: isAudioSource(src, type) ? 'audio' : 'video', sources: [{src, ...(type ? {type} : {})}], ...withPoster};
  }
  if (!slotted) return undefined;
  const sources: MediaSourceSpec[] = [...slotted.querySelectorAll('source')].map((s) => ({src: s.src, ...(s.type ? {type: s.type} : {})}));
  if (!sources.length && slotted.getAttribute('src')) sources.push({src: slotted.src});
  const tracks = [...slotted.querySelectorAll('track')].filter((track) => !mirrored.includes(track) && track.getAttribute('src'));
  return {
    kind: slotted instanceof HTMLAudioElement ? 'audio' : 'video',
    sources,
    ...withPoster,
    attributes: copiedAttributes(slotted),
    tracks,
  };
}

/**
 * The player's accessible name. "Media player" by default; a page that names its transcript
 * (say, after the talk) gets a player of the same name, so two players on a page differ.
 */
export function playerLabel(strings: {player: string; playerOf: string}, transcriptLabel?: string): string {
  return transcriptLabel ? strings.playerOf.replace('{name}', transcriptLabel) : strings.player;
}

/**
 * The page's own media element stays in the light DOM (without JavaScript it is the player);
 * while ours plays, it must neither play nor download the same file a second time. Browsers may
 * ignore preload=none for a file they have begun (Chromium reloads it to the end from its cache),
 * so its sources are taken out until the returned function puts them back.
 */
export function standDown(media: HTMLMediaElement): () => void {
  media.pause();
  const src = media.getAttribute('src');
  const preload = media.getAttribute('preload');
  const sources = [...media.children].filter((child) => child instanceof HTMLSourceElement);
  const places = sources.map((source) => [source, nextNonSource(source)] as const);
  for (const source of sources) source.remove();
  media.removeAttribute('src');
  media.preload = 'none';
  // With nothing to load, load() aborts the fetch under way and leaves the element empty.
  media.load();
  return () => {
    for (const [source, before] of places) media.insertBefore(source, before?.parentNode === media ? before : null);
    if (src !== null) media.setAttribute('src', src);
    if (preload === null) media.removeAttribute('preload');
    else media.setAttribute('preload', preload);
  };
}

function nextNonSource(node: Element): Element | null {
  let next = node.nextElementSibling;
  while (next instanceof HTMLSourceElement) next = next.nextElementSibling;
  return next;
}
