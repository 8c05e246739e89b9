/** What a player shortcut does: seconds to skip (back when negative), or an action. */
export type Shortcut = number | 'play' | 'mute' | 'fullscreen' | 'captions' | 'help';

/**
 * Which keys the focused element has a use for, so a shortcut never takes them from it: `text`
 * all of them (a text field), `arrows` the arrow keys and Space (the transcript's lines, a slider,
 * a menu), `space` Space (a button or a link), `none` none (the player itself).
 */
export type KeyOwner = 'text' | 'arrows' | 'space' | 'none';

const KEYS: Record<string, Shortcut> = {
  k: 'play',
  ' ': 'play',
  j: -10,
  l: 10,
  ArrowLeft: -5,
  ArrowRight: 5,
  m: 'mute',
  f: 'fullscreen',
  c: 'captions',
  '?': 'help',
};

/** The shortcut `key` stands for where focus is (`owner`), if any. Letters in either case. */
export function shortcutFor(key: string, owner: KeyOwner): Shortcut | undefined {
  if (owner === 'text' || (key === ' ' && owner !== 'none') || (key.startsWith('Arrow') && owner === 'arrows')) {
    return undefined;
  }
  return KEYS[key.length === 1 ? key.toLowerCase() : key];
}

/** Which keys `element`, the focused one, has a use for (see `KeyOwner`). */
export function keyOwner(element: Element): KeyOwner {
  if ((element as HTMLElement).isContentEditable || element.matches('input, textarea, select')) return 'text';
  if (element.closest('.cue, [role=slider], [role=menu]')) return 'arrows';
  return element.closest('button, a, [role=button]') ? 'space' : 'none';
}
