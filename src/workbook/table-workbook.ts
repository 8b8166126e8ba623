/**
 * One panel's data as a workbook: title, filters, source and export date above, then a heading row and the rows,
 * numbers as numbers (so Excel sums and charts them in any locale), frozen below the heading.
 */
import type { Workbook } from 'exceljs';
import { guardFormula } from '../export/csv';
import type { ChartExportSpec } from '../export/types';
import { PLAIN_NUMBERS } from '../model/table';
import type { ExcelJs } from './excel';

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ] */
export function sheetName(title: string, fallback: string): string {
  const name = title
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, 31)
    .trim();
  return name || fallback;
}

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } } as const;

export function buildTableWorkbook(Excel: ExcelJs, spec: ChartExportSpec): Workbook {
  const wb = new Excel.Workbook();
  wb.creator = 'xdd-dashboard';
  wb.title = spec.title;
  const ws = wb.addWorksheet(sheetName(spec.title, spec.lang === 'vi' ? 'Số liệu' : 'Data'));
  const caption = [spec.title, spec.subtitle, spec.source, spec.exportedOn];
  caption.forEach((text, i) => {
    const cell = ws.getRow(i + 1).getCell(1);
    cell.value = guardFormula(text);
    if (i === 0) cell.font = { bold: true, size: 14 };
    else cell.font = { italic: i > 1, color: { argb: 'FF555555' } };
  });
  const headerAt = caption.length + 2;
  const { columns, rows } = spec.table;
  const header = ws.getRow(headerAt);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = guardFormula(c.label);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  rows.forEach((row, r) => {
    const line = ws.getRow(headerAt + 1 + r);
    columns.forEach((c, i) => {
      const value = row[c.key];
      if (value === null || value === undefined) return;
      const cell = line.getCell(i + 1);
      if (typeof value === 'number') {
        if (!Number.isFinite(value)) return;
        cell.value = value;
        // a year or an ordinal is written without grouping (1930, not 1,930)
        if (Number.isInteger(value) && row[PLAIN_NUMBERS] !== 1) cell.numFmt = '#,##0';
      } else cell.value = guardFormula(value); // text only: numbers stay numbers
    });
  });
  columns.forEach((c, i) => {
    const longest = Math.max(c.label.length, ...rows.map((row) => String(row[c.key] ?? '').length));
    ws.getColumn(i + 1).width = Math.min(60, Math.max(10, longest + 2));
  });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerAt, topLeftCell: `A${headerAt + 1}`, activeCell: `A${headerAt + 1}` }];
  return wb;
}
