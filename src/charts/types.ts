import type { ReactNode } from 'react';

/** One drawn series: which numeric field of the row, its name and colour (resolved, never a CSS variable). */
export interface SeriesSpec<R> {
  key: keyof R & string;
  label: string;
  color: string;
  pattern?: 'hatch' | null;
  /** edge colour for a light fill, so the bar and its legend swatch keep 3:1 against white (WCAG 1.4.11) */
  outline?: string;
}

/** The narrow contract every chart view takes: typed rows, the index (category) key, series and a formatter. */
export interface ChartProps<R> {
  rows: readonly R[];
  index: keyof R & string;
  series: readonly SeriesSpec<R>[];
  format: (value: number) => string;
  /** extra lines in the tooltip for a row, e.g. where the figure stands in the report */
  tooltipNote?: (row: R) => ReactNode;
  /** accessible name of the chart image */
  label: string;
  /** id of the element describing the chart in words */
  describedBy?: string;
}
