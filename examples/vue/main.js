// The Vue app: `mount(element)` mounts <Editorial> into it and returns the unmount function.
import {createApp} from 'vue';
import Editorial from './Editorial.vue';

/** @param {Element} target */
export function mount(target) {
  const app = createApp(Editorial);
  app.mount(target);
  return () => app.unmount();
}
