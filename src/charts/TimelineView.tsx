import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReactNode } from 'react';
import { useWidth } from './use-width';
import { categoryAxisWidth, wrappedTick } from './WrappedTick';
import { timelineHeight, valueLabelRoom } from './layout';

export interface TimelineRow {
  key: string;
  label: string;
  start: number;
  end: number;
  /** text at the bar's end, e.g. "90 năm (1930)" */
  caption: string;
}

/** Spans on a time axis: from an origin year to the anniversary year. Dashed outline marks computed starts. */
export function TimelineView({
  rows,
  label,
  describedBy,
  color,
  tooltip,
}: {
  rows: readonly TimelineRow[];
  label: string;
  describedBy?: string;
  color: string;
  tooltip: (row: TimelineRow) => ReactNode;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const labelWidth = categoryAxisWidth(width);
  const data = rows.map((r) => ({ ...r, span: [r.start, r.end] as [number, number] }));
  const min = Math.min(...rows.map((r) => r.start));
  const max = Math.max(...rows.map((r) => r.end));
  const from = Math.floor(min / 100) * 100;
  const ticks: number[] = [];
  for (let t = from; t <= max; t += max - from > 600 ? 200 : 50) ticks.push(t);
  return (
    <div ref={ref} className="chart" role="img" aria-label={label} aria-describedby={describedBy}>
      <BarChart
        width={width}
        height={timelineHeight(rows.length)}
        data={data}
        layout="vertical"
        margin={{ top: 4, right: Math.min(Math.round(width * 0.4), valueLabelRoom(rows.map((r) => r.caption))), bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke="#E3E6EA" />
        <XAxis
          type="number"
          domain={[from, max]}
          ticks={ticks}
          tickFormatter={String}
          tick={{ fontSize: 12, fill: '#4A5566' }}
          stroke="#8A94A3"
        />
        <YAxis type="category" dataKey="label" width={labelWidth} interval={0} stroke="#8A94A3" tick={wrappedTick(labelWidth)} />
        <Tooltip
          isAnimationActive={false}
          cursor={{ fill: 'rgba(28,36,48,0.06)' }}
          content={(p) => {
            const row = p.active ? (p.payload?.[0]?.payload as TimelineRow | undefined) : undefined;
            return row ? <div className="chart-tooltip">{tooltip(row)}</div> : null;
          }}
        />
        <Bar dataKey="span" fill={color} fillOpacity={0.25} stroke={color} strokeDasharray="4 2" barSize={18} isAnimationActive={false}>
          <LabelList
            dataKey="caption"
            content={(lp) => (
              <text
                x={Number(lp.x ?? 0) + Number(lp.width ?? 0) + 6}
                y={Number(lp.y ?? 0) + Number(lp.height ?? 0) / 2}
                dy="0.35em"
                fontSize={12}
                fontWeight={700}
                fill="#1C2430"
              >
                {String(lp.value ?? '')}
              </text>
            )}
          />
        </Bar>
      </BarChart>
    </div>
  );
}
