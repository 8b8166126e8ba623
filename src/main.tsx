import { QueryClient } from '@tanstack/react-query';
import { startTransition } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { SHIPPED_DATASET } from './data/dataset-source';
import { datasetQueryKey, readPrerenderedDataset } from './data/get-dataset';
import { startServiceWorker } from './app/offline-status';
import { chartCode, noteFirstScreenCharts, readStills } from './charts';
import { isLang, loadLanguage } from './i18n/translate';
import { PRERENDER_CHECK_WAIT_MS, PRERENDER_STATE_ATTR, PRERENDERED_ROOT_ATTR, prerenderCheck } from './prerender-check';
import { AppRoot } from './root';
import './styles/app.css';
import './styles/print.css';

const queryClient = new QueryClient();

/** React's hydration root can hydrate a part before the others (selective hydration); @types/react-dom omits it. */
type HydrationRoot = Root & { unstable_scheduleHydration?: (target: Element) => void };

/**
 * A problem React recovered from while hydrating (e.g. a mismatch with the pre-rendered HTML): reported, never
 * silent. The build renders every boundary in full (scripts/prerender.ts fails on one left to the browser).
 */
function reportRecoverable(error: unknown) {
  if (typeof reportError === 'function') reportError(error);
  else console.error(error);
}

/** The head check's answer (src/prerender-check.ts), or false when it did not run or is still out after `ms`. */
function settled(check: Promise<boolean> | undefined, ms: number): Promise<boolean> {
  if (!check) return Promise.resolve(false);
  return Promise.race([check, new Promise<boolean>((done) => setTimeout(() => done(false), ms))]);
}

async function start(root: HTMLElement) {
  const params = new URLSearchParams(window.location.search);
  const lang = params.get('lang');
  if (isLang(lang)) void loadLanguage(lang); // starts at once, beside the dataset's fetch
  const tree = <AppRoot client={queryClient} />;
  const prerenderedVersion = root.getAttribute(PRERENDERED_ROOT_ATTR);
  // The pre-rendered HTML shows the shipped file's default view, and only once the head check has found that the
  // served file is the one it was rendered from (no ?dataset=, same data version); then its embedded data is that file.
  const state = document.documentElement.getAttribute(PRERENDER_STATE_ATTR);
  // Usually answered by now (it fetched a small file while this script loaded): then no wait, not even a microtask.
  const current =
    prerenderedVersion !== null &&
    (state === 'shown' || (state === 'checking' && (await settled(prerenderCheck(window), PRERENDER_CHECK_WAIT_MS))));
  const prerendered = current ? readPrerenderedDataset(document) : null;
  if (prerendered) {
    // Fresh, not stale: the check has just fetched the served file and found it unchanged, so no second fetch.
    queryClient.setQueryData(datasetQueryKey(new URL(SHIPPED_DATASET, document.baseURI).href), prerendered);
    if (window.location.search.length <= 1) {
      readStills(root); // the hydrating render gives each still's box the same markup
      const firstScreen = noteFirstScreenCharts(root, window.innerHeight);
      // Those charts are drawn as soon as their panels hydrate: their code loads meanwhile. (A phone's first screen
      // has none: its chart code then loads when a chart nears the screen. A failed download shows in the chart.)
      if (firstScreen.length > 0) chartCode().catch(() => {});
      // In a transition, hydration is time-sliced: the page is already readable, so it yields to the browser
      // every few milliseconds instead of blocking the main thread for the whole tree at once.
      let hydration: HydrationRoot | undefined;
      startTransition(() => {
        hydration = hydrateRoot(root, tree, { onRecoverableError: reportRecoverable });
      });
      // Each panel hydrates on its own (app/HydratedAlone.tsx): those with a chart in the first screen go first.
      for (const box of firstScreen) hydration?.unstable_scheduleHydration?.(box);
      return;
    }
    // Another view of the shipped file (?lang=, filters): rendered here; React replaces the shown HTML on its first commit.
    createRoot(root).render(tree);
    return;
  }
  if (prerenderedVersion !== null) {
    // Another file (?dataset=), a replaced file, or no answer: the pre-rendered figures, hidden since the first paint,
    // leave the page before #root is shown again, so they can never appear, alone or mixed with the new file's.
    root.replaceChildren();
    root.removeAttribute(PRERENDERED_ROOT_ATTR);
  }
  // Rendered on the client, fetching its dataset (also when there is no pre-rendered HTML: dev).
  createRoot(root).render(tree);
}

// Offline use (src/sw/service-worker.ts), in a built app only: dev serves modules the worker must not keep.
if (import.meta.env.PROD) startServiceWorker(window);
const root = document.getElementById('root');
if (root) void start(root);
