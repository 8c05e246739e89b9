const MIME_BY_EXTENSION: Record<string, string> = {
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  m4a: 'audio/mp4',
  webm: 'video/webm',
  weba: 'audio/webm',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg',
  ogv: 'video/ogg',
  wav: 'audio/wav',
  aac: 'audio/aac',
  flac: 'audio/flac',
  m3u8: 'application/x-mpegURL',
};

/** The MIME type to give video.js for a source URL, when its extension says. */
export function guessMimeType(src: string): string | undefined {
  const path = src.split(/[?#]/)[0];
  return MIME_BY_EXTENSION[path.slice(path.lastIndexOf('.') + 1).toLowerCase()];
}

/**
 * Whether a source is audio-only, judged from its MIME type or file extension. WebM can hold
 * either, so it counts as video until its metadata shows no picture.
 */
export function isAudioSource(src: string, type?: string): boolean {
  return (type ?? guessMimeType(src) ?? '').toLowerCase().startsWith('audio/');
}
