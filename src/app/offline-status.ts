import { useSyncExternalStore } from 'react';
import { isWorkerMessage, SW_FILE, SW_MESSAGE, type KeepMessage } from '../sw/messages';

/**
 * What the page knows from its service worker (src/sw/service-worker.ts): whether the last data file it got came
 * from the network or, the network having failed, from the copy saved at `savedAt`; and whether a new build's
 * worker took over while this page was open (its code is then the older build's).
 */
export interface OfflineStatus {
  saved: { url: string; savedAt: string } | null;
  newVersion: boolean;
}

const ONLINE: OfflineStatus = { saved: null, newVersion: false };
let status = ONLINE;
const listeners = new Set<() => void>();

function update(next: Partial<OfflineStatus>) {
  status = { ...status, ...next };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The status for components; in the build-time render and at hydration, the online one. */
export const useOfflineStatus = () =>
  useSyncExternalStore(
    subscribe,
    () => status,
    () => ONLINE,
  );

/** The data files (*.json under the page's folder) the page has fetched so far. */
function dataFilesFetched(win: Window): string[] {
  const folder = new URL('./', win.document.baseURI).href;
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(folder) && new URL(url).pathname.endsWith('.json'));
}

/**
 * Listens to the service worker from the page's first data file on (call it before anything fetches one), and
 * registers the worker, beside index.html with the page's folder as its scope, once the page has loaded.
 * Browsers offer service workers on https and on localhost only; elsewhere the app simply works online.
 */
export function startServiceWorker(win: Window): void {
  const container = win.navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container) return;
  container.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isWorkerMessage(message)) return;
    update({ saved: message.kind === 'saved' ? { url: message.url, savedAt: message.savedAt } : null });
  });
  container.startMessages();
  const controlledAtStart = container.controller !== null;
  let controlled = controlledAtStart;
  // The first worker taking over a first visit is no news; a worker replacing one is a new build.
  container.addEventListener('controllerchange', () => {
    if (controlled) update({ newVersion: true });
    controlled = true;
  });
  const register = async () => {
    try {
      await container.register(SW_FILE, { scope: './' });
      if (controlledAtStart) return;
      // First visit: the data on screen was fetched before the worker existed; ask it to keep a copy.
      const registration = await container.ready;
      const keep: KeepMessage = { type: SW_MESSAGE, kind: 'keep', urls: dataFilesFetched(win) };
      registration.active?.postMessage(keep);
    } catch {
      // no worker (private mode, storage refused): the app works online as before
    }
  };
  if (win.document.readyState === 'complete') void register();
  else win.addEventListener('load', () => void register(), { once: true });
}
