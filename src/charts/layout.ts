import { FIGURES_DEFAULT_WIDTH, layoutFigures, pageMeasure, type Measure } from './figures-layout';
import { measureLabel, TICK_FONT_SIZE } from './measure';
import type { BarSpec, ChartSpec, TimelineSpec } from './spec';

export { measureLabel, TICK_FONT_SIZE };

/** Chart geometry, computed before the chart code loads so the reserved box matches the drawn chart. */
export const BAR_SIZE = 20;
const AXIS_HEIGHT = 32;
/** Category labels wrap onto at most this many lines of TICK_LINE px: a band must hold them without touching the next. */
export const TICK_LINES = 3;
export const TICK_LINE = 13;
/** The HTML legend above a chart of several series: one row of swatches. */
const LEGEND_HEIGHT = 28;
const MIN_BAND = TICK_LINES * TICK_LINE + 8;

export function barChartHeight(rowCount: number, seriesCount: number, stacked = false): number {
  const band = Math.max(MIN_BAND, stacked ? BAR_SIZE + 16 : seriesCount * BAR_SIZE + 18);
  return rowCount * band + AXIS_HEIGHT + 16;
}

export const timelineHeight = (rowCount: number) => rowCount * Math.max(MIN_BAND, 40) + 52;

/** A chart shows its legend when it has several series. */
const hasLegend = (spec: ChartSpec) => spec.kind === 'bar' && spec.series.length > 1;

/** The whole height a chart takes at a width: its plot, and its legend when it has one (only figures charts depend on the width). */
export function chartHeight(spec: ChartSpec, width = FIGURES_DEFAULT_WIDTH, measure: Measure = pageMeasure): number {
  if (spec.kind === 'timeline') return timelineHeight(spec.rows.length);
  if (spec.kind === 'figures') return layoutFigures(spec, width, measure).height;
  return barChartHeight(spec.rows.length, spec.series.length, spec.stacked) + (hasLegend(spec) ? LEGEND_HEIGHT : 0);
}

/** Width of the category axis for a chart of the given width. */
export const categoryAxisWidth = (chartWidth: number) => Math.min(240, Math.max(110, Math.round(chartWidth * 0.36)));

/** Room right of the bars for the longest value label ("khoảng 26 hội nghị"), so none is cut at the chart's edge. */
export const valueLabelRoom = (labels: readonly string[]) => Math.ceil(Math.max(28, ...labels.map((l) => measureLabel(l)))) + 14;

/** The text at the end of each bar of these rows (the spec's labelFor, else its formatted value). */
export function barEndLabels<R extends object>(spec: Pick<BarSpec<R>, 'series' | 'format' | 'labelFor'>, rows: readonly R[]): string[] {
  const { series, format, labelFor } = spec;
  return rows.flatMap((row) =>
    series.map((s) => {
      if (labelFor) return labelFor(row, s);
      const value = row[s.key];
      return typeof value === 'number' ? format(value) : '';
    }),
  );
}

/** The right margin of a bar chart or timeline: room for the longest end label, at most 40% of the width. */
export const endLabelMargin = (width: number, labels: readonly string[]) =>
  Math.min(Math.round(width * 0.4), Math.max(24, valueLabelRoom(labels)));

export const timelineEndLabels = (rows: TimelineSpec['rows']) => rows.map((r) => r.caption);

/** Least room between two value-axis labels. */
const TICK_GAP = 16;

/**
 * How many value-axis ticks fit a plot this wide without their labels touching. Every tick asked for is drawn
 * (interval 0): recharts would otherwise measure each label in the page, forcing a layout of the whole page per chart.
 */
export function valueTickCount(plotWidth: number, widestLabel: number, most = 5): number {
  return Math.max(2, Math.min(most, Math.floor(plotWidth / (widestLabel + TICK_GAP)) + 1));
}

/** The widest label a value axis up to `max` can carry: a power of ten just above it has as many digits or more. */
export const widestValueLabel = (max: number, format: (v: number) => string) =>
  measureLabel(format(10 ** Math.ceil(Math.log10(Math.max(10, max) + 1))), 400);

/** Every k-th of these ticks, so that those kept are `fit` at most. */
export const thinTicks = (ticks: readonly number[], fit: number) =>
  ticks.filter((_, i) => i % Math.ceil(ticks.length / Math.max(1, fit)) === 0);

/**
 * The grid's horizontal lines, none (the bars run horizontally): given to CartesianGrid, so recharts does not work out
 * lines it will not draw by measuring each category label in the page.
 */
export const noLines = (): number[] => [];
