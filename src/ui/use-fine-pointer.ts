import { useSyncExternalStore } from 'react';

/** A mouse or pen on any input: what dragging a file onto the page needs (a finger on a phone cannot drag a file). */
const FINE_POINTER = '(pointer: fine), (any-pointer: fine)';

function subscribe(onChange: () => void) {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(FINE_POINTER);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

// Where the browser cannot tell (jsdom, the build-time render), assume a desktop with a mouse: the page as it was.
const snapshot = () => (typeof window.matchMedia === 'function' ? window.matchMedia(FINE_POINTER).matches : true);
const serverSnapshot = () => true;

/** Whether some pointer can drag: a mouse, trackpad or pen. Follows a mouse plugged into a tablet. */
export function useFinePointer(): boolean {
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot);
}
