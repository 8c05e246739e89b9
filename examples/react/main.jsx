// The React app: `mount(element)` renders <Editorial> into it and returns the unmount function.
import {createRoot} from 'react-dom/client';
import {Editorial} from './Editorial.jsx';

/** @param {Element} target */
export function mount(target) {
  const root = createRoot(target);
  root.render(<Editorial />);
  return () => root.unmount();
}
