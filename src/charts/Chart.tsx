import { lazy, Suspense, type ComponentType } from 'react';
import { WhenInView } from './ChartDrawing';
import { FIGURES_DEFAULT_WIDTH } from './figures-layout';
import { chartHeight } from './layout';
import type { ChartSpec } from './spec';
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

// recharts is loaded off the critical path: the figures (text) show first, the charts follow, when in view.
// React.lazy keeps a failed import for ever: after a failure, "Retry" (reloadChartCode) makes a fresh lazy import.
function lazyBody() {
  const Body = lazy(() =>
    loadBody().then(
      (m) => ({ default: m.ChartBody }),
      (error: unknown) => {
        // Chromium keeps a failed module download for the page's life: the retry asks for the same file under a new URL
        const failed = /https?:\/\/[^\s'"?]+\.js/.exec(error instanceof Error ? error.message : '')?.[0];
        if (failed && !injected) loadBody = () => import(/* @vite-ignore */ `${failed}?retry=${Date.now()}`) as Promise<BodyModule>;
        failedBody = Body;
        throw new ChartCodeError(error instanceof Error ? error.message : String(error), { cause: error });
      },
    ),
  );
  return Body;
}
let ChartBody = lazyBody();
/** the lazy import that failed, until "Retry" replaces it (never by itself: offline, that would ask again and again) */
let failedBody: ReturnType<typeof lazyBody> | null = null;

/** "Retry" after a failed chart-code download: the next chart drawn asks for the code again. */
export function reloadChartCode(): void {
  if (failedBody && failedBody === ChartBody) ChartBody = lazyBody();
  failedBody = null;
}

/** For tests: where the chart code comes from (a loader that fails once, then succeeds). */
export function setChartBodyLoader(loader: () => Promise<BodyModule>): void {
  loadBody = loader;
  injected = true;
  ChartBody = lazyBody();
}

/** The chart code as it is now: read when the chart is drawn, not when its box was laid out (a retry swaps it). */
function CurrentChartBody(props: BodyProps) {
  const Body = ChartBody;
  return <Body {...props} />;
}

/** A chart on the page: its box reserved at its final height, drawn (lazily, in turn) when it nears the screen. */
export function Chart({ spec, describedBy }: { spec: ChartSpec; describedBy?: string }) {
  // a figures chart's labels wrap to the width it gets: its box is reserved for that width
  const [ref, width] = useWidth<HTMLDivElement>(undefined, FIGURES_DEFAULT_WIDTH);
  const measure = useTextMeasure();
  const height = chartHeight(spec, width, measure);
  return (
    <div ref={ref} className="panel__chart" style={{ minHeight: height }}>
      <Suspense fallback={<div className="chart-placeholder" style={{ height }} aria-hidden="true" />}>
        <WhenInView>
          <ChartWidthContext.Provider value={width}>
            <CurrentChartBody spec={spec} describedBy={describedBy} />
          </ChartWidthContext.Provider>
        </WhenInView>
      </Suspense>
    </div>
  );
}
