import {inSlices, yieldToPage} from '../cues/slices.js';
import type {RichCue} from '../cues/types.js';

/** More cues to add than this wait for the page's next turn (see #work). */
const LONG_WORK = 2000;

export interface MirroredTrack {
  readonly label: string;
  readonly srclang: string;
  readonly kind: 'captions' | 'subtitles';
}

/**
 * Mirrors the transcript's cues into the media's caption overlay, from one parse: one text track
 * per language the transcript offers (so video.js's captions menu lists them all), the cues in
 * the one the transcript shows. Transcript and overlay keep one language: a transcript switch
 * moves the overlay (on stays on, off stays off), and a language chosen in the player's menu
 * calls `onChoose` so the transcript follows.
 */
export class CaptionTrackMirror {
  readonly #onChoose: (index: number) => void;
  #media?: HTMLMediaElement;
  /** Tracks made on this media, by kind, label and language; they cannot be removed. */
  readonly #made = new Map<string, TextTrack>();
  /** The offered languages' tracks, in the transcript's order. */
  #tracks: TextTrack[] = [];
  #current = -1;
  /** Whether the overlay is on; undefined until decided (by the page's default track). */
  #on?: boolean;
  /** Whether the current track holds the transcript's cues. */
  #hasCues = false;
  /** The cues added to each track, to be taken out by the next clear. */
  readonly #added = new Map<TextTrack, VTTCue[]>();
  /** Cues cleared but not yet taken out of their tracks. */
  readonly #stale: [TextTrack, VTTCue[]][] = [];
  /** Cues of the current show not yet added. */
  #adding?: {readonly track: TextTrack; readonly cues: readonly RichCue[]; next: number};
  #working = false;
  /** How far above the video's bottom the captions end, as a fraction of its height. */
  #bottomInset = 0;

  constructor(onChoose: (index: number) => void) {
    this.#onChoose = onChoose;
  }

  /** The track the transcript's cues are in. */
  get current(): TextTrack | undefined {
    return this.#tracks[this.#current];
  }

  /** Mirrors into this media from now on; the old media's tracks are cleared. */
  attach(media: HTMLMediaElement | undefined): void {
    if (media === this.#media) return;
    // The old media is let go of: its tracks are turned off, and their cues left in them (taking
    // 100,000 cues out one by one kept WebKit busy long after the player was gone).
    this.#disable();
    this.#stale.length = 0;
    this.#media?.textTracks.removeEventListener('change', this.#onChange);
    this.#media = media;
    this.#made.clear();
    this.#tracks = [];
    this.#current = -1;
    this.#on = undefined;
    this.#hasCues = false;
    media?.textTracks.addEventListener('change', this.#onChange);
  }

  /**
   * Shows `cues` in the track of language `index` of `offered`, and makes it the overlay's
   * language. The overlay stays on or off as it was; the first time, it is on if `initiallyOn`.
   */
  show(offered: readonly MirroredTrack[], index: number, cues: readonly RichCue[], initiallyOn: boolean): void {
    const media = this.#media;
    if (!media) return;
    // On or off as the reader left it while there were cues to show, else as first decided.
    if (this.#hasCues) this.#on = this.#tracks.some((track) => track.mode === 'showing');
    this.#on ??= initiallyOn;
    this.#disable();
    this.#hasCues = false;
    this.#current = index;
    // Tracks are made once there are cues: made right after video.js took the media element,
    // they were missing from its captions menu.
    if (!cues.length) return this.#work();
    this.#tracks = offered.map((track) => this.#track(media, track));
    const shown = this.#tracks[index];
    if (!shown) return this.#work();
    shown.mode = this.#on ? 'showing' : 'hidden';
    this.#hasCues = true;
    this.#adding = {track: shown, cues, next: 0};
    this.#work();
  }

  /**
   * Removes the cues of the last shows and adds the new ones in slices: 100,000 of either took
   * about half a second in one task. A short file is done at once; a long one starts after the
   * page's next turn, out of the way of the transcript being shown.
   */
  #work(): void {
    if (this.#working) return;
    this.#working = true;
    const long = (this.#adding?.cues.length ?? 0) > LONG_WORK;
    void (long ? yieldToPage() : Promise.resolve())
      .then(() => inSlices((deadline) => this.#step(deadline), () => false))
      .then(() => {
      this.#working = false;
      // Work given between the last slice and now.
      if (this.#stale.length || this.#adding) this.#work();
    });
  }

  #step(deadline: number): boolean {
    let done = 0;
    const due = () => ++done % 64 === 0 && performance.now() > deadline;
    for (const stale = this.#stale; stale.length; stale.pop()) {
      const [track, cues] = stale[stale.length - 1];
      // From the last: a cue list is an array, and taking its first cue moves all the others.
      while (cues.length) {
        track.removeCue(cues.pop()!);
        if (due()) return false;
      }
    }
    const adding = this.#adding;
    if (!adding) return true;
    let added = this.#added.get(adding.track);
    if (!added) this.#added.set(adding.track, (added = []));
    while (adding.next < adding.cues.length) {
      const cue = adding.cues[adding.next++];
      // VTTCue text is parsed as WebVTT cue text, never as HTML.
      const vttCue = new VTTCue(cue.start, cue.end, cue.source);
      placeCue(vttCue, this.#bottomInset);
      adding.track.addCue(vttCue);
      added.push(vttCue);
      if (due()) return false;
    }
    this.#adding = undefined;
    return true;
  }

  #track(media: HTMLMediaElement, {kind, label, srclang}: MirroredTrack): TextTrack {
    const key = `${kind}\n${label}\n${srclang}`;
    let track = this.#made.get(key);
    if (!track) {
      track = media.addTextTrack(kind, label, srclang);
      track.mode = 'disabled';
      this.#made.set(key, track);
    }
    return track;
  }

  /** The reader turned on another of our languages (in video.js's captions menu). */
  readonly #onChange = () => {
    const chosen = this.#tracks.findIndex((track) => track.mode === 'showing');
    if (chosen >= 0 && chosen !== this.#current) this.#onChoose(chosen);
  };

  /**
   * Keeps the captions' bottom edge `fraction` of the video's height above its bottom (0: where
   * the browser puts them), for engines where CSS cannot lift them above the control bar.
   */
  setBottomInset(fraction: number): void {
    if (fraction === this.#bottomInset) return;
    this.#bottomInset = fraction;
    for (const cue of this.current?.cues ?? []) placeCue(cue as VTTCue, fraction);
  }

  /**
   * Turns the tracks off and gives their cues to #work to take out. A track made with
   * addTextTrack() and left showing keeps the media element, and through it the host element,
   * alive after video.js has let go of it.
   */
  #disable(): void {
    this.#stale.push(...this.#added);
    this.#added.clear();
    this.#adding = undefined;
    for (const track of this.#made.values()) track.mode = 'disabled';
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
