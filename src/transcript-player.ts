import {html, LitElement, nothing, type PropertyValues} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {CueIndex, sameIndices} from './cues/cue-index.js';
import {wordIndexAt, wordMarks, wordSpan, type WordMarks} from './cues/word-marks.js';
import {createLines} from './render/cue-lines.js';
import {WordHighlighter} from './render/word-highlight.js';
import type {Cue, CueParseError, RichCue} from './cues/types.js';
import {CaptionsController, type CaptionsResult} from './controllers/captions-controller.js';
import {FollowController} from './controllers/follow-controller.js';
import {
  TranscriptCueChangeEvent,
  TranscriptErrorEvent,
  TranscriptLoadEvent,
  TranscriptSeekEvent,
} from './events.js';
import {MediaClock} from './media/media-clock.js';
import {isAudioSource} from './media/media-kind.js';
import {
  copiedAttributes,
  createPlayer,
  describeMediaError,
  type MediaSpec,
  type Player,
} from './media/video-js-adapter.js';
import {styles} from './transcript-player.styles.js';

/**
 * Lines are grouped for `content-visibility: auto`: off-screen groups skip style, layout and
 * paint, while every line stays in the DOM for find-in-page, screen readers and the keyboard.
 * One group per line would cost an intersection check per line on every frame.
 */
const LINES_PER_CHUNK = 40;

/** How many caption problems the alert lists before summing up the rest. */
const MAX_LISTED_ERRORS = 5;

interface ShownError {
  readonly source: 'captions' | 'media';
  readonly message: string;
  readonly line?: number;
}

/**
 * A media player with an interactive transcript that follows playback.
 *
 * Give it `src` and `captions`, or wrap a `<video>`/`<audio>` with `<source>` and `<track>`
 * children: the element adopts that media (its sources, poster, attributes and the `default`
 * captions/subtitles track, else the first) and hides it. Without JavaScript the wrapped media
 * stays a native player with native captions. Attributes win over children.
 *
 * @summary Plays audio or video with a synced, clickable, keyboard-navigable transcript.
 *
 * @slot - Optional: a `<video>` or `<audio>` with `<source>` and `<track>` children to enhance.
 *
 * @fires {TranscriptLoadEvent} transcript-load - Cues loaded and rendered. `event.cues`.
 * @fires {TranscriptCueChangeEvent} transcript-cuechange - The active cues changed, by playback or a seek. `event.cues`.
 * @fires {TranscriptSeekEvent} transcript-seek - Cancelable: the reader chose a line; `preventDefault()` stops the seek. `event.time`, `event.cue`.
 * @fires {TranscriptErrorEvent} transcript-error - Captions or media failed. `event.source`, `event.message`, `event.line`.
 *
 * @csspart player - The area holding the video.js player.
 * @csspart transcript - The transcript panel.
 * @csspart cues - The list of lines (a listbox).
 * @csspart cue - One line; `cue active` while it is being spoken.
 * @csspart active - The line(s) being spoken (style `::part(cue active)` or `::part(active)`).
 * @csspart time - A line's start time label.
 * @csspart speaker - A line's speaker label.
 * @csspart text - A line's text.
 * @csspart error - An error alert.
 * @csspart resume - The "Resume following" button.
 *
 * @cssprop [--transcript-player-accent=#1a5fb4] - Active-line bar, focus rings and the resume button.
 * @cssprop [--transcript-player-active-background=#e5eefb] - Background of the line being spoken.
 * @cssprop [--transcript-player-word-background=accent at 30%] - Background of the word being spoken, when the captions time their words.
 * @cssprop [--transcript-player-font=400 1rem/1.5 system-ui, sans-serif] - Font of the element (shorthand `font`).
 * @cssprop [--transcript-player-font-size=1rem] - Size of the transcript lines.
 * @cssprop [--transcript-player-background=#ffffff] - Transcript panel background.
 * @cssprop [--transcript-player-color=#1c1c1e] - Text colour.
 * @cssprop [--transcript-player-muted-color=#59595f] - Time and speaker labels, the panel heading.
 * @cssprop [--transcript-player-transcript-height=20rem] - Height of the transcript panel when stacked or beside audio (it scrolls).
 * @cssprop [--transcript-player-breakpoint=46rem] - Element width below which the transcript moves under the media.
 * @cssprop [--transcript-player-radius=10px] - Corner radius of the player and panel.
 */
