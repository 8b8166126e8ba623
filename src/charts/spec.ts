/**
 * What a chart draws, as plain data: rows, the index (category) key, series, a formatter and the words
 * around it. Panels build specs; charts/ alone turns them into recharts, on screen and for export.
 */
export interface SeriesSpec<R> {
  /** which numeric field of the row */
  key: keyof R & string;
  label: string;
  /** resolved colour (never a CSS variable: the chart is also drawn into files) */
  color: string;
  pattern?: 'hatch' | null;
  /** edge colour for a light fill, so the bar and its legend swatch keep 3:1 against white (WCAG 1.4.11) */
  outline?: string;
}

export interface BarSpec<R extends object> {
  kind: 'bar';
  rows: readonly R[];
  index: keyof R & string;
  series: readonly SeriesSpec<R>[];
  format: (value: number) => string;
  /** the label drawn at a bar's end; defaults to format(value) */
  labelFor?: (row: R, series: SeriesSpec<R>) => string;
  stacked?: boolean;
  scale?: 'linear' | 'log';
  /** lines under the values in a bar's tooltip, e.g. where the figures stand in the report */
  notes?: (row: R) => readonly string[];
  /** accessible name of the chart image */
  label: string;
}

export interface TimelineRow {
  key: string;
  label: string;
  start: number;
  end: number;
  /** text at the bar's end, e.g. "90 năm (từ 1930)" */
  caption: string;
}

export interface TimelineSpec {
  kind: 'timeline';
  rows: readonly TimelineRow[];
  color: string;
  notes?: (row: TimelineRow) => readonly string[];
  label: string;
}

/** A bar spec with its row type forgotten, so specs of different panels fit one list. */
export type AnyBarSpec = BarSpec<Record<string, unknown>>;
export type ChartSpec = AnyBarSpec | TimelineSpec;

/** Typed where it is built, erased where it is carried: the row type only matters inside one spec. */
export function barChart<R extends object>(spec: Omit<BarSpec<R>, 'kind'>): ChartSpec {
  return { kind: 'bar', ...spec } as unknown as AnyBarSpec;
}

export function timelineChart(spec: Omit<TimelineSpec, 'kind'>): ChartSpec {
  return { kind: 'timeline', ...spec };
}

/** The series a chart's legend lists (an exported image draws them in its caption). */
export const legendOf = (spec: ChartSpec | null): readonly SeriesSpec<Record<string, unknown>>[] =>
  spec?.kind === 'bar' ? spec.series : [];
