import { estimateTextWidth } from '../theme/text';
import type { ChartSpec } from './spec';

/** Chart geometry, computed before the chart code loads so the reserved box matches the drawn chart. */
export const BAR_SIZE = 20;
const AXIS_HEIGHT = 32;
/** Category labels wrap onto at most this many lines of TICK_LINE px: a band must hold them without touching the next. */
export const TICK_LINES = 3;
export const TICK_LINE = 13;
export const TICK_FONT_SIZE = 12;
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

/** The whole height a chart takes: its plot, and its legend when it has one. */
export function chartHeight(spec: ChartSpec): number {
  if (spec.kind === 'timeline') return timelineHeight(spec.rows.length);
  return barChartHeight(spec.rows.length, spec.series.length, spec.stacked) + (hasLegend(spec) ? LEGEND_HEIGHT : 0);
}

/** Width of the category axis for a chart of the given width. */
export const categoryAxisWidth = (chartWidth: number) => Math.min(240, Math.max(110, Math.round(chartWidth * 0.36)));

let context: CanvasRenderingContext2D | null | undefined;
/** Width of a label in the page font; the shared estimate where there is no canvas (jsdom, server render). */
export function measureLabel(text: string, weight = 700, size = TICK_FONT_SIZE): number {
  if (context === undefined) {
    try {
      // jsdom has no canvas (and says so on the console): estimate there.
      const noCanvas = typeof document === 'undefined' || /jsdom/i.test(navigator.userAgent);
      context = noCanvas ? null : document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  if (!context) return estimateTextWidth(text, size, weight);
  context.font = `${weight} ${size}px ${getComputedStyle(document.documentElement).getPropertyValue('--font') || 'sans-serif'}`;
  return context.measureText(text).width;
}

/** Room right of the bars for the longest value label ("khoảng 26 hội nghị"), so none is cut at the chart's edge. */
export const valueLabelRoom = (labels: readonly string[]) => Math.ceil(Math.max(28, ...labels.map((l) => measureLabel(l)))) + 14;
