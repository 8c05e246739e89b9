import {html, LitElement, nothing, type PropertyValues} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import type {Cue, CueParseError, RichCue} from './cues/types.js';
import {CaptionsController, type CaptionsResult} from './controllers/captions-controller.js';
import {FollowController} from './controllers/follow-controller.js';
import {PlayerController} from './controllers/player-controller.js';
import {SyncController} from './controllers/sync-controller.js';
import {TranscriptCueChangeEvent, TranscriptErrorEvent, TranscriptLoadEvent, TranscriptSeekEvent} from './events.js';
import {CaptionTrackMirror} from './media/caption-track-mirror.js';
import {playerLabel, readMediaSpec, slottedCaptionTrack, slottedMedia} from './media/media-spec.js';
import {fullscreenToggle, type Player} from './media/video-js-adapter.js';
import {captionAlerts, MAX_LISTED_ERRORS, type ShownError} from './render/alerts.js';
import {isActivationKey, lineForKey, linesPerPage} from './render/line-keys.js';
import {keyOwner, shortcutFor} from './render/shortcuts.js';
import {SHORTCUT_HELP, TEXT} from './render/strings.js';
import {TranscriptView} from './render/transcript-view.js';
import {styles} from './transcript-player.styles.js';

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
 * @fires {TranscriptErrorEvent} transcript-error - Captions or media failed, captions timed out or were cut off, or media stopped loading. `event.source`, `event.message`, `event.line`.
 *
 * @csspart player - The area holding the video.js player.
 * @csspart transcript - The transcript panel.
 * @csspart cues - The list of lines.
 * @csspart cue - One line (a link to its time); `cue active` while it is being spoken.
 * @csspart active - The line(s) being spoken (style `::part(cue active)` or `::part(active)`).
 * @csspart time - A line's start time label.
 * @csspart speaker - A line's speaker label, on the lines where the speaker changes.
 * @csspart text - A line's text.
 * @csspart error - An error alert.
 * @csspart status - The loading status ("Loading transcript…"), empty once the captions have loaded.
 * @csspart resume - The "Resume following" button, in the panel's header.
 * @csspart shortcuts - The "?" button in the panel's header; it opens the keyboard shortcuts help (also the `?` key).
 *
 * @cssprop [--transcript-player-accent=#1a5fb4] - Active-line bar, focus rings and the resume button.
 * @cssprop [--transcript-player-active-background=#e5eefb] - Background of the line being spoken.
 * @cssprop [--transcript-player-word-background=the accent] - Background of the word being spoken, when the captions time their words (keep it at 3:1 or more against the active line's background).
 * @cssprop [--transcript-player-word-color=the background] - Colour of the word being spoken.
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
  /**
   * The transcript panel's heading.
   * @default 'Transcript'
   */
  @property({attribute: 'transcript-label'}) transcriptLabel: string = TEXT.transcript;
  /**
   * The media's title, for the names screen readers hear: the transcript is "Transcript: <label>"
   * and the player "Media player: <label>", so two players on a page are told apart. By default,
   * the slotted media's `aria-label` or `title`.
   */
  @property() label?: string;
  /** Force the `light` or `dark` scheme; by default it follows the system. */
  @property({reflect: true}) theme?: 'light' | 'dark';
  /**
   * How long, in milliseconds, to wait on a server that sends nothing before saying so: captions
   * with no answer (or no more of their body) for this long fail with an error, and media
   * waiting this long for data, with nothing moving, shows a "stopped loading" error until it
   * moves again.
   */
  @property({type: Number, attribute: 'load-timeout'}) loadTimeout = 20000;

  /** True while the transcript keeps the active line in view. Set false to stop. */
  get following(): boolean {
    return this.#follow.following;
  }

  set following(value: boolean) {
    this.#follow.following = value;
  }

  @state() private transcript: readonly RichCue[] = [];
  @state() private captionsLoaded = false;
  @state() private captionErrors: readonly ShownError[] = [];

  @query('.cues') private cueList!: HTMLElement | null;

  readonly #view = new TranscriptView();
  readonly #mirror = new CaptionTrackMirror();
  readonly #captions = new CaptionsController(
    this,
    (result) => this.#onCaptions(result),
    () => this.loadTimeout,
  );
  /** A slotted track's captions can change too. */
  readonly #tracks = new MutationObserver(() => this.#loadCaptions());
  /** Set from a disconnect until the element is put back (a move) or torn down. */
  #moving?: {readonly playing: boolean};
  readonly #sync = new SyncController(this, {
    onActiveChange: (active) => this.#onActiveChange(active),
    onTick: (time) => this.#view.markWord(this.#sync.active[0] ?? -1, time),
  });
  readonly #follow = new FollowController(this, {
    scroller: () => this.renderRoot.querySelector<HTMLElement>('.scroller'),
    target: () => this.#view.lines[this.#sync.active[0] ?? this.#sync.index.nearestAt(this.currentTime)],
    canFollow: () => this.transcript.length > 0,
  });
  readonly #player = new PlayerController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.player-host'),
    spec: () => readMediaSpec(this, slottedMedia(this), slottedCaptionTrack(this)),
    adopted: () => slottedMedia(this),
    label: () => this.#playerName(),
    onMediaChange: (media) => this.#onMediaChange(media),
    onError: (message) => this.dispatchEvent(new TranscriptErrorEvent('media', message)),
    timeout: () => this.loadTimeout,
    // The panel's size changed: bring the active line back into view.
    onFullscreenChange: () => this.#follow.activeChanged(),
    onCaptionInset: (fraction) => this.#mirror.setBottomInset(fraction),
  });

  /** The transcript's cues, sorted by start time. */
  get cues(): readonly Cue[] {
    return this.transcript;
  }

  /** The media element video.js drives. */
  get media(): HTMLMediaElement | undefined {
    return this.#player.media;
  }

  /** The video.js player. */
  get player(): Player | undefined {
    return this.#player.player;
  }

  /**
   * The playback position in seconds, the one the highlight follows (between the steps of an
   * engine that reports currentTime coarsely); setting it seeks and updates the highlight at once.
   */
  get currentTime(): number {
    return this.#sync.time;
  }

  set currentTime(time: number) {
    if (!this.media) return;
    this.media.currentTime = time;
    this.#sync.check();
  }

  constructor() {
    super();
    // In the capture phase, ahead of video.js's own hotkeys (k, Space, m and f in the player),
    // which would act a second time, or differently (its f shows the video alone).
    this.addEventListener('keydown', this.#onShortcut, true);
  }

  /** The cues active now. */
  get activeCues(): readonly Cue[] {
    return this.#sync.active.map((i) => this.#sync.cues[i]);
  }

  override connectedCallback(): void {
    const moving = this.#moving;
    this.#moving = undefined;
    if (moving) {
      // Put back after a move: all goes on as it was. Yet media that stays out of the document
      // past a task is paused, and WebKit halts a moved video by the next frame while it still
      // reports playing: play it again after that frame.
      const media = this.media;
      if (moving.playing) {
        requestAnimationFrame(() =>
          setTimeout(() => {
            if (media && media === this.media && this.isConnected) void media.play().catch(() => undefined);
          }),
        );
      }
      return;
    }
    super.connectedCallback();
    this.#tracks.observe(this, {subtree: true, childList: true, attributeFilter: ['src', 'kind', 'default']});
  }

  override disconnectedCallback(): void {
    // A move with append() or insertBefore() is a disconnect and then a connect: tear down only
    // once the element has stayed out past the next frame (or a second, where frames do not run).
    const moving = {playing: !!this.media && !this.media.paused};
    this.#moving = moving;
    const leave = () => {
      if (this.#moving !== moving) return;
      this.#moving = undefined;
      this.#tracks.disconnect();
      super.disconnectedCallback();
    };
    requestAnimationFrame(() => setTimeout(leave));
    setTimeout(leave, 1000);
  }

  /**
   * Moved with moveBefore(): the player, its media and their state move along untouched.
   * @internal A lifecycle callback, not API.
   */
  connectedMoveCallback(): void {}

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('captions') || !this.hasUpdated) this.#loadCaptions();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('label')) this.player?.el().setAttribute('aria-label', this.#playerName());
    if (this.hasUpdated && (changed.has('src') || changed.has('type') || changed.has('poster'))) this.#player.rebuild();
    if (changed.has('transcript')) this.#afterTranscriptRender();
  }

  override render() {
    const errors: ShownError[] = [
      ...(this.#player.error ? [{source: 'media' as const, message: this.#player.error}] : []),
      ...this.captionErrors,
    ];
    const title = this.#title();
    // The "?" button is named by hidden text rather than aria-label: axe cannot tell whether the
    // visible "?" is part of the name "Keyboard shortcuts", and leaves that unresolved.
    return html`
      <div class="layout ${this.#player.audioOnly ? 'audio' : 'video'}">
        <div class="player" part="player">
          <div class="player-host"></div>
        </div>
        <section class="transcript" part="transcript" aria-labelledby="transcript-heading">
          <div class="header">
            <h2 id="transcript-heading" class="heading">
              ${this.transcriptLabel}${title ? html`<span class="sr">: ${title}</span>` : nothing}
            </h2>
            <button part="resume" ?hidden=${this.following || !this.transcript.length} @click=${this.#onResume}>
              ${TEXT.resume}
            </button>
            <button part="shortcuts" @click=${this.#showHelp}>
              <span aria-hidden="true">?</span><span class="sr">${TEXT.shortcuts}</span>
            </button>
          </div>
          ${errors.map(
            // Each message names what failed ("Captions could not be loaded…", "The media…").
            (error) => html`<div class="error" part="error" role="alert">${error.message}</div>`,
          )}
          <p class="status" part="status" role="status">${this.#captions.loading ? TEXT.loading : nothing}</p>
          ${this.transcript.length === 0 && this.captionsLoaded ? html`<p class="empty">${TEXT.empty}</p>` : nothing}
          <div
            class="scroller"
            @scroll=${this.#follow.onScroll}
            @scrollend=${this.#follow.onScrollEnd}
            @wheel=${this.#follow.onScrollIntent}
            @touchmove=${this.#follow.onScrollIntent}
          >
            <div
              class="cues"
              part="cues"
              role="list"
              ?hidden=${!this.transcript.length}
              @click=${this.#onCueClick}
              @keydown=${this.#onCueKeydown}
              @focusin=${this.#onCueFocus}
            ></div>
          </div>
        </section>
        <dialog aria-labelledby="keys-title">
          <h2 id="keys-title" tabindex="-1" autofocus>${TEXT.shortcuts}</h2>
          <dl>
            ${SHORTCUT_HELP.map(
              ([keys, what]) =>
                html`<dt>${keys}</dt>
                  <dd>${what}</dd>`,
            )}
          </dl>
          <form method="dialog"><button>${TEXT.close}</button></form>
        </dialog>
      </div>
      <slot hidden></slot>
    `;
  }

  /** The media's title, if the page gives one. */
  #title(): string | undefined {
    const media = slottedMedia(this);
    return this.label || media?.getAttribute('aria-label') || media?.title || undefined;
  }

  #playerName(): string {
    const title = this.#title();
    return playerLabel(this.transcriptLabel) + (title ? `: ${title}` : '');
  }

  // ---- captions ----------------------------------------------------------------------------

  #captionsUrl(): string | undefined {
    if (this.captions) return this.captions;
    const track = slottedCaptionTrack(this);
    return track?.getAttribute('src') ? track.src : undefined;
  }

  #loadCaptions(): void {
    // From the moment the captions change, the old lines and alerts go while the new ones load.
    if (this.#captions.load(this.#captionsUrl())) this.#showCaptions([], []);
  }

  #onCaptions(result: CaptionsResult): void {
    this.#showCaptions(result.cues, result.errors);
    for (const error of result.errors.slice(0, MAX_LISTED_ERRORS)) {
      this.dispatchEvent(new TranscriptErrorEvent('captions', error.message, error.line));
    }
  }

  #showCaptions(cues: readonly RichCue[], errors: readonly CueParseError[]): void {
    this.captionErrors = captionAlerts(errors);
    this.#sync.setCues(cues);
    this.transcript = this.#sync.cues;
    this.captionsLoaded = !this.#captions.loading;
    this.#mirrorCaptions();
  }

  #afterTranscriptRender(): void {
    // The lines themselves are built outside Lit (see cue-lines.ts); put the highlight back on them.
    if (this.cueList) this.#view.build(this.cueList, this.transcript);
    this.#sync.reset();
    this.#sync.check();
    if (this.captionsLoaded) this.dispatchEvent(new TranscriptLoadEvent(this.transcript));
  }

  /** Shows the parsed cues as the caption overlay too. */
  #mirrorCaptions(): void {
    const slotted = slottedCaptionTrack(this);
    this.#mirror.show(this.transcript, {
      label: slotted?.label || (this.srclang === 'en' ? 'English' : this.srclang),
      srclang: this.srclang,
      showing: !slotted || slotted.default,
    });
  }

  #onMediaChange(media: HTMLMediaElement | undefined): void {
    if (!media) this.#view.clearWord();
    this.#sync.attach(media);
    this.#mirror.attach(media);
    this.#mirrorCaptions();
  }

  // ---- sync --------------------------------------------------------------------------------

  #onActiveChange(active: readonly number[]): void {
    this.#view.markActive(active);
    if (active.length) {
      if (!this.#view.hasFocus()) this.#view.setTabStop(active[0]);
      this.#follow.activeChanged();
    }
    this.dispatchEvent(new TranscriptCueChangeEvent(this.activeCues));
  }

  // ---- interaction -------------------------------------------------------------------------

  readonly #onCueClick = (event: MouseEvent) => {
    const index = this.#view.lineIndexOf(event);
    // A click with a modifier does what it does on any link (a new tab or window).
    if (index === undefined || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // Otherwise the link to the line's time plays from there instead of changing the URL.
    event.preventDefault();
    // A drag that selected text is reading, not a request to seek.
    const selection = (this.shadowRoot as ShadowRoot & {getSelection?: () => Selection | null}).getSelection?.();
    if (selection && !selection.isCollapsed && selection.toString().trim()) return;
    this.#seekToLine(index);
  };

  readonly #onCueKeydown = (event: KeyboardEvent) => {
    const index = this.#view.lineIndexOf(event);
    if (index === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    const page = linesPerPage(this.renderRoot.querySelector('.scroller')?.clientHeight ?? 0);
    const target = lineForKey(event.key, index, this.transcript.length - 1, page);
    if (target !== undefined) {
      event.preventDefault();
      this.#follow.pause();
      const line = this.#view.focusLine(target);
      if (line) this.#follow.reveal(line);
    } else if (isActivationKey(event.key)) {
      event.preventDefault();
      this.#seekToLine(index);
    }
  };

  readonly #onShortcut = (event: KeyboardEvent) => {
    const media = this.media;
    const shortcut =
      event.ctrlKey || event.metaKey || event.altKey || this.#help()?.open
        ? undefined
        : shortcutFor(event.key, keyOwner(event.composedPath()[0] as Element));
    if (!shortcut || !media) return;
    event.preventDefault();
    event.stopPropagation();
    if (typeof shortcut === 'number') this.currentTime = Math.max(0, media.currentTime + shortcut);
    else if (shortcut === 'play') void (media.paused ? media.play().catch(() => undefined) : media.pause());
    else if (shortcut === 'mute') media.muted = !media.muted;
    else if (shortcut === 'fullscreen') fullscreenToggle(this.player!)?.handleClick();
    else if (shortcut === 'help') this.#showHelp();
    else {
      // Captions off, or on: the first captions track.
      const tracks = [...media.textTracks].filter((track) => /^(captions|subtitles)$/.test(track.kind));
      const showing = tracks.filter((track) => track.mode === 'showing');
      const on = !showing.length;
      for (const track of on ? tracks.slice(0, 1) : showing) track.mode = on ? 'showing' : 'disabled';
    }
  };

  #help(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** The keyboard shortcuts help; closing it gives focus back to where it was. */
  readonly #showHelp = () => this.#help()?.showModal();

  /** The button hides once pressed: focus goes to the line being spoken, not to the page. */
  readonly #onResume = () => {
    this.#view.focusLine(this.#sync.active[0] ?? this.#sync.index.nearestAt(this.currentTime));
    this.#follow.resume();
  };

  readonly #onCueFocus = (event: FocusEvent) => {
    const index = this.#view.lineIndexOf(event);
    if (index !== undefined) this.#view.setTabStop(index);
  };

  #seekToLine(index: number): void {
    const cue = this.transcript[index];
    if (!cue) return;
    if (!this.dispatchEvent(new TranscriptSeekEvent(cue.start, cue))) return;
    this.following = true;
    this.#view.setTabStop(index);
    if (this.media) this.media.currentTime = cue.start;
    this.#sync.check(cue.start);
  }
}

export type {Cue, CueParseError};
