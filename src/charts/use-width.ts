import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The element's content width, kept current with ResizeObserver (jsdom has none: the fallback is used).
 * A fixed width (a chart drawn for export) skips measuring.
 */
export function useWidth<T extends HTMLElement>(fixed: number | undefined, fallback = 640) {
  const ref = useRef<T>(null);
  const [measured, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || fixed !== undefined) return;
    const measure = () => setWidth(Math.max(0, Math.floor(el.getBoundingClientRect().width)) || fallback);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [fixed, fallback]);
  return [ref, fixed ?? measured] as const;
}
