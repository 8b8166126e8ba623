/**
 * Reads cells into dataset values and remembers where each value came from (sheet, row, column), so that every
 * problem the schema later finds by path (`indicators[3].value`) can be told by cell. Pure: no workbook library.
 */
import type { Lang, MessageKey, Params } from '../i18n/translate';
import { dateFromText, isBlank, isoDate, numberFromText, textOf, type Raw } from './cells';
import type { CellKind, ListKey, SheetKey } from './layout';
import { codeReaders, loose } from './lists';
import { columnsOf, type SheetRow, type SheetTable } from './tables';

/** Where a value stands in the workbook. `row`/`column` are null for a whole sheet (or a whole row). */
export interface Place {
  sheetKey: SheetKey;
  sheet: string;
  row: number | null;
  columnKey: string | null;
  column: string | null;
  /** a report-sheet field whose row is missing: its name, for the message */
  missingField?: string;
}

/** A problem found by cell, before its message is put in words. */
export interface Finding {
  place: Place;
  key: MessageKey;
  params: Params;
}

/** The decimal mark of numbers written as text (see numberFromText). */
export type DecimalMark = ',' | '.' | 'either';

export type Obj = Record<string, unknown>;

/** The object without its undefined entries (absent optional fields stay absent). */
export const compact = (obj: Obj): Obj => Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));

export class CellReader {
  /** dataset path (`indicators[3].value`) -> where it was read */
  readonly places = new Map<string, Place>();
  readonly findings: Finding[] = [];
  /** paths already explained by a finding: the schema's own words about them are left out */
  readonly explained = new Set<string>();
  /** `sheet:column` of required columns a sheet lacks (reported once, not on every row) */
  readonly missingColumns = new Set<string>();
  /** sheets the file lacks */
  readonly missingSheets = new Set<SheetKey>();
  private readonly codes = codeReaders();

  constructor(
    readonly lang: Lang,
    readonly decimal: DecimalMark,
  ) {}

  placeOf(table: SheetTable, row: number | null, columnKey: string | null): Place {
    if (columnKey === null) return { sheetKey: table.key, sheet: table.name, row, columnKey, column: null };
    const spec = columnsOf(table.key).find((c) => c.key === columnKey);
    const column = table.headers.get(columnKey) ?? spec?.header[this.lang] ?? columnKey;
    return { sheetKey: table.key, sheet: table.name, row, columnKey, column };
  }

  at(path: string, place: Place): void {
    this.places.set(path, place);
  }

  find(place: Place, key: MessageKey, params: Params = {}, path?: string): void {
    this.findings.push({ place, key, params });
    if (path !== undefined) this.explained.add(path);
  }

  /** Reports a missing sheet (when required) and missing required headings; true when the sheet can be read. */
  checkSheet(table: SheetTable, required: boolean, paths: string[]): boolean {
    if (!table.found) {
      if (required) {
        this.missingSheets.add(table.key);
        this.find(this.placeOf(table, null, null), 'workbook.missingSheet');
        paths.forEach((p) => this.explained.add(p));
      }
      return false;
    }
    for (const column of columnsOf(table.key))
      if (column.required && !table.headers.has(column.key)) {
        this.find(this.placeOf(table, 1, column.key), 'workbook.missingColumn');
        this.missingColumns.add(`${table.key}:${column.key}`);
      }
    return true;
  }

  /** The cell of `row` in column `columnKey`, read as its column's kind; remembers it as `path`. */
  cell(table: SheetTable, row: SheetRow, columnKey: string, path: string): unknown {
    const spec = columnsOf(table.key).find((c) => c.key === columnKey);
    if (!spec) throw new Error(`no column ${columnKey} on ${table.key}`);
    const list = spec.dropDown && 'list' in spec.dropDown ? spec.dropDown.list : undefined;
    return this.value(row.cells.get(columnKey) ?? null, spec.kind, this.placeOf(table, row.row, columnKey), path, list);
  }

  /** A value of a given kind from a raw cell; undefined when blank. A cell that cannot be read is a finding. */
  value(raw: Raw, kind: CellKind, place: Place, path: string, list?: ListKey): unknown {
    this.at(path, place);
    if (isBlank(raw)) return undefined;
    switch (kind) {
      case 'text':
        return textOf(raw) ?? undefined;
      case 'id':
      case 'code': {
        const text = (textOf(raw) ?? '').trim();
        return list ? (this.codes[list].get(loose(text)) ?? text) : text;
      }
      case 'ids':
        return (textOf(raw) ?? '').split(/[\s,;]+/).filter(Boolean);
      case 'number': {
        if (typeof raw === 'number') return raw;
        const parsed = typeof raw === 'string' ? numberFromText(raw, this.decimal) : null;
        if (parsed !== null) return parsed;
        this.find(place, 'workbook.notNumber', { text: String(textOf(raw)) }, path);
        return String(textOf(raw));
      }
      case 'date': {
        const iso = raw instanceof Date ? isoDate(raw) : typeof raw === 'string' ? dateFromText(raw) : null;
        if (iso !== null) return iso;
        this.find(place, 'workbook.notDate', { text: String(textOf(raw)) }, path);
        return String(textOf(raw));
      }
    }
  }
}
