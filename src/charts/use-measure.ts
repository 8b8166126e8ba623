import { useSyncExternalStore } from 'react';
import { estimateMeasure, pageMeasure, type Measure } from './figures-layout';

type Stage = 'server' | 'page' | 'fonts';

function subscribe(changed: () => void): () => void {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!fonts) return () => {};
  let live = true;
  const loaded = () => {
    if (live) changed();
  };
  void fonts.ready.then(loaded);
  fonts.addEventListener('loadingdone', loaded);
  return () => {
    live = false;
    fonts.removeEventListener('loadingdone', loaded);
  };
}

const stage = (): Stage => (typeof document !== 'undefined' && document.fonts?.status === 'loaded' ? 'fonts' : 'page');

/**
 * How a chart measures its labels: as the server estimates them while the pre-rendered page is hydrated (the first
 * render must match its HTML), then in the page's font, and again once the page's fonts have loaded (a label measured
 * in a fallback font wraps differently from the one drawn).
 */
export function useTextMeasure(): Measure {
  const now = useSyncExternalStore(subscribe, stage, () => 'server' as Stage);
  return now === 'server' ? estimateMeasure : pageMeasure;
}
