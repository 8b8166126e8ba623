/**
 * From the rows of a workbook's sheets to a dataset-shaped object (fields in the schema's order, absent optional
 * fields left out), filling in what the catalogue knows, and remembering where every value came from.
 * The schema then judges the object (judge.ts); nothing here decides what is valid.
 */
import { SLUG_PATTERN, type Dataset } from '../data/schema';
import { measureInfo } from '../model/measures';
import { CSV_FRAME, REPORT_FIELDS, type ReportField, type Text } from './layout';
import { compact, type CellReader, type Obj } from './reader';
import type { SheetRow, SheetTable, Tables } from './tables';

type Localized = { vi: unknown; en: unknown };

/** Reads the cells `<base>.vi` and `<base>.en`; an empty English takes the Vietnamese (or `fallback` when both are empty). */
function localized(r: CellReader, table: SheetTable, row: SheetRow, base: string, path: string, fallback?: Text): Localized {
  const vi = r.cell(table, row, `${base}.vi`, `${path}.vi`);
  const en = r.cell(table, row, `${base}.en`, `${path}.en`);
  r.at(path, r.placeOf(table, row.row, `${base}.vi`));
  if (en !== undefined) return { vi: vi ?? fallback?.vi, en };
  // the English is the Vietnamese: a problem with it is the Vietnamese cell's
  r.at(`${path}.en`, r.placeOf(table, row.row, `${base}.vi`));
  return { vi: vi ?? fallback?.vi, en: vi ?? fallback?.en };
}

/** The place of every item of a list sheet, and of the list itself. */
function rowsOf(
  r: CellReader,
  table: SheetTable | undefined,
  listPath: string,
  read: (table: SheetTable, row: SheetRow, path: string) => Obj,
): Obj[] {
  if (!table) return [];
  r.at(listPath, r.placeOf(table, null, null));
  return table.rows.map((row, i) => {
    const path = `${listPath}[${i}]`;
    r.at(path, r.placeOf(table, row.row, null));
    return read(table, row, path);
  });
}

function locator(r: CellReader, table: SheetTable, row: SheetRow, path: string): Obj {
  r.at(path, r.placeOf(table, row.row, 'locator.section'));
  return compact({
    source: r.cell(table, row, 'locator.source', `${path}.source`),
    section: r.cell(table, row, 'locator.section', `${path}.section`),
    paragraph: r.cell(table, row, 'locator.paragraph', `${path}.paragraph`),
  });
}

/** The report sheet: one row per field, found by the code in its first column. */
function readReport(r: CellReader, table: SheetTable): Obj {
  const rowOf = new Map<string, SheetRow>();
  for (const row of table.rows) {
    const code = String(row.cells.get('field') ?? '').trim();
    if (code === '') continue;
    if (!REPORT_FIELDS.some((f) => f.key === code)) r.find(r.placeOf(table, row.row, 'field'), 'workbook.unknownField', { field: code });
    else if (!rowOf.has(code)) rowOf.set(code, row);
  }
  const read = (field: ReportField): unknown => {
    const row = rowOf.get(field.key);
    if (!row) {
      const missing = { ...r.placeOf(table, null, null), missingField: field.label[r.lang] };
      for (const path of [field.key, `${field.key}.vi`, `${field.key}.en`]) r.at(path, missing);
      return field.kind === 'localized' ? { vi: undefined, en: undefined } : undefined;
    }
    const place = (column: 'vi' | 'en') => r.placeOf(table, row.row, column);
    const list = field.dropDown && 'list' in field.dropDown ? field.dropDown.list : undefined;
    if (field.kind !== 'localized') return r.value(row.cells.get('vi') ?? null, field.kind, place('vi'), field.key, list);
    r.at(field.key, place('vi'));
    const vi = r.value(row.cells.get('vi') ?? null, 'text', place('vi'), `${field.key}.vi`);
    const en = r.value(row.cells.get('en') ?? null, 'text', place('en'), `${field.key}.en`);
    if (en === undefined) r.at(`${field.key}.en`, place('vi'));
    return { vi, en: en ?? vi };
  };
  const value = Object.fromEntries(REPORT_FIELDS.map((f) => [f.key, read(f)]));
  return {
    $schema: value.$schema,
    meta: compact({
      id: value['meta.id'],
      title: value['meta.title'],
      organisation: value['meta.organisation'],
      report: value['meta.report'],
      conference: value['meta.conference'],
      date: value['meta.date'],
      publisher: value['meta.publisher'],
      language: value['meta.language'] ?? 'vi',
      sourceFile: value['meta.sourceFile'],
    }),
    url: value['source.url'],
  };
}

