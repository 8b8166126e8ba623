/**
 * The template workbook: instructions, the report, its sections and other sources, units, periods, figures,
 * documents and the lists the drop-downs read. Empty, or filled with a dataset (which reads back as the same dataset).
 */
import type { Cell, DataValidation, Workbook, Worksheet } from 'exceljs';
import type { Dataset } from '../data/schema';
import { looksLikeFormula } from '../export/csv';
import type { Lang } from '../i18n/translate';
import { measureInfo } from '../model/measures';
import type { ExcelJs } from './excel';
import {
  COLUMNS,
  DROP_DOWN_TEXTS,
  INSTRUCTIONS,
  LIST_HEADERS,
  REPORT_COLUMNS,
  REPORT_FIELDS,
  SHEET_KEYS,
  SHEET_NAMES,
  type ColumnSpec,
  type DropDown,
  type ListKey,
  type SheetKey,
  type TableSheet,
} from './layout';
import { LISTS } from './lists';

/** Drop-downs reach this far below the last filled row (and never stop before row 1000). */
const SPARE_ROWS = 500;
const MIN_LAST_ROW = 1000;
const TABLE_SHEETS: readonly TableSheet[] = ['sections', 'sources', 'units', 'periods', 'figures', 'documents'];

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } } as const;
const UNUSED_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } } as const;

type Obj = Record<string, unknown>;

/** `get({label: {vi: 'x'}}, 'label.vi')` -> 'x' */
const get = (item: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Obj)[key] : undefined), item);

/** A sheet's rows, one item each: the sections sheet lists the report's own sections, then each source's. */
function itemsOf(key: TableSheet, d: Dataset | undefined): Obj[] {
  if (!d) return [];
  switch (key) {
    case 'sections':
      return [...d.source.sections, ...(d.sources ?? []).flatMap((src) => src.sections.map((s) => ({ source: src.id, ...s })))];
    case 'sources':
      return d.sources ?? [];
    case 'units':
      return d.orgUnits;
    case 'periods':
      return d.periods;
    case 'figures':
      return d.indicators;
    case 'documents':
      return d.documents;
  }
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;
const letter = (column: number): string => {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
};

const dateFormat = (lang: Lang) => (lang === 'vi' ? 'dd/mm/yyyy' : 'yyyy-mm-dd');

/** Writes a value as Excel would hold it: numbers as numbers, dates as dates, lists of ids as "a, b". */
function put(cell: Cell, value: unknown, kind: ColumnSpec['kind'], lang: Lang): void {
  if (value === undefined || value === null) return;
  if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)) {
      cell.value = date;
      cell.numFmt = dateFormat(lang);
      return;
    }
  }
  const text = Array.isArray(value) ? value.join(', ') : typeof value === 'number' ? null : String(value);
  if (text === null) cell.value = value as number;
  else {
    cell.value = text;
    // a text that reads like a formula (" =1+1", "＋1") is formatted as text, so a spreadsheet never evaluates it,
    // not even when the cell is edited; the value itself stays exact, as the template reads back as the same dataset
    if (looksLikeFormula(text)) cell.numFmt = '@';
  }
}

function headerRow(ws: Worksheet, columns: readonly ColumnSpec[], lang: Lang): void {
  ws.columns = columns.map((c) => ({ width: c.width }));
  const row = ws.getRow(1);
  columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.value = c.header[lang];
    cell.note = c.note[lang];
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  row.height = 32;
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
}

interface DropDownRanges {
  lists: Map<ListKey, string>;
  lastRow: (sheet: TableSheet) => number;
  name: (sheet: SheetKey) => string;
}

function addValidation(ws: Worksheet, range: string, validation: DataValidation): void {
  // exceljs writes a range's validation once (its typings only know the per-cell form)
  (ws as unknown as { dataValidations: { add(address: string, v: DataValidation): void } }).dataValidations.add(range, validation);
}

function dropDown(drop: DropDown, open: boolean, ranges: DropDownRanges, lang: Lang): DataValidation {
  const common = { type: 'list', allowBlank: true, showErrorMessage: true, errorTitle: DROP_DOWN_TEXTS.title[lang] } as const;
  if ('list' in drop) {
    const formula = ranges.lists.get(drop.list) ?? '';
    const error = (open ? DROP_DOWN_TEXTS.open : DROP_DOWN_TEXTS.list)[lang];
    return { ...common, formulae: [formula], errorStyle: open ? 'warning' : 'stop', error };
  }
  const target = COLUMNS[drop.idsOf];
  const column = letter(target.findIndex((c) => c.key === drop.column) + 1);
  const formula = `${quoteSheet(ranges.name(drop.idsOf))}!$${column}$2:$${column}$${ranges.lastRow(drop.idsOf)}`;
  const error = DROP_DOWN_TEXTS.ids[lang].replace('{sheet}', ranges.name(drop.idsOf));
  return { ...common, formulae: [formula], errorStyle: 'warning', error };
}

