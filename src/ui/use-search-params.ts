import { useSyncExternalStore } from 'react';

const CHANGE = 'app:urlchange';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const read = () => window.location.search;

/** Writes the query string into history (push: the back button returns; replace: it does not). */
export function navigateSearch(params: URLSearchParams, mode: 'push' | 'replace' = 'push') {
  const query = params.toString();
  const next = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  if (next === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', next);
  else window.history.replaceState(null, '', next);
  window.dispatchEvent(new Event(CHANGE));
}

/** The URL query is the app's state store: read it, and write it through navigateSearch. */
export function useSearchParams(serverSearch = ''): [URLSearchParams, typeof navigateSearch] {
  const search = useSyncExternalStore(subscribe, read, () => serverSearch);
  return [new URLSearchParams(search), navigateSearch];
}

/**
 * One value read from the URL query: a component re-renders only when that value changes, not on every URL change
 * (a panel's chart/table mode must not redraw its chart when a filter changes). `select` must return a string.
 */
export function useSearchValue<T extends string>(select: (params: URLSearchParams) => T, serverSearch = ''): T {
  return useSyncExternalStore(
    subscribe,
    () => select(new URLSearchParams(read())),
    () => select(new URLSearchParams(serverSearch)),
  );
}
