import * as z from 'zod/mini';

/** The dataset format. The single source of the dataset's TypeScript types and of data/dataset.schema.json. */

/** What part of party work a figure belongs to; `organisation` is organisation work (new members, weak units), `other` anything else. */
export const CATEGORIES = ['inspection', 'congress', 'programme', 'conference', 'anniversary', 'organisation', 'other'] as const;
export const SUBJECTS = ['organisation', 'member'] as const;
export const LEVELS = ['party-cell', 'grassroots', 'upper-grassroots', 'city'] as const;
export const QUALIFIERS = ['about', 'at-least'] as const;
export const DOCUMENT_KINDS = ['directive', 'plan', 'resolution'] as const;

/** Units that count things: their values must be whole and non-negative. */
export const COUNT_UNITS = [
  'organisations',
  'members',
  'party-cells',
  'congresses',
  'conferences',
  'resolutions',
  'programmes',
  'chapters',
  'articles',
  'goals',
  'tasks',
  'contributions',
  'days',
  'years',
  'cases',
] as const;
export const OTHER_UNITS = ['year', 'ordinal', 'percent', 'share-of-time', 'million-vnd'] as const;
/** How long a reporting period is (party statistics report by month, quarter, 6 and 9 months, year and term). */
export const PERIOD_KINDS = ['month', 'quarter', 'half-year', 'nine-months', 'year', 'term'] as const;
export const UNITS = [...COUNT_UNITS, ...OTHER_UNITS] as const;

/**
 * Ids as people write them: letters (either case) and digits, in parts joined by "-", "_" or ".", e.g. "2021-H1",
 * "quy-1.2022", "phuong_ba_dinh". Ids are matched exactly as written; two ids of one list that differ only in case
 * are refused (they would read as the same).
 */
export const SLUG_PATTERN = /^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$/;
/** Not empty and not only spaces. Checked, not trimmed: a valid file comes out exactly as it went in. */
export const TEXT_PATTERN = /\S/;
/**
 * Characters that reorder the text around them when shown (embeddings, overrides, isolates, marks): a right-to-left
 * override makes "1234" read "4321". No text of a dataset may hold them.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const BIDI_CONTROLS_ALL = new RegExp(BIDI_CONTROLS.source, 'g');
/** A character that shows: not a space, control, format character (zero-width ones), lone combining mark or blank filler. */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u;

/** The bidirectional controls a text holds, named as "U+202E, U+2066"; '' when none. */
export function bidiControlsIn(s: string): string {
  const found = s.match(BIDI_CONTROLS_ALL);
  if (!found) return '';
  return [...new Set(found)].map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
}

/** What is wrong with a (non-blank) text beyond being blank: bidirectional controls, or no visible character. */
export function textProblem(s: string): { message: 'bidi'; params: { chars: string } } | { message: 'invisible' } | undefined {
  if (BIDI_CONTROLS.test(s)) return { message: 'bidi', params: { chars: bidiControlsIn(s) } };
  if (TEXT_PATTERN.test(s) && !VISIBLE.test(s)) return { message: 'invisible' };
  return undefined;
}

const textChecks = z.superRefine<string>((s, ctx) => {
  const p = textProblem(s);
  if (p) ctx.addIssue({ code: 'custom', input: s, message: p.message, ...('params' in p ? { params: p.params } : {}) });
});
const slug = z.string().check(z.regex(SLUG_PATTERN, 'slug'));
const text = z.string().check(z.regex(TEXT_PATTERN, 'blank'), textChecks);
const localized = z.strictObject({ vi: text, en: text });
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'iso_date'));
const webAddress = z.string().check(z.regex(/^https?:\/\/\S+$/, 'web_address'), textChecks);

const locatorSchema = z.strictObject({
  /** id of an entry in `sources`; absent: the file's own report (meta and source.sections) */
  source: z.optional(slug),
  /** id of a section of that source */
  section: slug,
  /** paragraph number within that section, counting text paragraphs only (not photo captions) */
  paragraph: z.int().check(z.positive()),
});

const computedSchema = z.strictObject({
  /** ids of the indicators the value is computed from (may be empty when derived from a statement) */
  from: z.array(slug),
  method: localized,
});

