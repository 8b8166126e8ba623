import { useEffect, useRef, useState, type ComponentType } from 'react';

/**
 * Charts are drawn when their box comes near the screen, one at a time, so recharts never blocks the first view
 * (its render is the page's biggest main-thread cost: ~4x hydration) and a phone draws only what it shows.
 * The box is already reserved by the panel (its min-height), so nothing shifts when a chart appears.
 */

type Reveal = (drawn: () => void) => void;

const queue: Reveal[] = [];
/** every chart not drawn yet, to draw them all on request (ZIP of every chart, print) */
const notDrawn = new Set<() => void>();
const idleWaiters: (() => void)[] = [];
let busy = false;

function pump() {
  if (busy) return;
  const reveal = queue.shift();
  if (!reveal) {
    idleWaiters.splice(0).forEach((resolve) => resolve());
    return;
  }
  busy = true;
  let finished = false;
  const drawn = () => {
    if (finished) return;
    finished = true;
    busy = false;
    // a task between charts: the browser paints and handles input before the next one
    setTimeout(pump, 0);
  };
  reveal(drawn);
  setTimeout(drawn, 3000); // a chart that never mounts (unmounted meanwhile) does not hold the others back
}

/** Draws every chart still waiting (e.g. before exporting all of them); resolves once they are on the page. */
export function drawAllCharts(): Promise<void> {
  for (const enqueue of [...notDrawn]) enqueue();
  return new Promise((resolve) => {
    idleWaiters.push(resolve);
    pump();
  });
}

// Ctrl+P without the page's print button: start drawing the rest (best effort; the button waits for them).
if (typeof window !== 'undefined') window.addEventListener('beforeprint', () => void drawAllCharts());

function Drawn({ onDrawn }: { onDrawn: () => void }) {
  useEffect(onDrawn, [onDrawn]);
  return null;
}

export function whenInView<P extends object>(Chart: ComponentType<P>): ComponentType<P> {
  function InView(props: P) {
    const ref = useRef<HTMLDivElement>(null);
    const [drawn, setDrawn] = useState<{ done: () => void } | null>(null);
    useEffect(() => {
      if (drawn) return;
      let queued = false;
      const reveal: Reveal = (done) => setDrawn({ done });
      const enqueue = () => {
        if (queued) return;
        queued = true;
        notDrawn.delete(enqueue);
        observer?.disconnect();
        queue.push(reveal);
        pump();
      };
      notDrawn.add(enqueue);
      const observer =
        typeof IntersectionObserver === 'undefined'
          ? null
          : new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && enqueue(), { rootMargin: '300px 0px' });
      // the panel's chart box (its reserved height), not the marker at its top: a tall chart scrolled into its
      // middle is in view too
      const target = ref.current?.closest('.panel__chart') ?? ref.current;
      if (observer && target) observer.observe(target);
      else enqueue();
      return () => {
        observer?.disconnect();
        notDrawn.delete(enqueue);
        const at = queue.indexOf(reveal);
        if (at >= 0) queue.splice(at, 1);
      };
    }, [drawn]);
    if (!drawn) return <div ref={ref} className="chart-pending" aria-hidden="true" />;
    return (
      <>
        <Chart {...props} />
        <Drawn onDrawn={drawn.done} />
      </>
    );
  }
  InView.displayName = `WhenInView(${Chart.displayName ?? Chart.name ?? 'Chart'})`;
  return InView;
}