export class TranscriptPlayerElement extends LitElement {
  static override styles = styles;

  /** URL of the media (video or audio). Overrides a slotted media element's sources. */
  @property({reflect: true}) src?: string;
  /** MIME type of `src`, when its extension does not tell (for example audio in WebM). */
  @property({reflect: true}) type?: string;
  /** URL of the WebVTT captions that make the transcript and the caption overlay. */
  @property({reflect: true}) captions?: string;
  /** Poster image for video. */
  @property({reflect: true}) poster?: string;
  /** Language of the captions (BCP 47), used for the caption track. */
  @property({reflect: true}) srclang = 'en';
  /** The transcript panel's heading. */
  @property({attribute: 'transcript-label'}) transcriptLabel = 'Transcript';
  /** Force the `light` or `dark` scheme; by default it follows the system. */
  @property({reflect: true}) theme?: 'light' | 'dark';

  /** True while the transcript keeps the active line in view. Set false to stop. */
  get following(): boolean {
    return this.#follow.following;
  }

  set following(value: boolean) {
    this.#follow.following = value;
  }

  @state() private errors: readonly ShownError[] = [];
  @state() private audioOnly = false;
  @state() private transcript: readonly RichCue[] = [];
  @state() private captionsLoaded = false;

  @query('.cues') private cueList!: HTMLElement | null;
  @query('.player-host') private playerHost!: HTMLDivElement | null;

