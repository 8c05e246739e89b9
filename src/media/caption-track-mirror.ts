import type {RichCue} from '../cues/types.js';

export interface MirroredTrack {
  readonly label: string;
  readonly srclang: string;
  /** Whether the overlay shows (a page's non-default track stays hidden until chosen). */
  readonly showing: boolean;
}

/**
 * Mirrors the transcript's cues into one caption track on the media, so the overlay shows the
 * same words the transcript does, from one parse.
 */
export class CaptionTrackMirror {
  #media?: HTMLMediaElement;
  #track?: TextTrack;
  /** How far above the video's bottom the captions end, as a fraction of its height. */
  #bottomInset = 0;

  /** Mirrors into this media from now on; the old media's track is cleared. */
  attach(media: HTMLMediaElement | undefined): void {
    if (media === this.#media) return;
    this.clear();
    this.#media = media;
    this.#track = undefined;
  }

  /** Replaces the track's cues with `cues` (none: the track is cleared and turned off). */
  show(cues: readonly RichCue[], track: MirroredTrack): void {
    const media = this.#media;
    if (!media) return;
    this.clear();
    if (!cues.length) return;
    this.#track ??= media.addTextTrack('captions', track.label, track.srclang);
    for (const cue of cues) {
      // VTTCue text is parsed as WebVTT cue text, never as HTML.
      const shown = new VTTCue(cue.start, cue.end, cue.source);
      placeCue(shown, this.#bottomInset);
      this.#track.addCue(shown);
    }
    this.#track.mode = track.showing ? 'showing' : 'hidden';
  }

  /**
   * Keeps the captions' bottom edge `fraction` of the video's height above its bottom (0: where
   * the browser puts them), for engines where CSS cannot lift them above the control bar.
   */
  setBottomInset(fraction: number): void {
    if (fraction === this.#bottomInset) return;
    this.#bottomInset = fraction;
    for (const cue of this.#track?.cues ?? []) placeCue(cue as VTTCue, fraction);
  }

  /**
   * Turns the track off and empties it. A track made with addTextTrack() and left showing keeps
   * the media element, and through it the host element, alive after video.js has let go of it.
   */
  clear(): void {
    const track = this.#track;
    if (!track) return;
    track.mode = 'disabled';
    for (const cue of [...(track.cues ?? [])]) track.removeCue(cue);
  }
}

/** A caption line is at least this share of the video's height (its font is 5% of it). */
const LINE_SHARE = 0.05;

/**
 * Raises a cue by whole lines, as many as `bottomInset` needs: a negative line number counts
 * lines up from the bottom and keeps a cue of several lines whole (Firefox does not honour
 * lineAlign, so a percentage line cannot say where a box of unknown height ends).
 */
function placeCue(cue: VTTCue, bottomInset: number): void {
  cue.snapToLines = true;
  cue.line = bottomInset > 0 ? -1 - Math.ceil(bottomInset / LINE_SHARE) : 'auto';
}
