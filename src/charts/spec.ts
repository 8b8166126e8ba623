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

/**
 * How a figure is drawn beside its number (the number itself is always written):
 * - `bar`: a count on its section's own linear scale from 0 (only figures of one unit share a section);
 * - `part`: x of y, the share of its whole (0-100%), the rest of the whole drawn as an empty track;
 * - `offset`: before (< 0) or after (> 0) a planned date, in the text's unit (days), the plan marked.
 */
export type FigureMark =
  | { kind: 'bar'; value: number }
  | { kind: 'part'; done: number; total: number }
  | { kind: 'offset'; value: number; plan: string; actual: string };

export interface FigureRow {
  key: string;
  label: string;
  /** the figure as read, written at the row's end: "17.118 chi bộ", "83/83 (100%)", "sớm 10 ngày" */
  text: string;
  mark?: FigureMark;
  /** a computed value: its mark is drawn dashed */
  computed?: boolean;
  /** lines of the row's tooltip, e.g. where the figure stands in the report */
  notes?: readonly string[];
}

/** Rows under one heading; bars of one section share a scale, bars of two sections never do. */
export interface FigureSection {
  key: string;
  title: string;
  /** a line under the heading, e.g. why a figure has no bar */
  note?: string;
  rows: readonly FigureRow[];
}

/** A table-like chart: figures as numbers in sections, each with its own mark (or none), labels wrapped, never cut. */
export interface FiguresSpec {
  kind: 'figures';
  sections: readonly FigureSection[];
  /** a line above the sections, e.g. how they are grouped */
  note?: string;
  color: string;
  /** accessible name of the chart image */
  label: string;
}

/** A bar spec with its row type forgotten, so specs of different panels fit one list. */
export type AnyBarSpec = BarSpec<Record<string, unknown>>;
export type ChartSpec = AnyBarSpec | TimelineSpec | FiguresSpec;

/** Typed where it is built, erased where it is carried: the row type only matters inside one spec. */
export function barChart<R extends object>(spec: Omit<BarSpec<R>, 'kind'>): ChartSpec {
  return { kind: 'bar', ...spec } as unknown as AnyBarSpec;
}

export function timelineChart(spec: Omit<TimelineSpec, 'kind'>): ChartSpec {
  return { kind: 'timeline', ...spec };
}

export function figuresChart(spec: Omit<FiguresSpec, 'kind'>): ChartSpec {
  return { kind: 'figures', ...spec };
}

/** A figures chart in words (its text alternative): the note, then "Section: label: text; …." for each section. */
export const figuresInWords = (note: string, sections: readonly FigureSection[]): string =>
  sections.length === 0
    ? ''
    : [note, ...sections.map((s) => `${s.title}: ${s.rows.map((r) => `${r.label}: ${r.text}`).join('; ')}.`)].join(' ');

/** The series a chart's legend lists (an exported image draws them in its caption). */
export const legendOf = (spec: ChartSpec | null): readonly SeriesSpec<Record<string, unknown>>[] =>
  spec?.kind === 'bar' ? spec.series : [];
