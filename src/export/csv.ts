import type { Table } from '../model/table';

const BOM = '\uFEFF';
const CRLF = '\r\n';

// Spreadsheets evaluate a cell that starts with one of these as a formula (CSV injection), also after leading
// spaces (" =1+1") and in their fullwidth forms (＝ ＋ － ＠, which some spreadsheets read as = + - @);
// tab and CR are included because Excel strips them and then reads the next character.
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** True when a spreadsheet could take this text for a formula. */
export const looksLikeFormula = (text: string): boolean => FORMULA_START.test(text);

/** The text a spreadsheet shows as text, not a formula: a leading apostrophe when it could read as one. */
export const guardFormula = (text: string): string => (looksLikeFormula(text) ? `'${text}` : text);

function textCell(text: string): string {
  const guarded = guardFormula(text);
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
