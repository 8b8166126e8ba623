import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { THEME } from '../theme/theme';
import { EndLabel } from './BarChartView';
import { TooltipNotes } from './ChartTooltip';
import {
  categoryAxisWidth,
  endLabelMargin,
  noLines,
  measureLabel,
  thinTicks,
  timelineEndLabels,
  timelineHeight,
  valueTickCount,
} from './layout';
import type { TimelineRow, TimelineSpec } from './spec';
import { useWidth } from './use-width';
import { valueTick } from './ValueTick';
import { wrappedTick } from './WrappedTick';

const { chart: ink } = THEME;

/** A timeline drawn for a slide: taller than it needs, on the span of all its rows (it may be split over slides). */
export interface TimelineLayout {
  height: number;
  span: [number, number];
  labelWidth: number;
  barSize: number;
  /** the right margin, room for the longest caption of every slide, so the time axis has one length on all */
  right: number;
}

/** Spans on a time axis: from an origin year to the anniversary year. Dashed outline marks computed starts. */
export function TimelineView({
  spec,
  width: fixedWidth,
  describedBy,
  layout,
}: {
  spec: TimelineSpec;
  width?: number;
  describedBy?: string | undefined;
  layout?: TimelineLayout;
}) {
  const { rows, label, color, notes } = spec;
  const [ref, width] = useWidth<HTMLDivElement>(fixedWidth);
  const labelWidth = layout?.labelWidth ?? categoryAxisWidth(width);
  const data = rows.map((r) => ({ ...r, span: [r.start, r.end] as [number, number] }));
  const [min, max] = layout?.span ?? [Math.min(...rows.map((r) => r.start)), Math.max(...rows.map((r) => r.end))];
  const from = Math.floor(min / 100) * 100;
  const years: number[] = [];
  for (let t = from; t <= max; t += max - from > 600 ? 200 : 50) years.push(t);
  const right = layout?.right ?? endLabelMargin(width, timelineEndLabels(rows));
  const ticks = thinTicks(years, valueTickCount(width - labelWidth - right - 8, measureLabel(String(max), 400), years.length));
  return (
    <div ref={ref} className="chart" role="img" aria-label={label} aria-describedby={describedBy}>
      <BarChart
        width={width}
        height={layout?.height ?? timelineHeight(rows.length)}
        data={data}
        layout="vertical"
        margin={{ top: 4, right, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} horizontalCoordinatesGenerator={noLines} stroke={ink.grid} />
        <XAxis type="number" domain={[from, max]} ticks={ticks} interval={0} tick={valueTick(String, ink.tick)} stroke={ink.axis} />
        <YAxis type="category" dataKey="label" width={labelWidth} interval={0} stroke={ink.axis} tick={wrappedTick(labelWidth)} />
        <Tooltip
          isAnimationActive={false}
          cursor={{ fill: ink.cursor }}
          content={(p) => {
            const row = p.active ? (p.payload?.[0]?.payload as TimelineRow | undefined) : undefined;
            return row ? (
              <div className="chart-tooltip">
                <p className="chart-tooltip__title">{row.label}</p>
                <p>{row.caption}</p>
                <TooltipNotes lines={notes?.(row) ?? []} />
              </div>
            ) : null;
          }}
        />
        <Bar
          dataKey="span"
          fill={color}
          fillOpacity={0.25}
          stroke={color}
          strokeDasharray="4 2"
          barSize={layout?.barSize ?? 18}
          isAnimationActive={false}
        >
          <LabelList dataKey="caption" content={(lp) => <EndLabel {...lp} text={String(lp.value ?? '')} />} />
        </Bar>
      </BarChart>
    </div>
  );
}
