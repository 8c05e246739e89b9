/**
 * Long work (reading 100,000 cues, building their lines) done in slices that leave the page
 * free between them: a click or a key waits for one slice at most, never for the whole job.
 */

/**
 * Work per slice, in ms: under the 50 ms of a long task, so a click waits at most that long.
 * Shorter slices cost more turns: 100,000 cues were ready in 12.3 s with 8 ms, 8.0 s with 30.
 */
export const SLICE_MS = 30;

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/**
 * Lets the page take its turn (input, rendering and its other tasks) and resolves after it. A
 * message rather than `scheduler.yield()`, whose continuations Chromium runs ahead of the
 * page's timers and media events (a seek waited for a whole load to end), or a nested
 * setTimeout, clamped to 4 ms.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });
}

/**
 * Calls `step(deadline)` until it returns true (done), giving the page a turn between calls;
 * `step` stops by itself once `performance.now()` passes `deadline`. Resolves true when done,
 * false as soon as `cancelled()` says the work is no longer wanted.
 */
export async function inSlices(step: (deadline: number) => boolean, cancelled: () => boolean): Promise<boolean> {
  for (;;) {
    if (step(performance.now() + SLICE_MS)) return true;
    await yieldToPage();
    if (cancelled()) return false;
  }
}
