/**
 * The schema's verdict on an assembled workbook, told by cell: each problem's path (`indicators[3].value`) goes back
 * to the sheet, row and column heading it was read from, in words fit for a workbook ("ô bắt buộc" rather than
 * "thiếu trường bắt buộc (number)"). Every problem at once, in sheet, row and column order.
 */
import { consistencyProblems, type Dataset } from '../data/schema';
import { formatPath, validateDataset, type Problem } from '../data/validate';
import { translate, type Lang, type MessageKey, type Params } from '../i18n/translate';
import { SHEET_KEYS, SHEET_NAMES, type SheetKey } from './layout';
import type { CellReader, Finding, Obj, Place } from './reader';
import { columnsOf } from './tables';

/** One problem, by cell. `row`/`column` are null when it concerns a whole sheet or a whole row. */
export type CellProblem = { sheet: string; row: number | null; column: string | null; message: string };
export type ImportResult = { ok: true; dataset: Dataset } | { ok: false; problems: CellProblem[]; lines: string[] };

/** `indicators[3].computed.from[1]`, then `indicators[3].computed.from`, … down to ``. */
function* prefixes(path: string): Generator<string> {
  let at = path;
  for (;;) {
    yield at;
    if (at === '') return;
    const cut = at.search(/(?:\.[^.[\]]+|\[\d+\])$/);
    at = cut <= 0 ? '' : at.slice(0, cut);
  }
}

/** Which sheet a reference's list is on (`what` of validation.unknown_reference). */
function sheetOfList(what: string): SheetKey {
  if (what === 'orgUnits') return 'units';
  if (what === 'periods') return 'periods';
  if (what === 'indicators') return 'figures';
  if (what === 'sources') return 'sources';
  return 'sections';
}

type Items = Obj[];
const list = (value: unknown): Items =>
  Array.isArray(value) ? (value as unknown[]).map((v) => (v && typeof v === 'object' ? (v as Obj) : {})) : [];
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
/** Items whose id is not text get one no other id can equal, so they neither clash nor resolve. */
const withIds = (items: Items): Items => items.map((item, i) => ({ ...item, id: str(item.id) ?? `\u0000${i}` }));
const loc = (value: unknown): Obj => {
  const l = value && typeof value === 'object' ? (value as Obj) : {};
  return { source: str(l.source), section: str(l.section) };
};
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The schema checks ids and references only once every field has the right type; a workbook's reader wants them
 * all at once. So they run here too, on a copy whose unreadable fields are left out of the comparisons.
 */
function crossFieldProblems(input: Obj): Problem[] {
  const source = input.source && typeof input.source === 'object' ? (input.source as Obj) : {};
  const copy = {
    source: { sections: withIds(list(source.sections)) },
    sources: withIds(list(input.sources)).map((s) => ({ ...s, sections: withIds(list(s.sections)) })),
    orgUnits: withIds(list(input.orgUnits)).map((u) => ({ ...u, parent: str(u.parent) })),
    periods: withIds(list(input.periods)).map((p) => {
      const dated = ISO.test(String(p.start)) && ISO.test(String(p.end));
      return { ...p, start: dated ? p.start : '', end: dated ? p.end : '' };
    }),
    indicators: withIds(list(input.indicators)).map((ind) => {
      const computed = ind.computed && typeof ind.computed === 'object' ? (ind.computed as Obj) : undefined;
      return {
        ...ind,
        orgUnit: str(ind.orgUnit),
        period: str(ind.period),
        partOf: str(ind.partOf),
        value: typeof ind.value === 'number' ? ind.value : Number.NaN,
        locator: loc(ind.locator),
        computed: computed && { ...computed, from: Array.isArray(computed.from) ? computed.from.map(str) : [] },
      };
    }),
    documents: withIds(list(input.documents)).map((d) => ({ ...d, locator: loc(d.locator) })),
  };
  try {
    return consistencyProblems(copy as unknown as Parameters<typeof consistencyProblems>[0]).map((p) => ({
      path: formatPath(p.path),
      key: `validation.${p.message}` as MessageKey,
      params: p.params ?? {},
    }));
  } catch {
    return []; // a shape the copy did not foresee: the schema's own problems still stand
  }
}

