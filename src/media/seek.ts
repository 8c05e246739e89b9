const pending = new WeakMap<HTMLMediaElement, number>();

/**
 * Seeks `media` to `time`, or, before it has its metadata, once it has (the latest time asked
 * for wins). The HTML standard lets a page set currentTime that early, but WebKitGTK's GStreamer
 * player then froze the whole page when the element was later removed.
 */
export function seekMedia(media: HTMLMediaElement, time: number): void {
  if (media.readyState >= HTMLMediaElement.HAVE_METADATA) {
    pending.delete(media);
    media.currentTime = time;
    return;
  }
  if (!pending.has(media))
    media.addEventListener(
      'loadedmetadata',
      () => {
        const wanted = pending.get(media);
        pending.delete(media);
        if (wanted !== undefined) media.currentTime = wanted;
      },
      {once: true},
    );
  pending.set(media, time);
}
