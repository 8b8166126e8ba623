import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartProps, SeriesSpec } from './types';
import { useWidth } from './use-width';
import { categoryAxisWidth, wrappedTick } from './WrappedTick';
import { BAR_SIZE, barChartHeight, valueLabelRoom } from './layout';
import { ChartTooltip } from './ChartTooltip';
import { PatternDefs, seriesFill } from './patterns';

export interface BarChartViewProps<R> extends ChartProps<R> {
  scale?: 'linear' | 'log';
  stacked?: boolean;
  /** show value labels at the end of the bars (default true) */
  valueLabels?: boolean;
  /** the label drawn for a bar; defaults to format(value) */
  labelFor?: (row: R, series: SeriesSpec<R>) => string;
}

/** Horizontal bars: long Vietnamese category names read best on the left, values at the bar ends. */
export function BarChartView<R extends object>(props: BarChartViewProps<R>) {
  const {
    rows,
    index,
    series,
    format,
    tooltipNote,
    label,
    describedBy,
    scale = 'linear',
    stacked = false,
    valueLabels = true,
    labelFor,
  } = props;
  const [ref, width] = useWidth<HTMLDivElement>();
  const labelWidth = categoryAxisWidth(width);
  const height = barChartHeight(rows.length, series.length, stacked);
  const logTicks = scale === 'log' ? logTicksFor(rows, series) : undefined;
  // The value labels sit right of the bars: leave room for the longest so none is cut at the edge.
  const labels = valueLabels ? rows.flatMap((row) => series.map((s) => (labelFor ? labelFor(row, s) : valueText(row[s.key], format)))) : [];
  const right = Math.min(Math.round(width * 0.4), Math.max(24, valueLabelRoom(labels)));
  return (
    <div ref={ref} className="chart" role="img" aria-label={label} aria-describedby={describedBy}>
      <BarChart
        width={width}
        height={height}
        data={rows as R[]}
        layout="vertical"
        margin={{ top: 4, right, bottom: 4, left: 4 }}
        barGap={2}
        accessibilityLayer={false}
      >
        <PatternDefs series={series} />
        <CartesianGrid horizontal={false} stroke="#E3E6EA" />
        <XAxis
          type="number"
          scale={scale}
          domain={scale === 'log' ? [0.5, (max: number) => max * 2] : [0, 'auto']}
          ticks={logTicks}
          allowDataOverflow={scale === 'log'}
          tickFormatter={(v: number) => format(v)}
          tick={{ fontSize: 12, fill: '#4A5566' }}
          stroke="#8A94A3"
        />
        <YAxis type="category" dataKey={index as string} width={labelWidth} interval={0} stroke="#8A94A3" tick={wrappedTick(labelWidth)} />
        <Tooltip
          cursor={{ fill: 'rgba(28,36,48,0.06)' }}
          isAnimationActive={false}
          content={(p) => <ChartTooltip active={p.active} payload={p.payload} series={series} format={format} note={tooltipNote} />}
        />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key as string}
            name={s.label}
            fill={seriesFill(s)}
            stroke={s.outline ?? s.color}
            barSize={BAR_SIZE}
            stackId={stacked ? 'stack' : undefined}
            isAnimationActive={false}
          >
            {valueLabels ? (
              <LabelList
                dataKey={s.key as string}
                position="right"
                fill="#1C2430"
                fontSize={12}
                fontWeight={700}
                // recharts hands the label the value only; the row is found by position in the data.
                content={(lp) => <ValueLabel {...lp} text={labelText(lp, rows, s, format, labelFor)} />}
              />
            ) : null}
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}

const valueText = (value: unknown, format: (v: number) => string) => (typeof value === 'number' ? format(value) : '');

function labelText<R>(
  lp: { value?: unknown; index?: number },
  rows: readonly R[],
  s: SeriesSpec<R>,
  format: (v: number) => string,
  labelFor?: (row: R, s: SeriesSpec<R>) => string,
) {
  const row = lp.index !== undefined ? rows[lp.index] : undefined;
  if (row && labelFor) return labelFor(row, s);
  return typeof lp.value === 'number' ? format(lp.value) : '';
}

function ValueLabel(props: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; text: string }) {
  const x = Number(props.x ?? 0) + Number(props.width ?? 0) + 6;
  const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2;
  if (!props.text) return null;
  return (
    <text x={x} y={y} dy="0.35em" fontSize={12} fontWeight={700} fill="#1C2430" className="value-label">
      {props.text}
    </text>
  );
}

/** Powers of ten from 1 up to the largest value, so a log axis reads 1, 10, 100, 1.000, 10.000. */
function logTicksFor<R>(rows: readonly R[], series: readonly SeriesSpec<R>[]): number[] {
  let max = 1;
  for (const row of rows) for (const s of series) max = Math.max(max, Number(row[s.key]) || 0);
  const ticks: number[] = [];
  for (let t = 1; t <= max * 2; t *= 10) ticks.push(t);
  return ticks;
}
