// The Svelte app: `mount(element)` mounts <Editorial> into it and returns the unmount function.
import {mount as mountComponent, unmount} from 'svelte';
import Editorial from './Editorial.svelte';

/** @param {Element} target */
export function mount(target) {
  const app = mountComponent(Editorial, {target});
  return () => void unmount(app);
}
