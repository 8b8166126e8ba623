import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { THEME } from '../theme/theme';
import { ChartTooltip } from './ChartTooltip';
import { BAR_SIZE, barChartHeight, categoryAxisWidth, TICK_FONT_SIZE, valueLabelRoom } from './layout';
import { PatternDefs, seriesFill } from './patterns';
import type { BarSpec, SeriesSpec } from './spec';
import { useWidth } from './use-width';
import { wrappedTick } from './WrappedTick';

const { chart: ink } = THEME;

/** Horizontal bars: long Vietnamese category names read best on the left, values at the bar ends. */
export function BarChartView<R extends object>({
  spec,
  width: fixedWidth,
  describedBy,
}: {
  spec: BarSpec<R>;
  width?: number;
  describedBy?: string;
}) {
  const { rows, index, series, format, notes, label, scale = 'linear', stacked = false, labelFor } = spec;
  const [ref, width] = useWidth<HTMLDivElement>(fixedWidth);
  const labelWidth = categoryAxisWidth(width);
  const height = barChartHeight(rows.length, series.length, stacked);
  const logTicks = scale === 'log' ? logTicksFor(rows, series) : undefined;
  const textOf = (row: R, s: SeriesSpec<R>) => (labelFor ? labelFor(row, s) : valueText(row[s.key], format));
  // The value labels sit right of the bars: leave room for the longest so none is cut at the edge.
  const right = Math.min(Math.round(width * 0.4), Math.max(24, valueLabelRoom(rows.flatMap((row) => series.map((s) => textOf(row, s))))));
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
        <CartesianGrid horizontal={false} stroke={ink.grid} />
        <XAxis
          type="number"
          scale={scale}
          domain={scale === 'log' ? [0.5, (max: number) => max * 2] : [0, 'auto']}
          ticks={logTicks}
          allowDataOverflow={scale === 'log'}
          tickFormatter={(v: number) => format(v)}
          tick={{ fontSize: TICK_FONT_SIZE, fill: ink.tick }}
          stroke={ink.axis}
        />
        <YAxis type="category" dataKey={index as string} width={labelWidth} interval={0} stroke={ink.axis} tick={wrappedTick(labelWidth)} />
        <Tooltip
          cursor={{ fill: ink.cursor }}
          isAnimationActive={false}
          content={(p) => (
            <ChartTooltip active={p.active} payload={p.payload} index={index} series={series} format={format} notes={notes} />
          )}
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
            <LabelList
              dataKey={s.key as string}
              position="right"
              // recharts hands the label the value only; the row is found by position in the data.
              content={(lp) => <EndLabel {...lp} text={lp.index !== undefined && rows[lp.index] ? textOf(rows[lp.index]!, s) : ''} />}
            />
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}

const valueText = (value: unknown, format: (v: number) => string) => (typeof value === 'number' ? format(value) : '');

/** A bold label just right of a bar's end. */
export function EndLabel(props: {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  text: string;
}) {
  const x = Number(props.x ?? 0) + Number(props.width ?? 0) + 6;
  const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2;
  if (!props.text) return null;
  return (
    <text x={x} y={y} dy="0.35em" fontSize={TICK_FONT_SIZE} fontWeight={700} fill={ink.label} className="value-label">
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