const IndicatorShape = z.strictObject({
  id: slug,
  category: z.enum(CATEGORIES),
  /** what is counted, e.g. "inspected", "congress-held"; stable across datasets */
  measure: slug,
  label: localized,
  /** -0 is read as 0 (JSON can write it; it would show as "-0") */
  value: z.number().check(
    z.refine(Number.isFinite, 'finite'),
    z.overwrite((v) => (v === 0 ? 0 : v)),
  ),
  unit: z.enum(UNITS),
  subject: z.optional(z.enum(SUBJECTS)),
  level: z.optional(z.enum(LEVELS)),
  orgUnit: slug,
  period: slug,
  /** the "y" of "x of y" when the report gives one */
  denominator: z.optional(z.int().check(z.positive())),
  /** id of the figure this one is a part of (a form of discipline of all disciplined, "of whom committee members") */
  partOf: z.optional(slug),
  qualifier: z.optional(z.enum(QUALIFIERS)),
  locator: locatorSchema,
  computed: z.optional(computedSchema),
});

const countUnits: ReadonlySet<string> = new Set(COUNT_UNITS);

export interface ValueProblem {
  message:
    | 'unsafe_integer'
    | 'count_not_integer'
    | 'count_negative'
    | 'not_integer'
    | 'value_negative'
    | 'percent_range'
    | 'numerator_above_denominator';
  params?: { denominator: number };
}

/** Rules within one figure: counts are whole and >= 0, years and ordinals whole, percents 0-100, x <= y. */
export function valueProblems(ind: Pick<z.infer<typeof IndicatorShape>, 'unit' | 'value' | 'denominator'>): ValueProblem[] {
  const out: ValueProblem[] = [];
  const { unit, value, denominator } = ind;
  // beyond 2^53 - 1 a number is no longer held exactly: 2^53 + 1 would be read, and shown, as 2^53
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    out.push({ message: 'unsafe_integer' });
    return out;
  }
  if (countUnits.has(unit)) {
    if (!Number.isInteger(value)) out.push({ message: 'count_not_integer' });
    else if (value < 0) out.push({ message: 'count_negative' });
  } else if (unit === 'year' || unit === 'ordinal') {
    if (!Number.isInteger(value)) out.push({ message: 'not_integer' });
    else if (value < 0) out.push({ message: 'value_negative' });
  } else if (unit === 'percent') {
    if (value < 0 || value > 100) out.push({ message: 'percent_range' });
  } else if (value < 0) out.push({ message: 'value_negative' });
  if (denominator !== undefined && value > denominator) out.push({ message: 'numerator_above_denominator', params: { denominator } });
  return out;
}

export const IndicatorSchema = IndicatorShape.check(
  z.superRefine((ind, ctx) => {
    for (const p of valueProblems(ind))
      ctx.addIssue({ code: 'custom', message: p.message, path: ['value'], ...(p.params ? { params: p.params } : {}) });
  }),
);
/** Field names of an indicator, for the fast path (src/data/fast-path.ts); a test keeps it equal to the schema. */
export const INDICATOR_KEYS = Object.keys(IndicatorShape.shape) as (keyof z.infer<typeof IndicatorShape>)[];

export const DocumentSchema = z.strictObject({
  id: slug,
  kind: z.enum(DOCUMENT_KINDS),
  /** the number exactly as the report writes it, e.g. "35-CT/TW" */
  number: text,
  issuer: localized,
  locator: locatorSchema,
});

const OrgUnitSchema = z.strictObject({ id: slug, label: localized, parent: z.optional(slug) });
const PeriodSchema = z.strictObject({
  id: slug,
  label: localized,
  start: isoDate,
  end: isoDate,
  /** absent: read from the dates (model/periods.ts) */
  kind: z.optional(z.enum(PERIOD_KINDS)),
});
const SectionSchema = z.strictObject({ id: slug, label: localized });

/** Another document the file's figures come from (a second report, a statistics table), cited by `locator.source`. */
const SourceSchema = z.strictObject({
  id: slug,
  report: localized,
  publisher: localized,
  date: isoDate,
  url: z.optional(webAddress),
  sections: z.array(SectionSchema).check(z.minLength(1)),
});

const MetaSchema = z.strictObject({
  id: slug,
  title: localized,
  organisation: localized,
  report: localized,
  conference: localized,
  date: isoDate,
  publisher: localized,
  language: z.enum(['vi', 'en']),
  sourceFile: z.optional(text),
});

const DatasetShape = z.strictObject({
  $schema: z.optional(z.string().check(textChecks)),
  meta: MetaSchema,
  source: z.strictObject({ sections: z.array(SectionSchema).check(z.minLength(1)), url: z.optional(webAddress) }),
  sources: z.optional(z.array(SourceSchema)),
  orgUnits: z.array(OrgUnitSchema).check(z.minLength(1)),
  periods: z.array(PeriodSchema).check(z.minLength(1)),
  indicators: z.array(IndicatorSchema),
  documents: z.array(DocumentSchema),
});
type Shape = z.infer<typeof DatasetShape>;

