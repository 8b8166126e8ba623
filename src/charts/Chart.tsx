import { lazy, Suspense } from 'react';
import { WhenInView } from './ChartDrawing';
import { chartHeight } from './layout';
import type { ChartSpec } from './spec';

// recharts is loaded off the critical path: the figures (text) show first, the charts follow, when in view.
const ChartBody = lazy(() => import('./ChartBody').then((m) => ({ default: m.ChartBody })));

/** A chart on the page: its box reserved at its final height, drawn (lazily, in turn) when it nears the screen. */
export function Chart({ spec, describedBy }: { spec: ChartSpec; describedBy?: string }) {
  const height = chartHeight(spec);
  return (
    <div className="panel__chart" style={{ minHeight: height }}>
      <Suspense fallback={<div className="chart-placeholder" style={{ height }} aria-hidden="true" />}>
        <WhenInView>
          <ChartBody spec={spec} describedBy={describedBy} />
        </WhenInView>
      </Suspense>
    </div>
  );
}
