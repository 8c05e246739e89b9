import type {Player} from './video-js-adapter.js';

/**
 * Small marks on video.js's progress bar at given times (the lines holding search matches), so
 * the reader sees where in the media a phrase is said. They are drawn for the eye only
 * (`aria-hidden`): the count and the lines themselves say the same to a screen reader. The layer
 * is put back when the player is rebuilt, and placed again when the duration becomes known.
 */
const MIN_GAP_PERCENT = 0.2;

export class TimelineMarks {
  #layer?: HTMLElement;
  #times: readonly number[] = [];
  #media?: HTMLMediaElement;

  readonly #place = () => this.#draw();

  /** Marks these times (seconds) on `player`'s progress bar; none removes the layer. */
  show(player: Player | undefined, media: HTMLMediaElement | undefined, times: readonly number[]): void {
    this.#times = times;
    if (media !== this.#media) {
      this.#media?.removeEventListener('durationchange', this.#place);
      media?.addEventListener('durationchange', this.#place);
      this.#media = media;
    }
    const holder = player?.el().querySelector<HTMLElement>('.vjs-progress-holder');
    if (!holder || !times.length) {
      this.#layer?.remove();
      this.#layer = undefined;
      return;
    }
    if (this.#layer?.parentElement !== holder) {
      this.#layer?.remove();
      this.#layer = document.createElement('div');
      this.#layer.className = 'transcript-marks';
      this.#layer.setAttribute('aria-hidden', 'true');
      holder.append(this.#layer);
    }
    this.#draw();
  }

  clear(): void {
    this.show(undefined, undefined, []);
  }

  #draw(): void {
    const layer = this.#layer;
    const duration = this.#media?.duration;
    if (!layer) return;
    if (!duration || !Number.isFinite(duration)) {
      layer.replaceChildren();
      return;
    }
    const marks: HTMLElement[] = [];
    let last = -Infinity;
    for (const time of this.#times) {
      const at = Math.min(100, Math.max(0, (time / duration) * 100));
      // Marks closer than a fifth of a percent are one on any bar: 10,000 matching lines make
      // at most 500 marks.
      if (at - last < MIN_GAP_PERCENT) continue;
      last = at;
      const mark = document.createElement('span');
      mark.className = 'transcript-mark';
      // Set through the CSSOM, which a Content Security Policy without 'unsafe-inline' allows.
      mark.style.left = `${at}%`;
      marks.push(mark);
    }
    layer.replaceChildren(...marks);
  }
}
