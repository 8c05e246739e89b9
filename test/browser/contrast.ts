// Colours as the browser computes them, and WCAG's contrast ratio between them: for measuring
// non-text contrast (focus rings, sliders) and text that axe cannot resolve by itself.

export type Rgba = readonly [r: number, g: number, b: number, a: number];

const canvas = new OffscreenCanvas(1, 1);
const context = canvas.getContext('2d', {willReadFrequently: true})!;

/** Any CSS colour the engine computes (rgb(), color(srgb ...), oklab(), ...) as 0-255 channels and alpha 0-1. */
export function parseColour(css: string): Rgba {
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = css;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as unknown as Rgba;
}

/** WCAG 2 relative luminance of an opaque colour. */
export function luminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function contrast(a: Rgba, b: Rgba): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

/** The element's parent in the flattened tree (a shadow root's host). */
function parentOf(element: Element): Element | null {
  return element.parentElement ?? ((element.parentNode as ShadowRoot | null)?.host || null);
}

/**
 * What shows behind and through `element`'s own background: the backgrounds of it (when
 * `withOwn`) and its ancestors painted over the page's white canvas. Media pixels are not
 * ancestors: over video, this is the colour over the player's own (black) background.
 */
export function backdrop(element: Element, withOwn = true): Rgba {
  const chain: Element[] = [];
  for (let e: Element | null = withOwn ? element : parentOf(element); e; e = parentOf(e)) chain.push(e);
  let colour: Rgba = [255, 255, 255, 1];
  for (const e of chain.reverse()) colour = over(parseColour(getComputedStyle(e).backgroundColor), colour);
  return colour;
}

/** Human-readable rgb() of a colour, for messages. */
export function show(colour: Rgba): string {
  return `rgb(${colour
    .slice(0, 3)
    .map((c) => Math.round(c))
    .join(' ')})`;
}
