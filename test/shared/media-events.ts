// Waiting on media in a page, shared by the browser tests (test/browser/helpers.ts) and the
// benchmark's page (bench/), which the dev server serves this module to as JavaScript.

/** The next `type` event on `target`, failing with a clear message after `timeoutMs`. */
export function mediaEvent(target: EventTarget, type: string, timeoutMs = 15000): Promise<Event> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no '${type}' within ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event);
      },
      {once: true},
    );
  });
}

/** Resolves with the media element once it has its metadata (duration, dimensions). */
export async function waitForMetadata<T extends HTMLMediaElement>(media: T): Promise<T> {
  if (media.readyState < HTMLMediaElement.HAVE_METADATA) await mediaEvent(media, 'loadedmetadata');
  return media;
}

/** Seeks and waits for the seek to finish. */
export async function seekTo(media: HTMLMediaElement, time: number): Promise<void> {
  const seeked = mediaEvent(media, 'seeked');
  media.currentTime = time;
  await seeked;
}

/** Polls `check` every 20 ms until it holds, failing after `timeoutMs` with `what` it waited for. */
export async function until(check: () => boolean, what: string, timeoutMs = 15000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