  readonly #captions = new CaptionsController(this, (result) => this.#onCaptions(result));
  readonly #follow = new FollowController(this, {
    scroller: () => this.renderRoot.querySelector<HTMLElement>('.scroller'),
    target: () => this.#lines[this.#active[0] ?? this.#index.nearestAt(this.currentTime)],
    canFollow: () => this.transcript.length > 0,
  });
  #index = new CueIndex<RichCue>([]);
  /** Where the active set last computed holds; empty until the first check. */
  #stable = {from: 0, until: -1};
  readonly #words = new WordHighlighter();
  /** Word timings per cue, worked out when a cue is first spoken (null: the cue has none). */
  #wordMarks = new Map<number, WordMarks | null>();
  #wordCue = -1;
  #wordIndex = -1;
  /** The rendered lines, in cue order. */
  #lines: HTMLElement[] = [];
  #active: number[] = [];
  /** The line that holds the transcript's one tab stop. */
  #tabStop = 0;
  #player?: Player;
  #media?: HTMLMediaElement;
  #clock?: MediaClock;
  #captionTrack?: TextTrack;
  #playerGeneration = 0;
  #mediaError?: ShownError;
  #captionErrors: readonly ShownError[] = [];

  /** The transcript's cues, sorted by start time. */
  get cues(): readonly Cue[] {
    return this.transcript;
  }

  /** The media element video.js drives. */
  get media(): HTMLMediaElement | undefined {
    return this.#media;
  }

  /** The video.js player. */
  get player(): Player | undefined {
    return this.#player;
  }

  /** The playback position in seconds; setting it seeks and updates the highlight at once. */
  get currentTime(): number {
    return this.#media?.currentTime ?? 0;
  }

  set currentTime(time: number) {
    if (!this.#media) return;
    this.#media.currentTime = time;
    this.#syncNow();
  }

  /** The cues active now. */
  get activeCues(): readonly Cue[] {
    return this.#active.map((i) => this.#index.cues[i]);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('fullscreenchange', this.#onFullscreenChange);
    void this.updateComplete.then(() => {
      if (this.isConnected && !this.#player) this.#buildPlayer();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('fullscreenchange', this.#onFullscreenChange);
    this.#disposePlayer();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('captions') || !this.hasUpdated) this.#captions.load(this.#captionsUrl());
  }

  protected override updated(changed: PropertyValues): void {
    const mediaChanged = changed.has('src') || changed.has('type') || changed.has('poster');
    if (this.hasUpdated && mediaChanged && changed.size && this.#player) {
      // A new source may be audio where the old was video: rebuild rather than patch.
      this.#disposePlayer();
      this.#buildPlayer();
    }
    if (changed.has('transcript')) this.#afterTranscriptRender();
  }

  override render() {
    const errors = this.errors;
    return html`
      <div class="layout ${this.audioOnly ? 'audio' : 'video'}">
        <div class="player" part="player">
          <div class="player-host"></div>
        </div>
        <section class="transcript" part="transcript" aria-labelledby="transcript-heading">
          <h2 id="transcript-heading" class="heading">${this.transcriptLabel}</h2>
          ${errors.map(
            (error) => html`<div class="error" part="error" role="alert">
              <span class="error-source">${error.source === 'media' ? 'Media' : 'Captions'}</span>
              ${error.message}
            </div>`,
          )}
          ${this.transcript.length === 0 && this.captionsLoaded
            ? html`<p class="empty">No transcript is available.</p>`
            : nothing}
          <div class="scroller" @scroll=${this.#follow.onScroll} @scrollend=${this.#follow.onScrollEnd}
            @wheel=${this.#follow.onScrollIntent} @touchmove=${this.#follow.onScrollIntent}>
            ${this.#renderCues()}
          </div>
          <button class="resume" part="resume" type="button" ?hidden=${this.following || !this.transcript.length}
            @click=${() => this.#follow.resume()}>
            Resume following
          </button>
        </section>
      </div>
      <slot hidden></slot>
    `;
  }

  #renderCues() {
    // The lines themselves are built in #afterTranscriptRender, outside Lit: see cue-lines.ts.
    return html`<div class="cues" part="cues" role="listbox" aria-labelledby="transcript-heading"
      ?hidden=${!this.transcript.length} @click=${this.#onCueClick} @keydown=${this.#onCueKeydown}
      @focusin=${this.#onCueFocus}></div>`;
  }

  // ---- captions ----------------------------------------------------------------------------

  #captionsUrl(): string | undefined {
    if (this.captions) return this.captions;
    const track = this.#slottedTrack();
    return track?.getAttribute('src') ? track.src : undefined;
  }

  /** The slotted media's default captions/subtitles track, else its first one. */
  #slottedTrack(): HTMLTrackElement | undefined {
    const tracks = [...this.querySelectorAll(':scope > video > track, :scope > audio > track')]
      .filter((t): t is HTMLTrackElement => t instanceof HTMLTrackElement)
      .filter((t) => ['captions', 'subtitles', ''].includes(t.getAttribute('kind') ?? ''));
    return tracks.find((t) => t.default) ?? tracks[0];
  }

  #onCaptions(result: CaptionsResult): void {
    this.#captionErrors = result.errors.slice(0, MAX_LISTED_ERRORS).map((e) => ({source: 'captions', ...e}));
    if (result.errors.length > MAX_LISTED_ERRORS) {
      this.#captionErrors = [
        ...this.#captionErrors,
        {source: 'captions', message: `…and ${result.errors.length - MAX_LISTED_ERRORS} more problems in the captions.`},
      ];
    }
    this.#updateErrors();
    this.#index = new CueIndex(result.cues);
    this.#stable = {from: 0, until: -1};
    this.#active = [];
    this.#tabStop = 0;
    this.transcript = this.#index.cues;
    this.captionsLoaded = true;
    this.#applyCaptionTrack();
    for (const error of result.errors.slice(0, MAX_LISTED_ERRORS)) {
      this.dispatchEvent(new TranscriptErrorEvent('captions', error.message, error.line));
    }
  }

  #afterTranscriptRender(): void {
    // The list was rebuilt: put the tab stop and highlight back on the new elements.
    const {fragment, lines} = createLines(this.transcript, LINES_PER_CHUNK);
    this.cueList?.replaceChildren(fragment);
    this.#lines = lines;
    this.#forgetWords();
    this.#active = [];
    this.#stable = {from: 0, until: -1};
    this.#setTabStop(Math.min(this.#tabStop, this.transcript.length - 1));
    this.#syncNow();
    if (this.captionsLoaded) this.dispatchEvent(new TranscriptLoadEvent(this.transcript));
  }

  /** Mirrors the parsed cues into a caption track so the overlay shows the same words. */
  #applyCaptionTrack(): void {
    const media = this.#media;
    if (!media || !this.captionsLoaded) return;
    this.#clearCaptionTrack();
    if (!this.transcript.length) return;
    this.#captionTrack ??= media.addTextTrack('captions', this.#trackLabel(), this.srclang);
    for (const cue of this.transcript) {
      // VTTCue text is parsed as WebVTT cue text, never as HTML.
      this.#captionTrack.addCue(new VTTCue(cue.start, cue.end, cue.source));
    }
    const slotted = this.#slottedTrack();
    this.#captionTrack.mode = slotted && !slotted.default ? 'hidden' : 'showing';
  }

  #clearCaptionTrack(): void {
    const track = this.#captionTrack;
    if (!track) return;
    track.mode = 'disabled';
    for (const cue of [...(track.cues ?? [])]) track.removeCue(cue);
  }

  #trackLabel(): string {
    return this.#slottedTrack()?.label || (this.srclang === 'en' ? 'English' : this.srclang);
  }

  // ---- player ------------------------------------------------------------------------------

  #mediaSpec(): MediaSpec | undefined {
    const slotted = this.querySelector(':scope > video, :scope > audio');
    if (this.src) {
      const kind = isAudioSource(this.src, this.type) ? 'audio' : 'video';
      const poster = this.poster ?? (slotted instanceof HTMLVideoElement ? slotted.poster : undefined);
      return {kind, sources: [{src: this.src, ...(this.type ? {type: this.type} : {})}], ...(poster ? {poster} : {})};
    }
    if (!(slotted instanceof HTMLMediaElement)) return undefined;
    const sources = [...slotted.querySelectorAll('source')].map((s) => ({src: s.src, ...(s.type ? {type: s.type} : {})}));
    if (!sources.length && slotted.getAttribute('src')) sources.push({src: slotted.src});
    const poster = this.poster ?? (slotted instanceof HTMLVideoElement && slotted.poster ? slotted.poster : undefined);
    // The captions track we mirror from parsed cues is left out; chapters and the rest are kept.
    const mirrored = this.#slottedTrack();
    const tracks = [...slotted.querySelectorAll('track')].filter((track) => track !== mirrored && track.getAttribute('src'));
    return {
      kind: slotted instanceof HTMLAudioElement ? 'audio' : 'video',
      sources,
      ...(poster ? {poster} : {}),
      attributes: copiedAttributes(slotted),
      tracks,
    };
  }

  #buildPlayer(): void {
    const host = this.playerHost;
    const spec = this.#mediaSpec();
    if (!host || !spec) return;
    const slotted = this.querySelector(':scope > video, :scope > audio');
    if (slotted instanceof HTMLMediaElement) {
      // The page's own element stays as the no-JavaScript fallback; keep it from playing too.
      slotted.pause();
      slotted.preload = 'none';
    }
    const generation = ++this.#playerGeneration;
    this.audioOnly = spec.kind === 'audio';
    this.#mediaError = undefined;
    this.#updateErrors();
    const {player, media} = createPlayer(host, spec, `${this.transcriptLabel === 'Transcript' ? 'Media' : this.transcriptLabel} player`);
    this.#player = player;
    this.#media = media;
    this.#captionTrack = undefined;
    player.on('error', () => {
      if (generation !== this.#playerGeneration) return;
      const message = describeMediaError(player.error());
      this.#mediaError = {source: 'media', message};
      this.#updateErrors();
      this.dispatchEvent(new TranscriptErrorEvent('media', message));
    });
    media.addEventListener('loadedmetadata', () => {
      // WebM and MP4 can hold audio alone: show the compact player when there is no picture.
      if (media instanceof HTMLVideoElement && media.videoWidth === 0 && !this.audioOnly) {
        this.audioOnly = true;
        void player.audioOnlyMode(true);
      }
    });
    this.#takeOverFullscreen();
    this.#clock = new MediaClock(media, {
      nextBoundaryAfter: (time) => this.#index.nextBoundaryAfter(time),
      onTick: (time) => this.#onTick(time),
    });
    this.#clock.start();
    this.#applyCaptionTrack();
  }

  /**
   * The fullscreen button shows the whole element, video and transcript, so readers keep the
   * transcript (and its highlight) in fullscreen; video.js would show the video alone.
   */
  #takeOverFullscreen(): void {
    const toggle = this.#fullscreenToggle();
    if (!toggle) return;
    toggle.handleClick = (event?: Event) => {
      event?.preventDefault?.();
      if (document.fullscreenElement === this) void document.exitFullscreen();
      // Where the element cannot go fullscreen (refused, or no element fullscreen as on iPhone),
      // video.js's own, the video alone, still works.
      else if (typeof this.requestFullscreen !== 'function') void this.#player?.requestFullscreen();
      else void this.requestFullscreen().catch(() => this.#player?.requestFullscreen());
    };
  }

  #fullscreenToggle(): FullscreenToggle | undefined {
    const controlBar = this.#player?.getChild('ControlBar') as unknown as {getChild(name: string): unknown} | undefined;
    return controlBar?.getChild('FullscreenToggle') as FullscreenToggle | undefined;
  }

  readonly #onFullscreenChange = () => {
    const toggle = this.#fullscreenToggle();
    const isFullscreen = document.fullscreenElement === this;
    // video.js keeps the button right for its own fullscreen; ours it does not see.
    if (toggle && (isFullscreen || !this.#player?.isFullscreen())) {
      toggle.controlText(isFullscreen ? 'Exit Fullscreen' : 'Fullscreen');
      toggle.setIcon?.(isFullscreen ? 'fullscreen-exit' : 'fullscreen-enter');
    }
    // The panel's size changed: bring the active line back into view.
    this.#follow.activeChanged();
  };

  #disposePlayer(): void {
    this.#playerGeneration++;
    this.#clock?.stop();
    this.#clock = undefined;
    // A track made with addTextTrack() and left showing keeps the media element, and through it
    // this element, alive after video.js has let go of it.
    this.#clearCaptionTrack();
    this.#clearWordMark();
    this.#player?.dispose();
    this.#player = undefined;
    this.#media = undefined;
    this.#captionTrack = undefined;
  }

  #updateErrors(): void {
    this.errors = [...(this.#mediaError ? [this.#mediaError] : []), ...this.#captionErrors];
  }

  // ---- sync --------------------------------------------------------------------------------

  #syncNow(): void {
    if (this.#clock) this.#clock.check();
    else this.#onTick(this.currentTime);
  }

  #onTick(time: number): void {
    this.#updateActive(time);
    this.#updateWord(time);
  }

  /** Marks the word being spoken in the first active line, when its cue has word timings. */
  #updateWord(time: number): void {
    const cue = this.#active[0] ?? -1;
    let marks = cue >= 0 ? this.#wordMarks.get(cue) : null;
    if (marks === undefined) {
      marks = wordMarks(this.#index.cues[cue]) ?? null;
      this.#wordMarks.set(cue, marks);
    }
    const word = marks ? wordIndexAt(marks, time) : -1;
    if (cue === this.#wordCue && word === this.#wordIndex) return;
    this.#wordCue = cue;
    this.#wordIndex = word;
    const text = this.#lines[cue]?.querySelector('.text')?.firstChild;
    if (!marks || word < 0 || !(text instanceof Text)) {
      this.#words.clear();
      return;
    }
    const [start, end] = wordSpan(marks, word, text.data);
    this.#words.mark(text, start, end);
  }

  #clearWordMark(): void {
    this.#words.clear();
    this.#wordCue = -1;
    this.#wordIndex = -1;
  }

  /** The lines were rebuilt: word timings are per cue index, so they go too. */
  #forgetWords(): void {
    this.#clearWordMark();
    this.#wordMarks.clear();
  }

  /** Called per check: one binary search, and DOM writes only when the active set changed. */
  #updateActive(time: number): void {
    // Most checks land where nothing can have changed: answer those without a search or garbage
    // (the clock checks many times a frame near a boundary, and a collection then costs lag).
    if (time >= this.#stable.from && time < this.#stable.until) return;
    this.#stable = this.#index.stableSpanAt(time);
    const active = this.#index.activeAt(time);
    if (sameIndices(active, this.#active)) return;
    const lines = this.#lines;
    for (const i of this.#active) {
      const line = lines[i];
      if (!line) continue;
      line.removeAttribute('aria-current');
      line.setAttribute('part', 'cue');
    }
    for (const i of active) {
      const line = lines[i];
      if (!line) continue;
      line.setAttribute('aria-current', 'true');
      line.setAttribute('part', 'cue active');
    }
    this.#active = active;
    if (active.length) {
      if (!this.#focusInList()) this.#setTabStop(active[0]);
      this.#follow.activeChanged();
    }
    this.dispatchEvent(new TranscriptCueChangeEvent(this.activeCues));
  }

  // ---- interaction -------------------------------------------------------------------------

  #lineIndexOf(event: Event): number | undefined {
    const line = (event.target as Element | null)?.closest?.('.cue');
    return line instanceof HTMLElement ? Number(line.dataset.index) : undefined;
  }

  readonly #onCueClick = (event: MouseEvent) => {
    const index = this.#lineIndexOf(event);
    if (index === undefined) return;
    // A drag that selected text is reading, not a request to seek.
    const selection = (this.shadowRoot as ShadowRoot & {getSelection?: () => Selection | null}).getSelection?.();
    if (selection && !selection.isCollapsed && selection.toString().trim()) return;
    this.#seekToLine(index);
  };

  readonly #onCueKeydown = (event: KeyboardEvent) => {
    const index = this.#lineIndexOf(event);
    if (index === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    const last = this.transcript.length - 1;
    const page = Math.max(1, Math.floor((this.renderRoot.querySelector('.scroller')?.clientHeight ?? 300) / 48));
    const target: Record<string, number> = {
      ArrowDown: Math.min(last, index + 1),
      ArrowUp: Math.max(0, index - 1),
      Home: 0,
      End: last,
      PageDown: Math.min(last, index + page),
      PageUp: Math.max(0, index - page),
    };
    if (event.key in target) {
      event.preventDefault();
      this.#follow.pause();
      this.#focusLine(target[event.key]);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#seekToLine(index);
    }
  };

  readonly #onCueFocus = (event: FocusEvent) => {
    const index = this.#lineIndexOf(event);
    if (index !== undefined) this.#setTabStop(index);
  };

  #seekToLine(index: number): void {
    const cue = this.transcript[index];
    if (!cue) return;
    if (!this.dispatchEvent(new TranscriptSeekEvent(cue.start, cue))) return;
    this.following = true;
    this.#setTabStop(index);
    if (this.#media) {
      this.#media.currentTime = cue.start;
      this.#syncNow();
    } else {
      this.#updateActive(cue.start);
    }
  }

  #focusLine(index: number): void {
    const line = this.#lines[index];
    if (!line) return;
    this.#setTabStop(index);
    line.focus({preventScroll: true});
    this.#follow.reveal(line);
  }

  #setTabStop(index: number): void {
    const lines = this.#lines;
    if (index < 0) return;
    lines[this.#tabStop]?.setAttribute('tabindex', '-1');
    lines[index]?.setAttribute('tabindex', '0');
    this.#tabStop = index;
  }

  #focusInList(): boolean {
    const focused = this.shadowRoot?.activeElement;
    return !!focused && !!this.cueList?.contains(focused);
  }
}

/** The parts of video.js's FullscreenToggle we use. */
interface FullscreenToggle {
  handleClick(event?: Event): void;
  controlText(text: string): void;
  setIcon?(name: string): void;
}

export type {Cue, CueParseError};
