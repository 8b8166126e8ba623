/** An .xlsx file's known sheets as tables (headings and non-empty rows), through exceljs. */
import type { CellValue, Worksheet } from 'exceljs';
import type { Lang } from '../i18n/translate';
import { isBlank, textOf, type Raw } from './cells';
import type { ExcelJs } from './excel';
import type { SheetKey, TableSheet } from './layout';
import { absentSheet, columnKeyOf, sheetKeyOf, type SheetRow, type SheetTable } from './tables';

/** The sheets the import reads (the instructions and the lists are for people). */
export const READ_SHEETS = ['report', 'sections', 'sources', 'units', 'periods', 'figures', 'documents'] as const satisfies readonly (
  'report' | TableSheet
)[];

/** Parts of a sheet the import has no use for; a validation spread over a whole column would cost a million cells. */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'hyperlinks', 'extLst', 'drawing', 'picture', 'tableParts'];

/** A cell's value as the import sees it: a formula's last result, the text of rich text and of links. */
export function plain(value: CellValue): Raw {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return plain((value.result ?? null) as CellValue);
  if ('text' in value) return plain(value.text as CellValue);
  return null;
}

function tableOf(ws: Worksheet, key: 'report' | TableSheet): SheetTable {
  const headers = new Map<string, string>();
  const columnOf = new Map<string, number>();
  ws.getRow(1).eachCell({ includeEmpty: false }, (cell, column) => {
    const heading = textOf(plain(cell.value));
    const field = heading === null ? null : columnKeyOf(key, heading);
    if (heading !== null && field !== null && !headers.has(field)) {
      headers.set(field, heading.trim());
      columnOf.set(field, column);
    }
  });
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cells = new Map<string, Raw>();
    for (const [field, column] of columnOf) cells.set(field, plain(row.getCell(column).value));
    if ([...cells.values()].some((raw) => !isBlank(raw))) rows.push({ row: number, cells });
  });
  return { key, name: ws.name, found: true, headers, rows };
}

export type WorkbookTables = Record<(typeof READ_SHEETS)[number], SheetTable>;

/** The workbook's tables (a sheet it lacks is there, not `found`), or why the bytes are not a workbook. */
export async function readTables(Excel: ExcelJs, bytes: Uint8Array, lang: Lang): Promise<{ tables: WorkbookTables } | { error: string }> {
  const wb = new Excel.Workbook();
  try {
    // exceljs types its input as a Node Buffer; JSZip below it takes any Uint8Array, in Node and in the browser
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0], { ignoreNodes: IGNORED_NODES });
  } catch (error) {
    return { error: (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim() };
  }
  const found = new Map<SheetKey, Worksheet>();
  wb.eachSheet((ws) => {
    const key = sheetKeyOf(ws.name);
    if (key !== null && !found.has(key)) found.set(key, ws);
  });
  const table = (key: (typeof READ_SHEETS)[number]) => {
    const ws = found.get(key);
    return ws ? tableOf(ws, key) : absentSheet(key, lang);
  };
  const tables = Object.fromEntries(READ_SHEETS.map((key) => [key, table(key)])) as WorkbookTables;
  return { tables };
}