/** Sources and their sections (the sections sheet holds both the report's own and the other sources'). */
function readSources(r: CellReader, tables: Tables): { sections: Obj[]; sources: Obj[] | undefined } {
  const sourceRows = rowsOf(r, tables.sources, 'sources', (table, row, path) => ({
    id: r.cell(table, row, 'id', `${path}.id`),
    report: localized(r, table, row, 'report', `${path}.report`),
    publisher: localized(r, table, row, 'publisher', `${path}.publisher`),
    date: r.cell(table, row, 'date', `${path}.date`),
    url: r.cell(table, row, 'url', `${path}.url`),
  }));
  const own: Obj[] = [];
  const theirs = sourceRows.map((): Obj[] => []);
  const sections = tables.sections;
  if (sections) {
    r.at('source', r.placeOf(sections, null, null));
    r.at('source.sections', r.placeOf(sections, null, null));
    for (const row of sections.rows) {
      const source = r.cell(sections, row, 'source', `sections-sheet[${row.row}].source`);
      let list = own;
      let at = 'source.sections';
      if (source !== undefined) {
        const j = sourceRows.findIndex((s) => s.id === source);
        if (j < 0) {
          const sheet = tables.sources?.name ?? '';
          r.find(r.placeOf(sections, row.row, 'source'), 'validation.unknown_reference', { id: String(source), what: sheet });
          continue;
        }
        list = theirs[j] ?? [];
        at = `sources[${j}].sections`;
      }
      const path = `${at}[${list.length}]`;
      r.at(path, r.placeOf(sections, row.row, null));
      list.push({ id: r.cell(sections, row, 'id', `${path}.id`), label: localized(r, sections, row, 'label', `${path}.label`) });
    }
  }
  const sources = sourceRows.map((s, j) => {
    const idCell = r.places.get(`sources[${j}].id`);
    if (idCell) r.at(`sources[${j}].sections`, idCell);
    return compact({ ...s, sections: theirs[j] });
  });
  return { sections: own, sources: tables.sources && sources.length > 0 ? sources : undefined };
}

/** The unit a figure of organisations or members is counted in, when neither the row nor the catalogue says. */
const SUBJECT_UNIT: Record<string, string> = { organisation: 'organisations', member: 'members' };

/** An id for a figure row without one: measure, subject, level, unit and period, made unique. */
function autoId(ind: Obj, taken: Set<string>): string {
  const parts = [ind.measure, ind.subject, ind.level, ind.orgUnit, ind.period].filter(
    (p): p is string => typeof p === 'string' && SLUG_PATTERN.test(p),
  );
  const base = parts.join('-') || 'chi-tieu';
  let id = base;
  for (let n = 2; taken.has(id.toLowerCase()); n++) id = `${base}-${n}`;
  taken.add(id.toLowerCase());
  return id;
}

