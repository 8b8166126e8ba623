import type { Lang } from '../i18n/translate';
import { formatNumber } from './format';

/** A panel's figures as a table of raw values (1282, not "1.282"): its table view, CSV and every export read it. */
export interface TableColumn {
  key: string;
  /** header in the current language */
  label: string;
}

export interface Table {
  columns: TableColumn[];
  rows: Record<string, string | number | null>[];
}

/** The columns that hold at least one value: what the table view, and the report's tables, show. */
export const shownColumns = (table: Table): TableColumn[] =>
  table.columns.filter((c) => table.rows.some((r) => r[c.key] !== null && r[c.key] !== undefined));

/** A row key (never a column) marking a row whose numbers are years or ordinal numbers: written "1930", not "1.930". */
export const PLAIN_NUMBERS = 'plainNumbers';

/** A cell as people read it: numbers grouped the language's way, except a year or an ordinal; empty for no value. */
export function cellText(lang: Lang, row: Table['rows'][number], key: string): string {
  const v = row[key];
  if (typeof v !== 'number') return v ?? '';
  return row[PLAIN_NUMBERS] === 1 ? String(v) : formatNumber(lang, v);
}
