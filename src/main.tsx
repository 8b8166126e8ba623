import { QueryClient } from '@tanstack/react-query';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { SHIPPED_DATASET } from './data/dataset-source';
import { readPrerenderedDataset, seedDataset } from './data/get-dataset';
import { isLang, loadLanguage } from './i18n/translate';
import { AppRoot } from './root';
import './styles/app.css';
import './styles/print.css';

const queryClient = new QueryClient();

/**
 * The build-time render leaves each chart's Suspense boundary at its placeholder (the chart code loads later, off
 * the critical path; scripts/prerender.ts checks that nothing else was left), and React reports every such boundary
 * as "server could not finish" (error 419) when it renders it in the browser. Those are expected; anything else,
 * e.g. a hydration mismatch, is reported as usual.
 */
function reportUnexpectedRecoverable(error: unknown) {
  const expected =
    error instanceof Error &&
    (error as { digest?: unknown }).digest === undefined &&
    /Minified React error #419\b|could not finish this Suspense boundary/.test(error.message);
  if (expected) return;
  if (typeof reportError === 'function') reportError(error);
  else console.error(error);
}
const root = document.getElementById('root');

if (root) {
  const params = new URLSearchParams(window.location.search);
  const lang = params.get('lang');
  if (isLang(lang)) void loadLanguage(lang); // starts at once, beside the dataset's fetch
  // The pre-rendered HTML shows the shipped dataset's default view; its data lets hydration render the same tree.
  const prerendered = readPrerenderedDataset(document);
  const shippedUrl = new URL(SHIPPED_DATASET, document.baseURI).href;
  if (prerendered && !params.get('dataset')?.trim()) seedDataset(queryClient, shippedUrl, prerendered);
  const tree = <AppRoot client={queryClient} />;
  if (prerendered && root.firstElementChild && window.location.search.length <= 1) {
    // In a transition, hydration is time-sliced: the page is already readable, so it yields to the browser
    // every few milliseconds instead of blocking the main thread for the whole tree at once.
    startTransition(() => {
      hydrateRoot(root, tree, { onRecoverableError: reportUnexpectedRecoverable });
    });
  } else {
    // Another view (?dataset=, ?lang=, filters) or no pre-rendered HTML (dev): render on the client, replacing it.
    createRoot(root).render(tree);
  }
}
