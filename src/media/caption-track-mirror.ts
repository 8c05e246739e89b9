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
      this.#track.addCue(new VTTCue(cue.start, cue.end, cue.source));
    }
    this.#track.mode = track.showing ? 'showing' : 'hidden';
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
