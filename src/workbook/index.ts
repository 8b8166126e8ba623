/**
 * Workbooks in and out (issue 12): the .xlsx template (empty, or filled with a dataset), its import with every
 * problem told by sheet, row and column, the figures sheet as CSV, and one panel's data as a workbook.
 *
 * Pure code, no React. The page imports this module dynamically (on first use); exceljs itself is loaded only by
 * the functions that read or write .xlsx, so `importCsv` costs no workbook library.
 */
import type { Dataset } from '../data/schema';
import type { ChartExportSpec } from '../export/types';
import { isLoaded, loadLanguage, type Lang } from '../i18n/translate';
import { assembleCsv, assembleWorkbook } from './assemble';
import { csvFigures, parseCsv } from './csv';
import { bytesOf, loadExcel } from './excel';
import { describeFindings, judge, type ImportResult } from './judge';
import type { SheetKey } from './layout';
import { readTables } from './read-xlsx';
import { CellReader } from './reader';
import { buildTableWorkbook } from './table-workbook';
import { buildTemplate } from './write-template';

export type { CellProblem, ImportResult } from './judge';

/** The media type of an .xlsx file (for a Blob or a download). */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The .xlsx template, headings in `lang`; filled with `dataset` when given (it imports back as the same dataset). */
export async function templateWorkbook(lang: Lang, dataset?: Dataset): Promise<Uint8Array> {
  const [Excel] = await Promise.all([loadExcel(), loadLanguage(lang)]);
  return bytesOf(await buildTemplate(Excel, lang, dataset).xlsx.writeBuffer());
}

/**
 * A workbook filled in Excel (the template's layout; headings in either language) as a dataset, validated with the
 * dataset schema; or every problem by sheet, row and column, in `lang`.
 */
export async function importWorkbook(bytes: Uint8Array, lang: Lang): Promise<ImportResult> {
  const [Excel] = await Promise.all([loadExcel(), loadLanguage(lang)]);
  const read = await readTables(Excel, bytes, lang);
  const reader = new CellReader(lang, 'either');
  if ('error' in read) {
    reader.find({ sheetKey: 'report', sheet: '', row: null, columnKey: null, column: null }, 'workbook.notWorkbook', {
      detail: read.error,
    });
    return { ok: false, ...describeFindings(reader.findings, lang) };
  }
  const { tables } = read;
  const names: Partial<Record<SheetKey, string>> = {};
  for (const table of Object.values(tables)) if (table.found) names[table.key] = table.name;
  reader.checkSheet(tables.report, true, ['meta', '$schema', 'source.url']);
  reader.checkSheet(tables.sections, true, ['source.sections']);
  reader.checkSheet(tables.sources, false, []);
  reader.checkSheet(tables.units, true, ['orgUnits']);
  reader.checkSheet(tables.periods, true, ['periods']);
  reader.checkSheet(tables.figures, true, ['indicators']);
  reader.checkSheet(tables.documents, false, []);
  return judge(reader, assembleWorkbook(reader, tables), names);
}

/**
 * A CSV file of the figures sheet's columns (`;` or `,`, detected; UTF-8 with or without a byte-order mark; numbers
 * with `,` as the decimal mark when the separator is `;` and `.` when it is `,`: 1.282 and 15234,5 on Vietnamese
 * Windows). The rest of the dataset comes from `frame` when given (e.g. the dataset on screen), else it is made from
 * the ids the figures use (labels are the ids; period dates read from ids like 2024, 2024-H1, 2024-Q3).
 * `lang`'s dictionary must be loaded (loadLanguage; the page has it already).
 */
export function importCsv(text: string, lang: Lang, frame?: Dataset): ImportResult {
  if (!isLoaded(lang)) throw new Error(`importCsv: the ${lang} dictionary is not loaded (loadLanguage first)`);
  const { delimiter, records } = parseCsv(text);
  const reader = new CellReader(lang, delimiter === ';' ? ',' : '.');
  const figures = csvFigures(records, lang);
  reader.checkSheet(figures, true, ['indicators']);
  return judge(reader, assembleCsv(reader, figures, frame), { figures: figures.name });
}

/** One panel's data (its export spec) as a workbook: caption rows, the heading row, typed numbers. */
export async function tableWorkbook(spec: ChartExportSpec): Promise<Uint8Array> {
  const Excel = await loadExcel();
  return bytesOf(await buildTableWorkbook(Excel, spec).xlsx.writeBuffer());
}
