import {html, LitElement, nothing, type PropertyValues} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {chapterAt, placeChapters, type PlacedChapter} from './cues/chapters.js';
import {formatTime} from './cues/format-time.js';
import {inSlices, yieldToPage} from './cues/slices.js';
import type {Cue, CueParseError, RichCue} from './cues/types.js';
import {CaptionsController, type CaptionsResult} from './controllers/captions-controller.js';
import {StringsController} from './controllers/strings-controller.js';
import {ChaptersController} from './controllers/chapters-controller.js';
import {DeepLinkController} from './controllers/deep-link-controller.js';
import {FollowController} from './controllers/follow-controller.js';
import {PlayerController} from './controllers/player-controller.js';
import {SearchController} from './controllers/search-controller.js';
import {ShareController} from './controllers/share-controller.js';
import {SyncController} from './controllers/sync-controller.js';
import {
  TranscriptCueChangeEvent,
  TranscriptErrorEvent,
  TranscriptLoadEvent,
  TranscriptSearchEvent,
  TranscriptSeekEvent,
} from './events.js';
import {downloadName, transcriptText} from './links/plain-text.js';
import {CaptionTrackMirror} from './media/caption-track-mirror.js';
import {chooseSource, parseCaptionsAttribute, trackSource, type CaptionSource} from './media/caption-tracks.js';
import {playerLabel, readMediaSpec, slottedCaptionTracks, slottedMedia} from './media/media-spec.js';
import {seekMedia} from './media/seek.js';
import {TimelineMarks} from './media/timeline-marks.js';
import {fullscreenToggle, type Player} from './media/video-js-adapter.js';
import {captionAlerts, MAX_LISTED_ERRORS, type ShownError} from './render/alerts.js';
import {downloadTool, saveFile, type DownloadKind} from './render/download-tool.js';
import {languageTool} from './render/language-tool.js';
import {isActivationKey, lineForKey, linesPerPage} from './render/line-keys.js';
import {keyOwner, shortcutFor} from './render/shortcuts.js';
import {isRightToLeft, type TranscriptStrings} from './render/strings.js';
import {chaptersTool, parseTools, searchTool, switchTool, toolbar} from './render/toolbar.js';
import {MAKE_ALL_LINES_UP_TO, TranscriptView} from './render/transcript-view.js';
import {styles} from './transcript-player.styles.js';

/** Lines made in the task that shows the transcript, when there are no more (about 10 ms). */
const MADE_AT_ONCE = 400;

