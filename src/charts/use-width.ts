import { createContext, useContext, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/** The width of the chart box around a view: its first render uses it, so a chart is not drawn twice to learn its width. */
export const ChartWidthContext = createContext<number | undefined>(undefined);

const listeners = new Map<Element, (width: number) => void>();
let shared: ResizeObserver | undefined;

// One observer for every chart. Its reports come after the browser's own layout, so reading a width never forces one
// (getBoundingClientRect in each chart's layout effect re-laid out a 100k-figure page again and again); the reports of
// a frame are rendered together, synchronously, so the new widths are painted in the same frame (no shift).
function observe(el: Element, listener: (width: number) => void): () => void {
  shared ??= new ResizeObserver((entries) =>
    flushSync(() => {
      for (const entry of entries) listeners.get(entry.target)?.(Math.floor(entry.borderBoxSize[0]?.inlineSize ?? entry.contentRect.width));
    }),
  );
  listeners.set(el, listener);
  shared.observe(el);
  return () => {
    listeners.delete(el);
    shared?.unobserve(el);
  };
}

/**
 * The element's width, kept current with ResizeObserver; until its first report (and in jsdom, which has none), the
 * enclosing chart box's width, else `fallback`. A fixed width (a chart drawn for export) skips measuring.
 */
export function useWidth<T extends HTMLElement>(fixed: number | undefined, fallback = 640) {
  const inherited = useContext(ChartWidthContext);
  const ref = useRef<T>(null);
  const [measured, setWidth] = useState<number | undefined>(undefined);
  // the width drawn with until the first report: a first report that only confirms it draws nothing again (a chart
  // just revealed would otherwise render twice, the second time in the frame that lays out the page)
  const assumed = useRef<number | undefined>(undefined);
  useLayoutEffect(() => {
    assumed.current = inherited ?? fallback;
  }, [inherited, fallback]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || fixed !== undefined || typeof ResizeObserver === 'undefined') return;
    // a hidden box (0 wide) keeps the width it would have
    return observe(el, (width) =>
      setWidth((previous) => (previous === undefined && width === assumed.current ? previous : width > 0 ? width : undefined)),
    );
  }, [fixed]);
  return [ref, fixed ?? measured ?? inherited ?? fallback] as const;
}
