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
