import { lazy, Suspense } from 'react';
import { WhenInView } from './ChartDrawing';
import { FIGURES_DEFAULT_WIDTH } from './figures-layout';
import { chartHeight } from './layout';
import type { ChartSpec } from './spec';
import { useTextMeasure } from './use-measure';
import { useWidth } from './use-width';

// recharts is loaded off the critical path: the figures (text) show first, the charts follow, when in view.
const ChartBody = lazy(() => import('./ChartBody').then((m) => ({ default: m.ChartBody })));

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
          <ChartBody spec={spec} describedBy={describedBy} />
        </WhenInView>
      </Suspense>
    </div>
  );
}
