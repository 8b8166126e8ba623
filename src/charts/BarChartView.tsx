import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { THEME } from '../theme/theme';
import { ChartTooltip } from './ChartTooltip';
import {
  BAR_SIZE,
  barChartHeight,
  barEndLabels,
  categoryAxisWidth,
  endLabelMargin,
  noLines,
  thinTicks,
  TICK_FONT_SIZE,
  valueTickCount,
  widestValueLabel,
} from './layout';
import { PatternDefs, seriesFill } from './patterns';
import type { BarSpec, SeriesSpec } from './spec';
import { useWidth } from './use-width';
import { valueTick } from './ValueTick';
import { wrappedTick } from './WrappedTick';

const { chart: ink } = THEME;

/** A bar chart drawn for a slide: taller than it needs, and on a value axis shared by the slides it is split over. */
export interface BarLayout {
  height: number;
  /** the value axis reaches at least this */
  valueMax: number;
  labelWidth: number;
  barSize: number;
  /** the right margin, room for the longest end label of every slide, so the value axis has one length on all */
  right: number;
}

/** Horizontal bars: long Vietnamese category names read best on the left, values at the bar ends. */
export function BarChartView<R extends object>({
  spec,
  width: fixedWidth,
  describedBy,
  layout,
}: {
  spec: BarSpec<R>;
  width?: number;
  describedBy?: string | undefined;
  layout?: BarLayout;
}) {
  const { rows, index, series, format, notes, label, scale = 'linear', stacked = false, labelFor } = spec;
  const [ref, width] = useWidth<HTMLDivElement>(fixedWidth);
  const labelWidth = layout?.labelWidth ?? categoryAxisWidth(width);
  const height = layout?.height ?? barChartHeight(rows.length, series.length, stacked);
  const valueMax = layout?.valueMax ?? 0;
  const textOf = (row: R, s: SeriesSpec<R>) => barEndLabels({ series: [s], format, labelFor }, [row])[0] ?? '';
  // The value labels sit right of the bars: leave room for the longest so none is cut at the edge.
  const right = layout?.right ?? endLabelMargin(width, barEndLabels(spec, rows));
  const largest = Math.max(valueMax, largestValue(rows, series, stacked));
  const tickCount = valueTickCount(width - labelWidth - right - 8, widestValueLabel(largest * 2, format));
  const logTicks = scale === 'log' ? thinTicks(logTicksFor(largest), tickCount) : undefined;
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
        <CartesianGrid horizontal={false} horizontalCoordinatesGenerator={noLines} stroke={ink.grid} />
        <XAxis
          type="number"
          scale={scale}
          domain={scale === 'log' ? [0.5, (max: number) => Math.max(max, valueMax) * 2] : [0, 'auto']}
          ticks={logTicks}
          tickCount={tickCount}
          interval={0}
          allowDataOverflow={scale === 'log'}
          tick={valueTick(format, ink.tick)}
          stroke={ink.axis}
        />
        {/* an invisible line at the shared maximum: the axis (and its nice ticks) reach it on every slide */}
        {layout && scale !== 'log' ? <ReferenceLine x={valueMax} stroke="none" ifOverflow="extendDomain" /> : null}
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
            barSize={layout?.barSize ?? BAR_SIZE}
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

/** The longest bar: the largest value, or the largest sum of a row when the series are stacked. */
function largestValue<R>(rows: readonly R[], series: readonly SeriesSpec<R>[], stacked: boolean): number {
  let max = 0;
  for (const row of rows) {
    const values = series.map((s) => Number(row[s.key]) || 0);
    max = Math.max(max, stacked ? values.reduce((a, b) => a + b, 0) : Math.max(0, ...values));
  }
  return max;
}

/** Powers of ten from 1 up to the largest value, so a log axis reads 1, 10, 100, 1.000, 10.000. */
function logTicksFor(largest: number): number[] {
  const ticks: number[] = [];
  for (let t = 1; t <= Math.max(1, largest) * 2; t *= 10) ticks.push(t);
  return ticks;
}