/**
 * A media player with an interactive transcript that follows playback.
 *
 * Give it `src` and `captions`, or wrap a `<video>`/`<audio>` with `<source>` and `<track>`
 * children: the element adopts that media (its sources, poster, attributes and its
 * captions/subtitles tracks, showing the `default` one, else the first) and hides it. Without
 * JavaScript the wrapped media stays a native player with native captions. Attributes win over
 * children. With several captions/subtitles tracks (or several entries in `captions`), the
 * reader picks the transcript's language in the language control or the player's captions menu.
 *
 * @summary Plays audio or video with a synced, clickable, keyboard-navigable transcript.
 *
 * @slot - Optional: a `<video>` or `<audio>` with `<source>` and `<track>` children to enhance.
 * @slot transcript - Optional: the transcript as plain HTML (what `transcriptHtml()` or `transcript-player html` makes), for search engines and readers without JavaScript. The panel takes its place; it shows there until the lines have loaded, or if the captions fail.
 *
 * @fires {TranscriptLoadEvent} transcript-load - Cues loaded and the transcript shown. `event.cues`.
 * @fires {TranscriptCueChangeEvent} transcript-cuechange - The active cues changed, by playback or a seek. `event.cues`.
 * @fires {TranscriptSeekEvent} transcript-seek - Cancelable: the reader chose a line; `preventDefault()` stops the seek. `event.time`, `event.cue`.
 * @fires {TranscriptSearchEvent} transcript-search - The reader changed the search (typed, or cleared it). `event.query`, `event.count`.
 * @fires {TranscriptShareEvent} transcript-share - Cancelable: the reader asked to copy a link to a moment or to a quote; `preventDefault()` stops the copy. `event.url`, `event.start`, `event.end`, `event.text`.
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
 * @csspart progress - How far a transcript's captions file has been read, shown until it is.
 * @csspart resume - The "Resume following" button, in the panel's header.
 * @csspart toolbar - The row of tools under the panel's header (chosen by the `tools` attribute); it wraps on narrow widths.
 * @csspart search - The search field ("Search transcript").
 * @csspart search-count - The search's count: "3 of 12" or "No matches".
 * @csspart search-previous - The "Previous match" button.
 * @csspart search-next - The "Next match" button.
 * @csspart match - A line holding a search match (with `cue`).
 * @csspart current-match - The line holding the current search match (with `cue match`).
 * @csspart chapters - The chapter control (a `<select>`) in the toolbar: choosing a chapter jumps there.
 * @csspart chapter - A chapter's heading inside the transcript, before its first line; `chapter current-chapter` while it plays.
 * @csspart current-chapter - The heading of the chapter playing now.
 * @csspart follow - The "Follow along" switch.
 * @csspart times - The "Show times" switch.
 * @csspart shortcuts - The "?" button in the panel's header; it opens the keyboard shortcuts help (also the `?` key).
 * @csspart download - The Download control (a `<details>`) in the toolbar: WebVTT or plain text.
 * @csspart language - The language control (a `<select>`) in the toolbar, when there are several captions/subtitles tracks.
 * @csspart share - The "Copy link to this moment" / "Copy link to quote" button on the pointed, focused or selected line.
 * @csspart copy-field - The field showing a link (or quote) to copy by hand when the clipboard is refused.
 *
 * @cssprop [--transcript-player-accent=#1a5fb4] - Active-line bar, focus rings and the resume button.
 * @cssprop [--transcript-player-active-background=#e5eefb] - Background of the line being spoken.
 * @cssprop [--transcript-player-word-background=the accent] - Background of the word being spoken, when the captions time their words (keep it at 3:1 or more against the active line's background).
 * @cssprop [--transcript-player-word-color=the background] - Colour of the word being spoken.
 * @cssprop [--transcript-player-match-background=#fce48a (dark: #6b5600)] - Background of every search match.
 * @cssprop [--transcript-player-current-match-background=#f5a623 (dark: #c77d00)] - Background of the current search match.
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
  /**
   * URL of the WebVTT captions that make the transcript and the caption overlay. For several
   * languages, entries separated by `;`, each a URL, then its language and a label:
   * `talk.en.vtt; talk.es.vtt es Español (traducción)`.
   */
  @property({reflect: true}) captions?: string;
  /** Poster image for video. */
  @property({reflect: true}) poster?: string;
  /** Language of the captions (BCP 47) given by `captions` without a language of their own. */
  @property({reflect: true}) srclang = 'en';
  /**
   * The transcript's language (BCP 47): picks the captions/subtitles track of that `srclang`
   * (else the default one), and becomes the language the reader chooses in the language control
   * or in the player's captions menu.
   */
  @property({reflect: true}) language?: string;
  /**
   * The interface's words, overriding the table of the element's language (its `lang`, or its
   * nearest ancestor's: English, Spanish and Arabic ship). Any keys of `TranscriptStrings`.
   */
  @property({attribute: false}) strings?: Partial<TranscriptStrings>;

  /**
   * The transcript panel's heading; by default the interface language's word ("Transcript").
   * @default 'Transcript'
   */
  @property({attribute: 'transcript-label', noAccessor: true})
  get transcriptLabel(): string {
    return this.#transcriptLabel ?? this.#wording.strings.transcript;
  }

  set transcriptLabel(value: string | undefined) {
    const old = this.#transcriptLabel;
    this.#transcriptLabel = value ?? undefined;
    this.requestUpdate('transcriptLabel', old);
  }

  #transcriptLabel?: string;
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
  /**
   * URL of a WebVTT chapters file. By default, the slotted media's `<track kind="chapters">`.
   * Each chapter becomes a heading inside the transcript and an entry of the chapter control.
   */
  @property({reflect: true}) chapters?: string;
  /**
   * The toolbar's tools, in order, separated by spaces: any of `search`, `chapters`, `follow`,
   * `times`, `download` and `language` (shown with several captions tracks). All of them when
   * absent; `tools=""` shows no toolbar.
   */
  @property({reflect: true}) tools?: string;
  /** Hide the lines' start times (the "Show times" switch turns them back on). */
  @property({type: Boolean, reflect: true, attribute: 'hide-times'}) hideTimes = false;

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
  /** The captions the lines show now. */
  @state() private shownSource?: CaptionSource;
  @state() private chapterCues: readonly Cue[] = [];
  @state() private currentChapter = -1;
  /** The chapters placed in the transcript (worked out before each render). */
  #placed: readonly PlacedChapter[] = [];
  /** Captions that arrived while the chapters were still loading: shown once they settle. */
  #pendingCaptions?: CaptionsResult;

  @query('.cues') private cueList!: HTMLElement | null;

  // Lines made as the reader reaches them get the search's marks then.
  readonly #view = new TranscriptView((from, to) => this.#search.linesMade(from, to));
  readonly #line = (index: number) => this.#view.line(index);
  /** Counts builds of the lines: a newer one stops the older one's filling. */
  #builds = 0;
  /** The captions file as loaded, for downloading. */
  #vtt?: Uint8Array;
  readonly #wording = new StringsController(this, () => this.strings);
  readonly #mirror = new CaptionTrackMirror((index) => this.#pickLanguage(index));
  readonly #timeline = new TimelineMarks();
  readonly #chapters = new ChaptersController(this, () => this.#onChapters());
  readonly #search = new SearchController(this, {
    view: () => this.#view,
    from: () => this.#sync.active[0] ?? this.#view.tabStop,
    reveal: (line) => {
      // As for any reading: following stops while the reader looks at a match.
      this.#follow.pause();
      if (!this.#view.hasFocus()) this.#view.setTabStop(line);
      const element = this.#view.line(line);
      // The browser's own scroll lays out the groups of lines on the way (content-visibility),
      // which a scroll worked out from their estimated heights can miss by screens.
      element?.scrollIntoView({block: 'nearest', behavior: 'instant'});
      if (element) this.#follow.reveal(element, () => this.#search.currentLine() === line);
    },
    onMatchLines: (lines) => this.#showTimelineMarks(lines),
    wording: () => this.#wording,
  });
  #matchTimes: readonly number[] = [];
  readonly #captions = new CaptionsController(
    this,
    (result) => this.#onCaptions(result),
    () => this.loadTimeout,
    () => this.#wording,
    () => this.#showProgress(),
  );
  /** A slotted track's captions can change too, and tracks come and go. */
  readonly #tracks = new MutationObserver(() => {
    this.#loadCaptions('tracks');
    this.#loadChapters();
    this.requestUpdate();
  });
  /** The reader's last pick in the list of languages (two tracks can share one). */
  #picked = -1;
  /** The reader's place, kept from a language switch until the new lines are in. */
  #switching?: {readonly place?: {readonly index: number; readonly offset: number}};
  /** Set from a disconnect until the element is put back (a move) or torn down. */
  #moving?: {readonly playing: boolean};
  readonly #sync = new SyncController(this, {
    onActiveChange: (active) => this.#onActiveChange(active),
    onTick: (time) => {
      this.#view.markWord(this.#sync.active[0] ?? -1, time);
      this.#links.tick(time);
    },
  });
  readonly #links = new DeepLinkController(this, {
    seek: (time) => this.#seekTo(time),
    pause: () => this.media?.pause(),
  });
  readonly #share = new ShareController(this, {
    root: () => this.renderRoot as ShadowRoot,
    line: (index) => this.#view.line(index),
    cues: () => this.transcript,
    strings: () => this.#wording.strings,
  });
  readonly #follow = new FollowController(this, {
    scroller: () => this.renderRoot.querySelector<HTMLElement>('.scroller'),
    target: () => this.#view.line(this.#sync.active[0] ?? this.#sync.index.nearestAt(this.currentTime)),
    canFollow: () => this.transcript.length > 0,
  });
  readonly #player = new PlayerController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.player-host'),
    spec: () => readMediaSpec(this, slottedMedia(this), this.captions ? [] : slottedCaptionTracks(this)),
    adopted: () => slottedMedia(this),
    label: () => this.#playerName(),
    onMediaChange: (media) => this.#onMediaChange(media),
    onError: (message) => this.dispatchEvent(new TranscriptErrorEvent('media', message)),
    timeout: () => this.loadTimeout,
    // The panel's size changed: bring the active line back into view.
    onFullscreenChange: () => this.#follow.activeChanged(),
    onCaptionInset: (fraction) => this.#mirror.setBottomInset(fraction),
    wording: () => this.#wording,
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
    seekMedia(this.media, time);
    this.#sync.check(time);
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

  /**
   * Searches the transcript as the search field does (case- and accent-insensitive), marks the
   * matches and shows the query in the field; an empty query clears. Returns the number of
   * matches. Fires no event (`transcript-search` is for the reader's own searches).
   */
  search(query: string): number {
    return this.#search.search(query);
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
    if (changed.has('captions') || !this.hasUpdated) this.#loadCaptions('new');
    else if (changed.has('language') || changed.has('srclang')) this.#loadCaptions('language');
    if (changed.has('chapters') || !this.hasUpdated) this.#loadChapters();
    if (changed.has('transcript') || changed.has('chapterCues')) {
      this.#placed = placeChapters(this.transcript, this.chapterCues, formatTime);
    }
  }

  protected override updated(changed: PropertyValues): void {
    this.player?.el().setAttribute('aria-label', this.#playerName());
    if (this.hasUpdated && (changed.has('src') || changed.has('type') || changed.has('poster'))) this.#player.rebuild();
    if (changed.has('transcript')) this.#afterTranscriptRender();
    else if (changed.has('chapterCues')) {
      this.#buildLines();
      void this.#fillLines();
    }
  }

  override render() {
    const errors: ShownError[] = [
      ...(this.#player.error ? [{source: 'media' as const, message: this.#player.error}] : []),
      ...this.captionErrors,
      ...(this.#chapters.error ? [{source: 'chapters' as const, message: this.#chapters.error}] : []),
    ];
    const tools = parseTools(this.tools);
    // video.js's own Chapters menu is left out while the toolbar has the chapter control: two
    // controls doing one thing, one of them away from the transcript it moves, confuse more than
    // they help. The whole element goes fullscreen, toolbar included, so nothing is lost there.
    const ownChapters = tools.includes('chapters') && this.#placed.length > 0;
    const title = this.#title();
    // The transcript slot is always there, hidden once the lines are: adding a slot while the
    // media played (captions changing) stopped the video's clock in WebKitGTK.
    const text = this.#wording.strings;
    const sources = this.#sources();
    const lang = this.shownSource?.srclang;
    // The "?" button is named by hidden text rather than aria-label: axe cannot tell whether the
    // visible "?" is part of the name "Keyboard shortcuts", and leaves that unresolved.
    return html`
      <div class="layout ${this.#player.audioOnly ? 'audio' : 'video'} ${ownChapters ? 'own-chapters' : ''}">
        <div class="player" part="player">
          <div class="player-host"></div>
        </div>
        <section class="transcript" part="transcript" aria-labelledby="transcript-heading">
          <div class="header">
            <h2 id="transcript-heading" class="heading">
              ${
                title
                  ? // One hidden name: a visually hidden span beside the visible word is read with a
                    // space before its colon ("Transcript : title") in Chromium.
                    html`<span aria-hidden="true">${this.transcriptLabel}</span
                      ><span class="sr">${this.transcriptLabel}: ${title}</span>`
                  : this.transcriptLabel
              }
            </h2>
            ${
              this.#captions.loading
                ? html`<progress
                    part="progress"
                    aria-label=${text.loading}
                    .value=${this.#captions.progress}
                  ></progress>`
                : nothing
            }
            <button part="resume" ?hidden=${this.following || !this.transcript.length} @click=${this.#onResume}>
              ${text.resume}
            </button>
            <button part="shortcuts" @click=${this.#showHelp}>
              <span aria-hidden="true">?</span><span class="sr">${text.shortcuts}</span>
            </button>
          </div>
          ${toolbar(
            tools,
            {
              search: () =>
                searchTool(
                  {
                    query: this.#search.query,
                    countText: this.#search.countText,
                    announced: this.#search.announced,
                    hasMatches: this.#search.count > 0,
                  },
                  {
                    onInput: this.#onSearchInput,
                    onKeydown: this.#onSearchKeydown,
                    onStep: (step) => this.#search.step(step),
                  },
                  text,
                ),
              chapters: () =>
                chaptersTool(this.#placed, this.currentChapter, this.#jumpToChapter, text, this.#chapters.loading),
              follow: () =>
                switchTool('follow', text.follow, this.following, () =>
                  this.following ? this.#follow.pause() : this.#onResume(),
                ),
              times: () =>
                switchTool('times', text.showTimes, !this.hideTimes, () => (this.hideTimes = !this.hideTimes)),
              download: () => downloadTool(!this.transcript.length, this.#download, text),
              language: () =>
                languageTool(sources, sources.indexOf(this.#chosen(sources)!), text.language, this.#pickLanguage),
            },
            text,
          )}
          <label
            class="copy-field"
            part="copy-field"
            hidden
            @keydown=${this.#share.onFieldDone}
            @focusout=${this.#share.onFieldDone}
            >${text.copyThis}<textarea readonly></textarea>
          </label>
          <p class="status share-status" role="status"></p>
          ${errors.map(
            // Each message names what failed ("Captions could not be loaded…", "The media…").
            (error) => html`<div class="error" part="error" role="alert">${error.message}</div>`,
          )}
          ${this.transcript.length === 0 && this.captionsLoaded ? html`<p class="empty">${text.empty}</p>` : nothing}
          <div
            class="scroller"
            @scroll=${this.#follow.onScroll}
            @scrollend=${this.#follow.onScrollEnd}
            @wheel=${this.#follow.onScrollIntent}
            @touchmove=${this.#follow.onScrollIntent}
            @mouseleave=${() => this.#share.withdraw()}
            @focusout=${(event: FocusEvent) => this.#share.withdraw(event.relatedTarget as Element | null)}
          >
            <p class="status" part="status" role="status">${this.#captions.loading ? text.loading : nothing}</p>
            <slot name="transcript" ?hidden=${this.transcript.length > 0}></slot>
            <div
              class="cues"
              part="cues"
              role="list"
              lang=${lang || nothing}
              dir=${lang ? (isRightToLeft(lang) ? 'rtl' : 'ltr') : nothing}
              ?hidden=${!this.transcript.length}
              @click=${this.#onCueClick}
              @keydown=${this.#onCueKeydown}
              @focusin=${this.#onCueFocus}
              @mouseover=${this.#offerShare}
              @mouseup=${this.#offerShare}
            ></div>
            <button
              class="share"
              part="share"
              hidden
              @mousedown=${this.#keepSelection}
              @click=${this.#share.onButton}
            ></button>
          </div>
        </section>
        <dialog aria-labelledby="keys-title">
          <h2 id="keys-title" tabindex="-1" autofocus>${text.shortcuts}</h2>
          <dl>
            ${text.help.map(
              ([keys, what]) =>
                html`<dt>${keys}</dt>
                  <dd>${what}</dd>`,
            )}
          </dl>
          <form method="dialog"><button>${text.close}</button></form>
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
    return playerLabel(this.#wording.strings, this.#transcriptLabel) + (title ? `: ${title}` : '');
  }

  // ---- captions ----------------------------------------------------------------------------

  /** The captions on offer, one per language: the `captions` attribute's, else the slotted tracks. */
  #sources(): CaptionSource[] {
    return this.captions
      ? parseCaptionsAttribute(this.captions, this.srclang)
      : slottedCaptionTracks(this).map(trackSource);
  }

  /** The captions to show: in `language`, else the default ones. */
  #chosen(sources = this.#sources()): CaptionSource | undefined {
    return sources[chooseSource(sources, this.language, this.#picked)];
  }

  #captionsUrl(): string | undefined {
    return this.#chosen()?.src;
  }

  /**
   * Loads the chosen captions. `new` captions (another file set) and changed `tracks` empty the
   * lines until the new ones are in; another `language` keeps them, and the reader's place, until
   * its lines replace them, at once when they were loaded before.
   */
  #loadCaptions(why: 'new' | 'tracks' | 'language'): void {
    const url = this.#captionsUrl();
    if (why === 'language' && this.transcript.length && url !== this.#captions.url) {
      this.#switching = {place: this.#follow.place(this.#view.lineCount, this.#line)};
    }
    // From the moment the captions change, the old lines and alerts go while the new ones load.
    if (this.#captions.load(url, why !== 'new')) {
      this.#pendingCaptions = undefined;
      if (why !== 'language') this.#showCaptions([], []);
    }
  }

  /** The reader picked the `index`th language (in the language control or the player's menu). */
  readonly #pickLanguage = (index: number) => {
    const source = this.#sources()[index];
    if (!source) return;
    this.#picked = index;
    if (this.language === source.srclang) this.#loadCaptions('language');
    this.language = source.srclang;
    this.requestUpdate();
  };

  #onCaptions(result: CaptionsResult): void {
    // One build with the chapters' headings rather than one without and one with, unless the
    // chapters take long.
    if (this.#chapters.loading) {
      this.#pendingCaptions = result;
      setTimeout(() => this.#flushCaptions(), CHAPTERS_WAIT_MS);
      return;
    }
    this.#pendingCaptions = undefined;
    this.#vtt = result.bytes;
    const sources = this.#sources();
    this.shownSource = sources.find((source) => source.src === result.url) ?? this.#chosen(sources);
    this.#showCaptions(result.cues, result.errors);
    for (const error of result.errors.slice(0, MAX_LISTED_ERRORS)) {
      this.dispatchEvent(new TranscriptErrorEvent('captions', error.message, error.line));
    }
  }

  #flushCaptions(): void {
    const pending = this.#pendingCaptions;
    this.#pendingCaptions = undefined;
    if (pending) this.#onCaptions(pending);
  }

  // ---- chapters ----------------------------------------------------------------------------

  #loadChapters(): void {
    const track = slottedMedia(this)?.querySelector<HTMLTrackElement>('track[kind=chapters]');
    this.#chapters.load(this.chapters || (track?.getAttribute('src') ? track.src : undefined));
  }

  #onChapters(): void {
    this.chapterCues = this.#chapters.cues;
    if (this.#chapters.error) this.dispatchEvent(new TranscriptErrorEvent('chapters', this.#chapters.error));
    if (this.#pendingCaptions && !this.#chapters.loading) this.#flushCaptions();
  }

  readonly #jumpToChapter = (index: number) => {
    const chapter = this.#placed[index];
    if (!chapter) return;
    if (this.media) seekMedia(this.media, chapter.start);
    this.#sync.check(chapter.start);
    this.currentChapter = index;
    this.#view.markChapter(index);
    // Its heading at the top of the panel, its first line below it.
    const heading = this.#view.headings[index]?.heading;
    if (heading) heading.scrollIntoView({block: 'start', behavior: 'instant'});
    this.#follow.pause();
    if (!this.#view.hasFocus()) this.#view.setTabStop(Math.min(chapter.line, this.transcript.length - 1));
  };

  #showCaptions(cues: readonly RichCue[], errors: readonly CueParseError[]): void {
    this.captionErrors = captionAlerts(errors);
    this.#sync.setCues(cues);
    this.transcript = this.#sync.cues;
    this.captionsLoaded = !this.#captions.loading;
    this.#mirrorCaptions();
  }

  #afterTranscriptRender(): void {
    const switching = this.#switching;
    this.#switching = undefined;
    this.#buildLines();
    if (switching && this.transcript.length) {
      const shown = this.following
        ? (this.#sync.active[0] ?? this.#sync.index.nearestAt(this.currentTime))
        : switching.place?.index;
      if (shown !== undefined) this.#view.layOutGroupOf(shown);
      this.#follow.rebuilt(switching.place, this.#line);
    }
    if (!this.captionsLoaded) return;
    // The lines are usable now: each is made as the reader nears it or asks for it.
    this.dispatchEvent(new TranscriptLoadEvent(this.transcript));
    if (this.transcript.length) this.#links.ready();
    void this.#fillLines();
  }

  /**
   * Moves the progress bar without an update of the element: with 100,000 lines in it, an
   * update per slice cost Firefox and WebKit about 100 ms each.
   */
  #showProgress(): void {
    const bar = this.renderRoot.querySelector<HTMLProgressElement>('[part=progress]');
    if (bar) bar.value = this.#captions.progress;
  }

  /**
   * Makes the lines the build left for later, in slices, so find-in-page and printing see them
   * all (up to MAKE_ALL_LINES_UP_TO; longer transcripts make only the lines a reader reaches);
   * stops when a newer build or a disconnect comes. A short transcript is made whole at once; a
   * longer one first lets the page show what is made.
   */
  async #fillLines(): Promise<void> {
    const build = this.#builds;
    const view = this.#view;
    if (view.lineCount > MAKE_ALL_LINES_UP_TO) return;
    if (view.lineCount > MADE_AT_ONCE) {
      await yieldToPage();
      if (build !== this.#builds || !this.isConnected) return;
    }
    await inSlices(
      (deadline) => view.fill(deadline),
      () => build !== this.#builds || !this.isConnected,
    );
  }

  #buildLines(): void {
    // The lines themselves are built outside Lit (see cue-lines.ts); put the highlight back on them.
    // Each line links to its moment on this page, addressed to this player when it has an id.
    this.#builds++;
    if (this.cueList) {
      const prefix = this.id ? `${encodeURIComponent(this.id)}&` : '';
      const scroller = this.renderRoot.querySelector('.scroller') ?? undefined;
      this.#view.build(
        this.cueList,
        this.transcript,
        prefix,
        this.#placed,
        this.shownSource?.srclang || 'en',
        scroller,
      );
    }
    this.#sync.reset();
    this.#sync.check();
    this.#markChapter();
    // A search in progress goes on over the new lines at once; otherwise their text is read
    // ahead, from their cues, in slices.
    this.#search.refresh();
  }

  #markChapter(): void {
    const index = chapterAt(this.#placed, this.currentTime);
    this.#view.markChapter(index);
    this.currentChapter = index;
  }

  #showTimelineMarks(lines: readonly number[]): void {
    this.#matchTimes = lines.map((i) => this.transcript[i]?.start ?? 0);
    this.#timeline.show(this.player, this.media, this.#matchTimes);
  }

  /**
   * Shows the parsed cues as the caption overlay too, in a track of their language among one per
   * language. A page's non-default track stays hidden until chosen.
   */
  #mirrorCaptions(): void {
    const sources = this.#sources();
    const shown = this.shownSource ?? this.#chosen(sources);
    const index = sources.findIndex((source) => source.src === shown?.src);
    this.#mirror.show(sources, index, this.transcript, !!this.captions || !shown || shown.default);
  }

  #onMediaChange(media: HTMLMediaElement | undefined): void {
    if (!media) this.#view.clearWord();
    this.#sync.attach(media);
    this.#mirror.attach(media);
    this.#mirrorCaptions();
    // A rebuilt player gets the search's marks back once its progress bar exists.
    if (media) this.player?.ready(() => this.#timeline.show(this.player, this.media, this.#matchTimes));
    else this.#timeline.clear();
  }

  // ---- sync --------------------------------------------------------------------------------

  #onActiveChange(active: readonly number[]): void {
    this.#view.markActive(active);
    this.#markChapter();
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
    } else if (event.key === 's' || event.key === 'S') {
      event.preventDefault();
      this.#share.shareLine(index);
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
      // Captions off, or on: in the transcript's language.
      const tracks = [...media.textTracks].filter((track) => /^(captions|subtitles)$/.test(track.kind));
      const showing = tracks.filter((track) => track.mode === 'showing');
      const on = !showing.length;
      for (const track of on ? [this.#mirror.current ?? tracks[0]] : showing)
        if (track) track.mode = on ? 'showing' : 'disabled';
    }
  };

  // ---- search ------------------------------------------------------------------------------

  readonly #onSearchInput = (event: InputEvent) => {
    const query = (event.target as HTMLInputElement).value;
    const count = this.#search.search(query, 'after-pause');
    this.dispatchEvent(new TranscriptSearchEvent(query, count));
  };

  readonly #onSearchKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      // Play from the current match.
      event.preventDefault();
      const line = this.#search.currentLine();
      if (line === undefined) return;
      this.#seekToLine(line);
      void this.media?.play().catch(() => undefined);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.#search.step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && this.#search.query) {
      // Ours, not the browser's own clearing of a search field (which would search again).
      event.preventDefault();
      event.stopPropagation();
      this.#search.clear();
      this.dispatchEvent(new TranscriptSearchEvent('', 0));
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
    this.#share.offer(index);
  };

  readonly #offerShare = (event: Event) => this.#share.offer(this.#view.lineIndexOf(event));
  /** Pressing the share button keeps the selection it quotes. */
  readonly #keepSelection = (event: Event) => event.preventDefault();

  /** A deep link: seek, mark the line there and bring it into view, without playing. */
  #seekTo(time: number): void {
    if (this.media) seekMedia(this.media, time);
    this.#sync.check(time);
    if (!this.#view.hasFocus()) this.#view.setTabStop(this.#sync.active[0] ?? this.#sync.index.nearestAt(time));
    this.following = true;
    this.#follow.activeChanged();
  }

  readonly #download = (kind: DownloadKind) => {
    const url = this.shownSource?.src ?? this.#captionsUrl();
    if (kind === 'vtt')
      return saveFile(this.renderRoot, downloadName(url, kind), (this.#vtt ?? '') as BlobPart, 'text/vtt');
    // The chapters the transcript shows (loaded once, for both).
    const chapters = this.#chapters.cues;
    const title = this.#title();
    const heading = title ? `${this.transcriptLabel}: ${title}` : this.transcriptLabel;
    saveFile(
      this.renderRoot,
      downloadName(url, kind),
      transcriptText(this.transcript, heading, chapters),
      'text/plain',
    );
  };

  #seekToLine(index: number): void {
    const cue = this.transcript[index];
    if (!cue) return;
    if (!this.dispatchEvent(new TranscriptSeekEvent(cue.start, cue))) return;
    this.following = true;
    this.#view.setTabStop(index);
    if (this.media) seekMedia(this.media, cue.start);
    this.#sync.check(cue.start);
  }
}

/** How long captions wait for a chapters file still loading before they show without it. */
const CHAPTERS_WAIT_MS = 1500;

export type {Cue, CueParseError};