export interface ConsistencyProblem {
  message: 'duplicate_id' | 'unknown_reference' | 'period_order' | 'part_above_whole' | 'part_elsewhere' | 'part_of_itself';
  path: (string | number)[];
  params?: Record<string, string>;
}

/** Rules across the file: unique ids and references that resolve. Pure, so the fast path can run it too. */
export function consistencyProblems(data: Shape): ConsistencyProblem[] {
  const out: ConsistencyProblem[] = [];
  const ids = (items: readonly { id: string }[], at: (string | number)[]) => {
    const seen = new Set<string>();
    const folded = new Set<string>();
    items.forEach((item, i) => {
      // "2021-H1" and "2021-h1" in one list would read as the same id
      if (seen.has(item.id) || folded.has(item.id.toLowerCase()))
        out.push({ message: 'duplicate_id', path: [...at, i, 'id'], params: { id: item.id } });
      seen.add(item.id);
      folded.add(item.id.toLowerCase());
    });
    return seen;
  };
  const ref = (known: Set<string>, id: string | undefined, path: (string | number)[], what: string) => {
    if (id !== undefined && !known.has(id)) out.push({ message: 'unknown_reference', path, params: { id, what } });
  };
  const sections = ids(data.source.sections, ['source', 'sections']);
  const sources = new Map((data.sources ?? []).map((src) => [src.id, new Set(src.sections.map((x) => x.id))]));
  ids(data.sources ?? [], ['sources']);
  (data.sources ?? []).forEach((src, i) => ids(src.sections, ['sources', i, 'sections']));
  const orgUnits = ids(data.orgUnits, ['orgUnits']);
  const periods = ids(data.periods, ['periods']);
  const indicators = ids(data.indicators, ['indicators']);
  ids(data.documents, ['documents']);
  const locator = (loc: { source?: string | undefined; section: string }, at: (string | number)[]) => {
    if (loc.source === undefined) return ref(sections, loc.section, [...at, 'section'], 'source.sections');
    const own = sources.get(loc.source);
    if (!own) return ref(new Set(sources.keys()), loc.source, [...at, 'source'], 'sources');
    ref(own, loc.section, [...at, 'section'], `sources[${loc.source}].sections`);
  };
  data.orgUnits.forEach((u, i) => ref(orgUnits, u.parent, ['orgUnits', i, 'parent'], 'orgUnits'));
  data.periods.forEach((p, i) => {
    if (p.end < p.start) out.push({ message: 'period_order', path: ['periods', i, 'end'] });
  });
  const byId = new Map(data.indicators.map((ind) => [ind.id, ind]));
  data.indicators.forEach((ind, i) => {
    ref(orgUnits, ind.orgUnit, ['indicators', i, 'orgUnit'], 'orgUnits');
    ref(periods, ind.period, ['indicators', i, 'period'], 'periods');
    locator(ind.locator, ['indicators', i, 'locator']);
    ind.computed?.from.forEach((id, j) => ref(indicators, id, ['indicators', i, 'computed', 'from', j], 'indicators'));
    if (ind.partOf !== undefined) {
      const whole = byId.get(ind.partOf);
      const at = ['indicators', i, 'partOf'];
      if (!whole) ref(indicators, ind.partOf, at, 'indicators');
      else if (whole === ind) out.push({ message: 'part_of_itself', path: at });
      else if (whole.period !== ind.period || whole.orgUnit !== ind.orgUnit)
        out.push({ message: 'part_elsewhere', path: at, params: { id: whole.id } });
      else if (ind.value > whole.value)
        out.push({ message: 'part_above_whole', path: ['indicators', i, 'value'], params: { id: whole.id, whole: String(whole.value) } });
    }
  });
  data.documents.forEach((d, i) => locator(d.locator, ['documents', i, 'locator']));
  return out;
}

export const DatasetSchema = DatasetShape.check(
  z.superRefine((data, ctx) => {
    for (const p of consistencyProblems(data))
      ctx.addIssue({ code: 'custom', message: p.message, path: p.path, ...(p.params ? { params: p.params } : {}) });
  }),
);

/** The dataset's fields without the cross-field rules: the fast path checks a file's frame with it (indicators emptied). */
export const DatasetFrameSchema = DatasetShape;

export type Dataset = z.infer<typeof DatasetSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type Category = (typeof CATEGORIES)[number];
export type Subject = (typeof SUBJECTS)[number];
export type Level = (typeof LEVELS)[number];
export type Unit = (typeof UNITS)[number];
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export type Period = Dataset['periods'][number];
export type OrgUnit = Dataset['orgUnits'][number];
