import { createElement, Suspense, use, type ComponentType } from 'react';
import { WhenInView } from './ChartDrawing';
import { FIGURES_DEFAULT_WIDTH } from './figures-layout';
import { chartHeight } from './layout';
import type { ChartSpec } from './spec';
import { stillOf } from './stills';
import { useTextMeasure } from './use-measure';
import { ChartWidthContext, useWidth } from './use-width';

/** The chart code (recharts) could not be downloaded: the panel says so in its language and "Retry" loads it again. */
export class ChartCodeError extends Error {
  override name = 'ChartCodeError';
}

type BodyProps = { spec: ChartSpec; describedBy?: string | undefined };
type BodyModule = { ChartBody: ComponentType<BodyProps> };

let loadBody = (): Promise<BodyModule> => import('./ChartBody');
/** a loader set by a test: kept as it is */
let injected = false;
/** the chart code, once downloaded */
let loadedBody: ComponentType<BodyProps> | null = null;
/** the download under way, or the one that failed: kept until "Retry" (offline, asking by itself would ask again and again) */
let loading: Promise<ComponentType<BodyProps>> | null = null;
let failed = false;

/**
 * The chart code (recharts), loaded off the critical path: the figures (text) show first, the charts follow, when in
 * view. A chart is revealed only once this has resolved, so drawing it never suspends (React would hold a revealed
 * Suspense boundary back up to 300 ms after its fallback showed).
 */
export function chartCode(): Promise<ComponentType<BodyProps>> {
  loading ??= loadBody().then(
    (m) => (loadedBody = m.ChartBody),
    (error: unknown) => {
      failed = true;
      // Chromium keeps a failed module download for the page's life: the retry asks for the same file under a new URL
      const url = /https?:\/\/[^\s'"?]+\.js/.exec(error instanceof Error ? error.message : '')?.[0];
      if (url && !injected) loadBody = () => import(/* @vite-ignore */ `${url}?retry=${Date.now()}`) as Promise<BodyModule>;
      throw new ChartCodeError(error instanceof Error ? error.message : String(error), { cause: error });
    },
  );
  return loading;
}

/** "Retry" after a failed chart-code download: the next chart drawn asks for the code again. */
export function reloadChartCode(): void {
  if (!failed) return;
  failed = false;
  loading = null;
}

/** For tests: where the chart code comes from (a loader that fails once, then succeeds). */
export function setChartBodyLoader(loader: () => Promise<BodyModule>): void {
  loadBody = loader;
  injected = true;
  loadedBody = null;
  loading = null;
  failed = false;
}

/** The chart code as it is now: read when the chart is drawn (a retry swaps it); a failed download throws to the panel. */
function CurrentChartBody(props: BodyProps) {
  // one module-level component (not made here): chosen, so createElement rather than JSX
  return createElement(loadedBody ?? use(chartCode()), props);
}

/** A chart on the page: its box reserved at its final height, drawn (lazily, in turn) when it nears the screen. */
export function Chart({ spec, describedBy }: { spec: ChartSpec; describedBy?: string }) {
  // a figures chart's labels wrap to the width it gets: its box is reserved for that width
  const [ref, width] = useWidth<HTMLDivElement>(undefined, FIGURES_DEFAULT_WIDTH);
  const measure = useTextMeasure();
  const height = chartHeight(spec, width, measure);
  return (
    <div ref={ref} className="panel__chart" style={{ minHeight: height }}>
      {/* the boundary inside: the pending box is part of its panel's HTML and hydrates with it, not after the page */}
      <WhenInView ready={chartCode} still={stillOf(spec)}>
        <Suspense fallback={<div className="chart-placeholder" style={{ height }} aria-hidden="true" />}>
          <ChartWidthContext.Provider value={width}>
            <CurrentChartBody spec={spec} describedBy={describedBy} />
          </ChartWidthContext.Provider>
        </Suspense>
      </WhenInView>
    </div>
  );
}
