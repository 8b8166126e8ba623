import { useSyncExternalStore } from 'react';
import { estimateMeasure, pageMeasure, type Measure } from './figures-layout';

type Stage = 'server' | 'page' | 'fonts';

const fontSet = () => (typeof document === 'undefined' ? undefined : document.fonts);
const listeners = new Set<() => void>();
let current: Stage | undefined;
let watching = false;

// One watch of the page's fonts for every chart: each `document.fonts.ready` read makes the browser bring its style and
// layout up to date, and one read per chart re-laid out a 100k-figure page once per chart.
function subscribe(changed: () => void): () => void {
  listeners.add(changed);
  const fonts = fontSet();
  if (!watching && fonts) {
    watching = true;
    const loaded = () => {
      current = fonts.status === 'loaded' ? 'fonts' : 'page';
      listeners.forEach((listener) => listener());
    };
    void fonts.ready.then(loaded);
    fonts.addEventListener('loadingdone', loaded);
  }
  return () => listeners.delete(changed);
}

const stage = (): Stage => (current ??= fontSet()?.status === 'loaded' ? 'fonts' : 'page');

/**
 * How a chart measures its labels: as the server estimates them while the pre-rendered page is hydrated (the first
 * render must match its HTML), then in the page's font, and again once the page's fonts have loaded (a label measured
 * in a fallback font wraps differently from the one drawn).
 */
export function useTextMeasure(): Measure {
  const now = useSyncExternalStore(subscribe, stage, () => 'server' as Stage);
  return now === 'server' ? estimateMeasure : pageMeasure;
}