/** The figures sheet: one figure a row; label, category and unit from the catalogue when empty and the measure is known. */
export function readFigures(r: CellReader, table: SheetTable | undefined): Obj[] {
  const figures = rowsOf(r, table, 'indicators', (t, row, p) => {
    const id = r.cell(t, row, 'id', `${p}.id`);
    const measure = r.cell(t, row, 'measure', `${p}.measure`);
    const info = typeof measure === 'string' ? measureInfo(measure) : undefined;
    const label = localized(r, t, row, 'label', `${p}.label`, info?.label);
    const subject = r.cell(t, row, 'subject', `${p}.subject`);
    const from = r.cell(t, row, 'computed.from', `${p}.computed.from`);
    const method = localized(r, t, row, 'computed.method', `${p}.computed.method`);
    r.at(`${p}.computed`, r.placeOf(t, row.row, 'computed.method.vi'));
    return compact({
      id,
      category: r.cell(t, row, 'category', `${p}.category`) ?? info?.category,
      measure,
      label,
      value: r.cell(t, row, 'value', `${p}.value`),
      unit: r.cell(t, row, 'unit', `${p}.unit`) ?? info?.unit ?? SUBJECT_UNIT[String(subject)],
      subject,
      level: r.cell(t, row, 'level', `${p}.level`),
      orgUnit: r.cell(t, row, 'orgUnit', `${p}.orgUnit`),
      period: r.cell(t, row, 'period', `${p}.period`),
      denominator: r.cell(t, row, 'denominator', `${p}.denominator`),
      partOf: r.cell(t, row, 'partOf', `${p}.partOf`),
      qualifier: r.cell(t, row, 'qualifier', `${p}.qualifier`),
      locator: locator(r, t, row, `${p}.locator`),
      computed: from !== undefined || method.vi !== undefined ? { from: from ?? [], method } : undefined,
    });
  });
  const taken = new Set(figures.flatMap((f) => (typeof f.id === 'string' ? [f.id.toLowerCase()] : [])));
  return figures.map((f) => (f.id === undefined ? { ...f, id: autoId(f, taken) } : f)).map((f) => ({ id: f.id, ...f }));
}

/** Every sheet of a workbook: the dataset's fields in the schema's order. */
export function assembleWorkbook(r: CellReader, tables: Tables): Obj {
  const report = tables.report;
  if (report) r.at('', r.placeOf(report, null, null));
  if (report) r.at('meta', r.placeOf(report, null, null));
  const head = report ? readReport(r, report) : { meta: {} };
  const { sections, sources } = readSources(r, tables);
  const orgUnits = rowsOf(r, tables.units, 'orgUnits', (t, row, p) =>
    compact({
      id: r.cell(t, row, 'id', `${p}.id`),
      label: localized(r, t, row, 'label', `${p}.label`),
      parent: r.cell(t, row, 'parent', `${p}.parent`),
    }),
  );
  const periods = rowsOf(r, tables.periods, 'periods', (t, row, p) =>
    compact({
      id: r.cell(t, row, 'id', `${p}.id`),
      label: localized(r, t, row, 'label', `${p}.label`),
      start: r.cell(t, row, 'start', `${p}.start`),
      end: r.cell(t, row, 'end', `${p}.end`),
      kind: r.cell(t, row, 'kind', `${p}.kind`),
    }),
  );
  const indicators = readFigures(r, tables.figures);
  const documents = rowsOf(r, tables.documents, 'documents', (t, row, p) => ({
    id: r.cell(t, row, 'id', `${p}.id`),
    kind: r.cell(t, row, 'kind', `${p}.kind`),
    number: r.cell(t, row, 'number', `${p}.number`),
    issuer: localized(r, t, row, 'issuer', `${p}.issuer`),
    locator: locator(r, t, row, `${p}.locator`),
  }));
  return compact({
    $schema: 'url' in head ? head.$schema : undefined,
    meta: head.meta,
    source: compact({ sections, url: 'url' in head ? head.url : undefined }),
    sources,
    orgUnits,
    periods,
    indicators,
    documents,
  });
}

/** Dates of a period named the usual ways (2024, 2024-H1, H1-2024, 2024-Q3, quy-1.2024, 2024-06, 2024-9T, 2020-2025). */
export function periodDates(id: string): { start: string; end: string } | null {
  const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  const span = (year: number, first: number, last: number) => ({
    start: `${year}-${String(first).padStart(2, '0')}-01`,
    end: `${year}-${String(last).padStart(2, '0')}-${lastDay(year, last)}`,
  });
  const s = id.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(s))) return span(Number(m[1]), 1, 12);
  if ((m = /^(\d{4})[-_.](\d{4})$/.exec(s)) && Number(m[2]) >= Number(m[1])) return { start: `${m[1]}-01-01`, end: `${m[2]}-12-31` };
  const yearAnd = (re: RegExp, re2: RegExp): [number, number] | null => {
    const a = re.exec(s);
    if (a) return [Number(a[1]), Number(a[2])];
    const b = re2.exec(s);
    return b ? [Number(b[2]), Number(b[1])] : null;
  };
  const half = yearAnd(/^(\d{4})[-_.]?(?:h|6t)([12])$/i, /^(?:h|6t)([12])[-_.]?(\d{4})$/i);
  if (half) return span(half[0], half[1] === 1 ? 1 : 7, half[1] === 1 ? 6 : 12);
  const quarter = yearAnd(/^(\d{4})[-_.]?q([1-4])$/i, /^(?:q|quy)[-_.]?([1-4])[-_.]?(\d{4})$/i);
  if (quarter) return span(quarter[0], quarter[1] * 3 - 2, quarter[1] * 3);
  if ((m = /^(\d{4})[-_.]?9[tm]$/i.exec(s))) return span(Number(m[1]), 1, 9);
  const month = yearAnd(/^(\d{4})[-_.](0[1-9]|1[0-2])$/, /^(?:t|thang)[-_.]?(0?[1-9]|1[0-2])[-_.](\d{4})$/i);
  if (month) return span(month[0], month[1], month[1]);
  return null;
}