function findingOf(r: CellReader, problem: Problem, sheetName: (key: SheetKey) => string): Finding | null {
  let place: Place | undefined;
  for (const at of prefixes(problem.path)) {
    if (r.explained.has(at)) return null;
    place ??= r.places.get(at);
  }
  place ??= { sheetKey: 'report', sheet: sheetName('report'), row: null, columnKey: null, column: null };
  if (place.columnKey !== null && r.missingColumns.has(`${place.sheetKey}:${place.columnKey}`)) return null;
  let key: MessageKey = problem.key;
  let params: Params = problem.params;
  if (key === 'validation.missing') {
    key = place.missingField ? 'workbook.missingField' : 'validation.too_small_string';
    params = place.missingField ? { field: place.missingField } : {};
  } else if (key === 'validation.too_small_array') {
    const ofSource = /^sources\[\d+\]\.sections$/.test(problem.path);
    key = ofSource ? 'workbook.noSections' : 'workbook.emptySheet';
    params = ofSource ? { sheet: sheetName('sections') } : {};
  } else if (key === 'validation.unknown_reference') {
    const target = sheetOfList(String(params.what ?? ''));
    if (r.missingSheets.has(target)) return null; // the missing sheet is the problem, not each reference to it
    params = { id: params.id ?? '', what: sheetName(target) };
  }
  return { place, key, params };
}

/** "Trang Chỉ tiêu, dòng 12, cột Giá trị" (the parts it knows). */
function where(place: Place, lang: Lang): string {
  const { sheet, row, column } = place;
  if (sheet === '') return '';
  if (row !== null && column !== null) return translate(lang, 'workbook.at.cell', { sheet, row, column });
  if (row !== null) return translate(lang, 'workbook.at.row', { sheet, row });
  return translate(lang, 'workbook.at.sheet', { sheet });
}

const columnOrder = (place: Place) => columnsOf(place.sheetKey).findIndex((c) => c.key === place.columnKey);

/** Findings in reading order, each once, in words. */
export function describeFindings(findings: readonly Finding[], lang: Lang): { problems: CellProblem[]; lines: string[] } {
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        SHEET_KEYS.indexOf(a.f.place.sheetKey) - SHEET_KEYS.indexOf(b.f.place.sheetKey) ||
        (a.f.place.row ?? 0) - (b.f.place.row ?? 0) ||
        columnOrder(a.f.place) - columnOrder(b.f.place) ||
        a.i - b.i,
    );
  const problems: CellProblem[] = [];
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const { f } of sorted) {
    const message = translate(lang, f.key, f.params);
    const at = where(f.place, lang);
    const line = at ? `${at}: ${message}` : message;
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
    problems.push({ sheet: f.place.sheet, row: f.place.row, column: f.place.column, message });
  }
  return { problems, lines };
}

/** Validates the assembled object with the dataset schema; the dataset, or every problem by cell. */
export function judge(r: CellReader, input: Obj, names: Partial<Record<SheetKey, string>>): ImportResult {
  const sheetName = (key: SheetKey) => names[key] ?? SHEET_NAMES[key][r.lang];
  const result = validateDataset(input);
  const findings = [...r.findings];
  if (!result.ok)
    for (const problem of [...result.problems, ...crossFieldProblems(input)]) {
      const finding = findingOf(r, problem, sheetName);
      if (finding) findings.push(finding);
    }
  if (result.ok && findings.length === 0) return { ok: true, dataset: result.dataset };
  // a sheet without one of its required columns is not read row by row: its missing columns say it all
  const unread = new Set([...r.missingColumns].map((c) => c.split(':')[0]));
  const shown = findings.filter((f) => !(unread.has(f.place.sheetKey) && f.place.row !== null && f.place.row > 1));
  // never expected (a problem is left out only when a finding explains it), but a refusal must always say why
  if (shown.length === 0 && !result.ok)
    for (const problem of result.problems)
      shown.push({
        place: { sheetKey: 'report', sheet: '', row: null, columnKey: null, column: null },
        key: problem.key,
        params: problem.params,
      });
  return { ok: false, ...describeFindings(shown, r.lang) };
}
