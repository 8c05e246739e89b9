// Pages in iframes: the examples as a site owner would serve them, each with its own document,
// custom-element registry and (for the strict-CSP page) response headers.
import type {TranscriptPlayerElement} from '../../src/transcript-player.js';
import {until} from './helpers.js';

export interface LoadedFrame {
  readonly frame: HTMLIFrameElement;
  readonly window: Window & typeof globalThis;
  readonly document: Document;
  /** Uncaught errors, unhandled rejections and failed resource loads, as text. */
  readonly errors: string[];
  /** Content Security Policy violations, as `directive: blocked URI`. */
  readonly violations: string[];
}

/** Opens `url` (or a document given as HTML) in an iframe and listens for trouble from the start. */
export async function openFrame(
  source: {url: string} | {html: string},
  width = 1100,
  height = 800,
): Promise<LoadedFrame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  if ('url' in source) frame.src = source.url;
  else frame.srcdoc = source.html;
  document.body.append(frame);
  const errors: string[] = [];
  const violations: string[] = [];
  // The first document in a new iframe is about:blank; wait for the page's own one. Module
  // scripts run only after the page is parsed and the script fetched, so listeners added as soon
  // as the document exists see everything the scripts do.
  const wanted = 'url' in source ? new URL(source.url, location.href).href : 'about:srcdoc';
  await until(() => frame.contentDocument?.URL === wanted, `${wanted} to start loading`, 15000);
  const win = frame.contentWindow as Window & typeof globalThis;
  win.addEventListener(
    'error',
    (event) => {
      const target = event.target as Element | Window;
      errors.push(
        target instanceof win.Element
          ? `failed to load <${target.localName}> ${(target as HTMLMediaElement).currentSrc || target.getAttribute('src') || target.getAttribute('href')}`
          : event.message,
      );
    },
    true,
  );
  win.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${String(event.reason)}`));
  win.addEventListener(
    'securitypolicyviolation',
    (event) =>
      violations.push(
        `${event.effectiveDirective}: ${event.blockedURI || '(inline)'} ${event.sourceFile}:${event.lineNumber}`,
      ),
    true,
  );
  await loaded;
  return {frame, window: win, document: frame.contentDocument!, errors, violations};
}

/** The frame's players, once their element is defined and their transcripts have loaded. */
export async function playersIn(loaded: LoadedFrame, count = 1): Promise<TranscriptPlayerElement[]> {
  await until(
    () => !!loaded.window.customElements.get('transcript-player'),
    'transcript-player to be defined (is dist/ built? npm run build)',
  );
  const players = [...loaded.document.querySelectorAll('transcript-player')] as TranscriptPlayerElement[];
  if (players.length !== count) throw new Error(`expected ${count} players, found ${players.length}`);
  await until(
    () => players.every((player) => player.cues.length > 0 && !!player.media),
    'the transcripts and media elements',
  );
  return players;
}

/** Resolves when the media has metadata. */
export async function metadataOf(media: HTMLMediaElement): Promise<HTMLMediaElement> {
  await until(() => media.readyState >= HTMLMediaElement.HAVE_METADATA, 'media metadata');
  return media;
}

/** axe-core's violations on the whole page in the frame (its players' shadow trees included). */
export async function axeViolations(loaded: LoadedFrame): Promise<string[]> {
  // Window.axe is declared by axe-core's types (the browser build sets it).
  const win = loaded.window;
  if (!win.axe) {
    const script = loaded.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, {once: true});
      script.addEventListener('error', () => reject(new Error('axe-core did not load')), {once: true});
    });
    loaded.document.head.append(script);
    await ready;
  }
  const {violations} = await win.axe.run(loaded.document, {resultTypes: ['violations']});
  return violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
}