function writeTable(ws: Worksheet, key: TableSheet, d: Dataset | undefined, ranges: DropDownRanges, lang: Lang): void {
  const columns = COLUMNS[key];
  headerRow(ws, columns, lang);
  itemsOf(key, d).forEach((item, i) => {
    const row = ws.getRow(i + 2);
    columns.forEach((c, j) => put(row.getCell(j + 1), get(item, c.key), c.kind, lang));
  });
  const last = ranges.lastRow(key);
  columns.forEach((c, j) => {
    const range = `${letter(j + 1)}2:${letter(j + 1)}${last}`;
    if (c.dropDown) addValidation(ws, range, dropDown(c.dropDown, c.open === true, ranges, lang));
    else if (c.key === 'locator.paragraph' || c.key === 'denominator')
      addValidation(ws, range, {
        type: 'whole',
        operator: 'greaterThanOrEqual',
        allowBlank: true,
        formulae: [1],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: DROP_DOWN_TEXTS.title[lang],
        error: DROP_DOWN_TEXTS.whole[lang],
      });
    else if (c.kind === 'date') ws.getColumn(j + 1).numFmt = dateFormat(lang);
  });
}

function writeReport(ws: Worksheet, d: Dataset | undefined, ranges: DropDownRanges, lang: Lang): void {
  headerRow(ws, REPORT_COLUMNS, lang);
  REPORT_FIELDS.forEach((field, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = field.key;
    const what = row.getCell(2);
    what.value = field.label[lang];
    what.note = field.note[lang];
    what.font = { bold: true };
    const value = field.key === '$schema' ? d?.$schema : get(d, field.key);
    if (field.kind === 'localized') {
      put(row.getCell(3), get(value, 'vi'), 'text', lang);
      put(row.getCell(4), get(value, 'en'), 'text', lang);
    } else {
      put(row.getCell(3), field.key === 'meta.language' ? (value ?? 'vi') : value, field.kind, lang);
      row.getCell(4).fill = UNUSED_FILL;
      if (field.kind === 'date') row.getCell(3).numFmt = dateFormat(lang);
    }
    if (field.dropDown) addValidation(ws, `C${i + 2}`, dropDown(field.dropDown, false, ranges, lang));
  });
}

/** The Lists sheet: the measure catalogue, then each enumeration as code and name. Returns each list's range. */
function writeLists(ws: Worksheet, lang: Lang): Map<ListKey, string> {
  const ranges = new Map<ListKey, string>();
  const sheet = quoteSheet(ws.name);
  const head = (column: number, text: string, width: number) => {
    const cell = ws.getRow(1).getCell(column);
    cell.value = text;
    cell.note = LIST_HEADERS.note[lang];
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
    ws.getColumn(column).width = width;
  };
  const measures = LISTS.measure.codes;
  [LIST_HEADERS.measure, LIST_HEADERS.measureVi, LIST_HEADERS.measureEn, LIST_HEADERS.measureCategory, LIST_HEADERS.measureUnit].forEach(
    (h, i) => head(i + 1, h[lang], [26, 36, 36, 14, 18][i] ?? 14),
  );
  measures.forEach((code, i) => {
    const info = measureInfo(code);
    ws.getRow(i + 2).values = [code, info?.label.vi, info?.label.en, info?.category, info?.unit];
  });
  ranges.set('measure', `${sheet}!$A$2:$A$${measures.length + 1}`);
  ws.getColumn(6).width = 3;
  let column = 7;
  for (const key of ['category', 'subject', 'level', 'unit', 'qualifier', 'periodKind', 'documentKind', 'language'] as const) {
    head(column, LIST_HEADERS[key][lang], 20);
    head(column + 1, LIST_HEADERS.name[lang], 30);
    LISTS[key].codes.forEach((code, i) => {
      const row = ws.getRow(i + 2);
      row.getCell(column).value = code;
      row.getCell(column + 1).value = LISTS[key].name(code, lang);
    });
    const c = letter(column);
    ranges.set(key, `${sheet}!$${c}$2:$${c}$${LISTS[key].codes.length + 1}`);
    ws.getColumn(column + 2).width = 3;
    column += 3;
  }
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
  return ranges;
}

function writeInstructions(ws: Worksheet, lang: Lang): void {
  ws.getColumn(1).width = 120;
  INSTRUCTIONS[lang].forEach((text, i) => {
    const row = ws.getRow(i + 1);
    const cell = row.getCell(1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 14 };
    // spreadsheet programs do not grow a row for wrapped text they did not lay out themselves: give each its lines
    row.height = i === 0 ? 24 : Math.ceil(text.length / 105) * 15 + 4;
  });
}

export function buildTemplate(Excel: ExcelJs, lang: Lang, dataset?: Dataset): Workbook {
  const wb = new Excel.Workbook();
  wb.creator = 'xdd-dashboard';
  const sheets = new Map(SHEET_KEYS.map((key) => [key, wb.addWorksheet(SHEET_NAMES[key][lang])]));
  const sheet = (key: SheetKey) => sheets.get(key) as Worksheet;
  const ranges: DropDownRanges = {
    lists: writeLists(sheet('lists'), lang),
    lastRow: (key) => Math.max(MIN_LAST_ROW, itemsOf(key, dataset).length + 1 + SPARE_ROWS),
    name: (key) => SHEET_NAMES[key][lang],
  };
  writeInstructions(sheet('instructions'), lang);
  writeReport(sheet('report'), dataset, ranges, lang);
  for (const key of TABLE_SHEETS) writeTable(sheet(key), key, dataset, ranges, lang);
  return wb;
}
