import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

/**
 * A horizontally scrolling box for a wide table. While it actually scrolls it is a named, focusable
 * region, so keyboard users can scroll it with the arrow keys (WCAG 2.1.1; axe `scrollable-region-focusable`).
 * Its name says it is the table of `name`, so it never repeats the name of the panel around it.
 */
export function TableScroll({ name, children }: { name: string; children: ReactNode }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // read when the observer reports (after the browser's layout, first on observe): never a forced layout per table
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setScrolls(el.scrollWidth > el.clientWidth + 1));
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="table-scroll"
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': t('table.region', { name }) } : {})}
    >
      {children}
    </div>
  );
}
