import type {CueParseError} from '../cues/types.js';

/**
 * An error the element shows as an alert above the transcript. The alert is the message alone:
 * each message names what failed ("Captions could not be loaded…", "The media could not be
 * played…"), so a label in front of it said the same word twice.
 */
export interface ShownError {
  readonly source: 'captions' | 'chapters' | 'media';
  readonly message: string;
  readonly line?: number;
}

/** How many caption problems the alert lists before summing up the rest. */
export const MAX_LISTED_ERRORS = 5;

/** The caption problems to show: the first few, then one line counting the rest. */
export function captionAlerts(errors: readonly CueParseError[]): ShownError[] {
  const listed: ShownError[] = errors.slice(0, MAX_LISTED_ERRORS).map((error) => ({source: 'captions', ...error}));
  const more = errors.length - MAX_LISTED_ERRORS;
  if (more > 0) listed.push({source: 'captions', message: `…and ${more} more problems in the captions.`});
  return listed;
}
