// What the benchmark page puts on `window`, for scripts/bench.mjs's page.evaluate() callbacks.
import type {bench} from './harness.js';

declare global {
  interface Window {
    bench: typeof bench;
    /** Find-in-page (non-standard, in every engine): what the browser's own Ctrl+F searches. */
    find(text: string, caseSensitive?: boolean, backwards?: boolean, wrapAround?: boolean): boolean;
  }
}
