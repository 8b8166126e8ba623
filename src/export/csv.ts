import type { Table } from '../model/table';

const BOM = '\uFEFF';
const CRLF = '\r\n';

// Spreadsheets evaluate a cell that starts with one of these as a formula (CSV injection);
// tab and CR are included because Excel strips them and then reads the next character.
const FORMULA_START = /^[=+\-@\t\r]/;

function textCell(text: string): string {
  const guarded = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return textCell(value);
}

/** The table as RFC 4180 CSV: BOM first so Excel reads UTF-8, CRLF line ends, header = column labels. */
export function tableToCsv(table: Table): string {
  const lines = [table.columns.map((c) => textCell(c.label))];
  for (const row of table.rows) lines.push(table.columns.map((c) => cell(row[c.key])));
  return BOM + lines.map((l) => l.join(',')).join(CRLF) + CRLF;
}

export function csvBlob(table: Table): Blob {
  return new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' });
}
