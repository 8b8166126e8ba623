/**
 * A chart stays readable (and quick to redraw) with a few dozen bars; a file with every district over
 * several periods can give thousands. Charts draw the first rows; the table view and the CSV hold all.
 */
export const MAX_CHART_ROWS = 40;

export interface LimitedRows<T> {
  shown: T[];
  total: number;
}

export function limitRows<T>(rows: readonly T[], max = MAX_CHART_ROWS): LimitedRows<T> {
  return { shown: rows.length > max ? rows.slice(0, max) : [...rows], total: rows.length };
}
