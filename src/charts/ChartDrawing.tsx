import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { takeFirstScreen } from './first-screen';
import { createDrawScheduler, type DrawScheduler } from './scheduler';
import { forgetStill, STILL_ATTR, type Still } from './stills';

const SchedulerContext = createContext<DrawScheduler | null>(null);

/** Owns the page's chart drawing: charts below it are drawn in turn as they near the screen, and all before print. */
export function ChartDrawingProvider({ children }: { children: ReactNode }) {
  const [scheduler] = useState(createDrawScheduler);
  useEffect(() => {
    // Ctrl+P without the page's print button: start drawing the rest (best effort; the button waits for them).
    const onBeforePrint = () => void scheduler.drawAll();
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, [scheduler]);
  return <SchedulerContext.Provider value={scheduler}>{children}</SchedulerContext.Provider>;
}

/** Draws every chart not drawn yet (before printing); resolves once they are on the page. */
export function useDrawAllCharts(): () => Promise<void> {
  const scheduler = useContext(SchedulerContext);
  return () => scheduler?.drawAll() ?? Promise.resolve();
}

const DRAWN_AT_ONCE = { done: () => {} };

function Drawn({ onDrawn }: { onDrawn: () => void }) {
  useEffect(onDrawn, [onDrawn]);
  return null;
}

/**
 * Renders `children` (a chart) once the scheduler reveals it and `ready` (its code) has settled; until then its still,
 * if the pre-rendered page has one. The panel reserves the chart's box, so nothing shifts when it appears. Without a
 * provider (a panel rendered alone) the chart is drawn at once.
 */
export function WhenInView({ children, ready, still }: { children: ReactNode; ready?: () => Promise<unknown>; still?: Still | undefined }) {
  const scheduler = useContext(SchedulerContext);
  const ref = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<{ done: () => void } | null>(scheduler ? null : DRAWN_AT_ONCE);
  const stillKey = still?.key;
  useEffect(() => {
    if (drawn || !scheduler) return;
    let cancel: (() => void) | null = null;
    let unmounted = false;
    const reveal = (done: () => void) => {
      // a failed download is drawn too: the chart then throws it to its panel, which offers "Retry"
      const draw = () => {
        if (unmounted) return done();
        if (stillKey) forgetStill(stillKey); // drawn live from now on: no other box needs it
        setDrawn({ done });
      };
      void (ready?.() ?? Promise.resolve()).then(draw, draw);
    };
    const enqueue = (onScreen = false) => {
      if (cancel) return;
      stopWaiting();
      observer?.disconnect();
      cancel = scheduler.enqueue(reveal, onScreen);
    };
    const stopWaiting = scheduler.waiting(() => enqueue());
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver(
            (entries) => {
              const near = entries.filter((e) => e.isIntersecting);
              // the charts in the first screen are drawn before those just below it (the entry's box: no layout read)
              if (near.length > 0)
                enqueue(near.some((e) => e.boundingClientRect.top < window.innerHeight && e.boundingClientRect.bottom > 0));
            },
            { rootMargin: '300px 0px' },
          );
    // the chart's reserved box, not the marker at its top: a tall chart scrolled into its middle is in view too
    const target = ref.current?.parentElement ?? ref.current;
    if (target && takeFirstScreen(target)) enqueue(true);
    else if (observer && target) observer.observe(target);
    else enqueue(true);
    return () => {
      unmounted = true;
      observer?.disconnect();
      stopWaiting();
      cancel?.();
    };
  }, [drawn, scheduler, ready, stillKey]);
  if (!drawn) {
    // the pre-rendered page's still of this chart (stills.ts) stands in its box until the live chart is drawn
    const stands = still ? { [STILL_ATTR]: still.key, dangerouslySetInnerHTML: { __html: still.markup } } : {};
    return <div ref={ref} className="chart-pending" aria-hidden="true" {...stands} />;
  }
  return (
    <>
      {children}
      <Drawn onDrawn={drawn.done} />
    </>
  );
}
