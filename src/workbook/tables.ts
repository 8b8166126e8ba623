/** A workbook as the import reads it: each known sheet's headings and non-empty rows, whatever file it came from. */
import type { Raw } from './cells';
import { COLUMNS, REPORT_COLUMNS, SHEET_NAMES, type ColumnSpec, type SheetKey, type TableSheet } from './layout';
import { loose } from './lists';
import type { Lang } from '../i18n/translate';

export interface SheetRow {
  /** the row number in the sheet (1 is the heading row) */
  row: number;
  /** by column key (ColumnSpec.key) */
  cells: ReadonlyMap<string, Raw>;
}

export interface SheetTable {
  key: SheetKey;
  /** the sheet's name in the file, or in the reader's language when the file has no such sheet */
  name: string;
  found: boolean;
  /** the heading of each column the sheet has, as written in the file, by column key */
  headers: ReadonlyMap<string, string>;
  rows: readonly SheetRow[];
}

export type Tables = Partial<Record<'report' | TableSheet, SheetTable>>;

/** A sheet's columns (the instructions and the lists are written, never read: none). */
export const columnsOf = (key: SheetKey): readonly ColumnSpec[] =>
  key === 'report' ? REPORT_COLUMNS : key === 'instructions' || key === 'lists' ? [] : COLUMNS[key];

/** Which sheet a name is (in either language), or null. */
export function sheetKeyOf(name: string): SheetKey | null {
  const wanted = loose(name);
  for (const [key, names] of Object.entries(SHEET_NAMES) as [SheetKey, (typeof SHEET_NAMES)[SheetKey]][])
    if (loose(names.vi) === wanted || loose(names.en) === wanted) return key;
  return null;
}

/** Which column a heading is (in either language, or the field's own key), or null. */
export function columnKeyOf(sheet: 'report' | TableSheet, heading: string): string | null {
  const wanted = loose(heading);
  for (const column of columnsOf(sheet))
    if (loose(column.header.vi) === wanted || loose(column.header.en) === wanted || loose(column.key) === wanted) return column.key;
  return null;
}

/** A sheet the file does not have: no headings, no rows, named in the reader's language. */
export const absentSheet = (key: SheetKey, lang: Lang): SheetTable => ({
  key,
  name: SHEET_NAMES[key][lang],
  found: false,
  headers: new Map(),
  rows: [],
});
