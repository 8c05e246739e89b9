// Pure: where each sentence goes in the narration so that it lasts exactly the target length.

/**
 * Shares `free` samples among pauses in proportion to their weights, to the sample: the parts are
 * whole numbers and add up to `free` exactly (leftover samples go to the earliest pauses).
 * @param {number} free samples to share, an integer >= 0
 * @param {number[]} weights one positive weight per pause
 * @returns {number[]}
 */
export function spreadPauses(free, weights) {
  if (!Number.isInteger(free) || free < 0) throw new Error(`Cannot share ${free} samples.`);
  if (weights.length === 0) {
    if (free !== 0) throw new Error('No pauses to share the remaining time over.');
    return [];
  }
  if (weights.some((w) => !(w > 0))) throw new Error('Pause weights must be positive.');
  const total = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((free * w) / total));
  let left = free - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % parts.length, left--) parts[i] += 1;
  return parts;
}

/**
 * @typedef {{length: number, weightBefore: number}} Clip a sentence's audio, in samples; the
 *   weight of the pause before it (ignored for the first)
 */

/**
 * Lays the clips out on a track of exactly `total` samples: `lead` samples of silence, the clips
 * with the remaining time spread over the pauses between them, then `tail` samples of silence.
 * @param {Clip[]} clips
 * @param {{total: number, lead: number, tail: number, minPause: number, maxPause: number}} options
 * @returns {{offsets: number[], pauses: number[]}} offsets[i] is where clip i starts
 */
export function layoutClips(clips, {total, lead, tail, minPause, maxPause}) {
  if (clips.length === 0) throw new Error('Nothing to lay out.');
  const speech = clips.reduce((sum, c) => sum + c.length, 0);
  const free = total - lead - tail - speech;
  const weights = clips.slice(1).map((c) => c.weightBefore);
  if (free < 0) {
    throw new Error(`The speech is ${-free} samples too long for the track: speak faster.`);
  }
  const pauses = spreadPauses(free, weights);
  const shortest = Math.min(...pauses);
  const longest = Math.max(...pauses);
  if (pauses.length > 0 && (shortest < minPause || longest > maxPause)) {
    throw new Error(
      `Pauses would last ${shortest} to ${longest} samples, outside [${minPause}, ${maxPause}]: ` +
        'change the speaking rate.',
    );
  }
  /** @type {number[]} */
  const offsets = [];
  let at = lead;
  clips.forEach((clip, i) => {
    if (i > 0) at += pauses[i - 1];
    offsets.push(at);
    at += clip.length;
  });
  return {offsets, pauses};
}
