import { BarChartView } from './BarChartView';
import { FiguresView } from './FiguresView';
import { Legend } from './Legend';
import type { ChartSpec } from './spec';
import { TimelineView } from './TimelineView';

/** A chart drawn from its spec (the recharts part, loaded lazily): on screen, or at a fixed width for export. */
export function ChartBody({ spec, width, describedBy }: { spec: ChartSpec; width?: number; describedBy?: string }) {
  if (spec.kind === 'timeline') return <TimelineView spec={spec} width={width} describedBy={describedBy} />;
  if (spec.kind === 'figures') return <FiguresView spec={spec} width={width} describedBy={describedBy} />;
  return (
    <>
      <Legend series={spec.series} />
      <BarChartView spec={spec} width={width} describedBy={describedBy} />
    </>
  );
}