/**
 * A CSV file holds the figures only: the rest comes from `frame` when given (the dataset they belong to), otherwise
 * it is made from the ids the figures use (labels are the ids; period dates read from ids such as 2024-H1).
 */
export function assembleCsv(r: CellReader, figures: SheetTable, frame: Dataset | undefined): Obj {
  const indicators = readFigures(r, figures);
  const sheet = r.placeOf(figures, null, null);
  for (const path of ['', 'meta', 'source', 'source.sections', 'sources', 'orgUnits', 'periods', 'documents']) r.at(path, sheet);
  if (frame) return { ...frame, indicators };
  // lists made from the figures are empty only when the figures' own cells are (and say so), or there are no figures
  if (indicators.length > 0) for (const path of ['orgUnits', 'periods', 'source.sections']) r.explained.add(path);

  /** Each distinct text `field` of the figures, with the first figure that has it. */
  const distinct = (field: (ind: Obj) => unknown): [string, number][] => {
    const seen = new Map<string, number>();
    indicators.forEach((ind, i) => {
      const value = field(ind);
      if (typeof value === 'string' && !seen.has(value)) seen.set(value, i);
    });
    return [...seen];
  };
  const firstCell = (figure: number, key: string) => r.places.get(`indicators[${figure}].${key}`) ?? sheet;
  const loc = (ind: Obj) => (ind.locator ?? {}) as Obj;
  const same = (id: string) => ({ vi: id, en: id });
  const orgUnits = distinct((ind) => ind.orgUnit).map(([id, first], i) => {
    r.at(`orgUnits[${i}]`, firstCell(first, 'orgUnit'));
    return { id, label: same(id) };
  });
  const periods = distinct((ind) => ind.period).map(([id, first], i) => {
    const dates = periodDates(id);
    r.at(`periods[${i}]`, firstCell(first, 'period'));
    if (!dates) r.find(firstCell(first, 'period'), 'workbook.periodDates', { id }, `periods[${i}]`);
    return { id, label: same(id), ...(dates ?? {}) };
  });
  const sections = distinct((ind) => (loc(ind).source === undefined ? loc(ind).section : undefined)).map(([id]) => ({
    id,
    label: same(id),
  }));
  const date = periods.reduce((latest, p) => (p.end !== undefined && p.end > latest ? p.end : latest), '0000-01-01');
  const sources = distinct((ind) => loc(ind).source).map(([id]) => ({
    id,
    report: same(id),
    publisher: CSV_FRAME.unknown,
    date,
    sections: [...new Set(indicators.filter((ind) => loc(ind).source === id).map((ind) => loc(ind).section))]
      .filter((s): s is string => typeof s === 'string')
      .map((s) => ({ id: s, label: same(s) })),
  }));
  return compact({
    meta: {
      id: 'csv',
      title: CSV_FRAME.title,
      organisation: CSV_FRAME.unknown,
      report: CSV_FRAME.unknown,
      conference: CSV_FRAME.unknown,
      date,
      publisher: CSV_FRAME.unknown,
      language: 'vi',
    },
    source: { sections },
    sources: sources.length > 0 ? sources : undefined,
    orgUnits,
    periods,
    indicators,
    documents: [],
  });
}
