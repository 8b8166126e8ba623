import * as z from 'zod/mini';

/** The dataset format. The single source of the dataset's TypeScript types and of data/dataset.schema.json. */

export const CATEGORIES = ['inspection', 'congress', 'programme', 'conference', 'anniversary'] as const;
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
] as const;
export const OTHER_UNITS = ['year', 'ordinal', 'percent', 'share-of-time'] as const;
export const UNITS = [...COUNT_UNITS, ...OTHER_UNITS] as const;

type Ctx<T> = Parameters<Parameters<typeof z.superRefine<T>>[0]>[1];

const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug'));
const text = z.string().check(z.trim(), z.minLength(1));
const localized = z.strictObject({ vi: text, en: text });
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'iso_date'));

const locatorSchema = z.strictObject({
  /** id of an entry in source.sections */
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
  value: z.number().check(z.refine(Number.isFinite, 'finite')),
  unit: z.enum(UNITS),
  subject: z.optional(z.enum(SUBJECTS)),
  level: z.optional(z.enum(LEVELS)),
  orgUnit: slug,
  period: slug,
  /** the "y" of "x of y" when the report gives one */
  denominator: z.optional(z.int().check(z.positive())),
  qualifier: z.optional(z.enum(QUALIFIERS)),
  locator: locatorSchema,
  computed: z.optional(computedSchema),
});

const countUnits: ReadonlySet<string> = new Set(COUNT_UNITS);

/** Rules within one figure: counts are counts, percents are percents, x <= y. */
function checkValue(ind: z.infer<typeof IndicatorShape>, ctx: Ctx<z.infer<typeof IndicatorShape>>) {
  if (countUnits.has(ind.unit)) {
    if (!Number.isInteger(ind.value)) ctx.addIssue({ code: 'custom', message: 'count_not_integer', path: ['value'] });
    else if (ind.value < 0) ctx.addIssue({ code: 'custom', message: 'count_negative', path: ['value'] });
  }
  if (ind.unit === 'percent' && (ind.value < 0 || ind.value > 100)) {
    ctx.addIssue({ code: 'custom', message: 'percent_range', path: ['value'] });
  }
  if (ind.denominator !== undefined && ind.value > ind.denominator) {
    ctx.addIssue({ code: 'custom', message: 'numerator_above_denominator', path: ['value'], params: { denominator: ind.denominator } });
  }
}

export const IndicatorSchema = IndicatorShape.check(z.superRefine(checkValue));

export const DocumentSchema = z.strictObject({
  id: slug,
  kind: z.enum(DOCUMENT_KINDS),
  /** the number exactly as the report writes it, e.g. "35-CT/TW" */
  number: text,
  issuer: localized,
  locator: locatorSchema,
});

const OrgUnitSchema = z.strictObject({ id: slug, label: localized, parent: z.optional(slug) });
const PeriodSchema = z.strictObject({ id: slug, label: localized, start: isoDate, end: isoDate });
const SectionSchema = z.strictObject({ id: slug, label: localized });

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
  $schema: z.optional(z.string()),
  meta: MetaSchema,
  source: z.strictObject({ sections: z.array(SectionSchema).check(z.minLength(1)) }),
  orgUnits: z.array(OrgUnitSchema).check(z.minLength(1)),
  periods: z.array(PeriodSchema).check(z.minLength(1)),
  indicators: z.array(IndicatorSchema),
  documents: z.array(DocumentSchema),
});

type Shape = z.infer<typeof DatasetShape>;

function flagDuplicates(ctx: Ctx<Shape>, items: readonly { id: string }[], at: (string | number)[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: 'duplicate_id', path: [...at, i, 'id'], params: { id: item.id } });
    seen.add(item.id);
  });
  return seen;
}

function checkReference(ctx: Ctx<Shape>, known: Set<string>, id: string | undefined, path: (string | number)[], what: string) {
  if (id !== undefined && !known.has(id)) ctx.addIssue({ code: 'custom', message: 'unknown_reference', path, params: { id, what } });
}

/** Rules across the file: unique ids and references that resolve. */
function checkConsistency(data: Shape, ctx: Ctx<Shape>) {
  const sections = flagDuplicates(ctx, data.source.sections, ['source', 'sections']);
  const orgUnits = flagDuplicates(ctx, data.orgUnits, ['orgUnits']);
  const periods = flagDuplicates(ctx, data.periods, ['periods']);
  const indicators = flagDuplicates(ctx, data.indicators, ['indicators']);
  flagDuplicates(ctx, data.documents, ['documents']);
  data.orgUnits.forEach((u, i) => checkReference(ctx, orgUnits, u.parent, ['orgUnits', i, 'parent'], 'orgUnits'));
  data.periods.forEach((p, i) => {
    if (p.end < p.start) ctx.addIssue({ code: 'custom', message: 'period_order', path: ['periods', i, 'end'] });
  });
  data.indicators.forEach((ind, i) => {
    const at = (...rest: (string | number)[]) => ['indicators', i, ...rest];
    checkReference(ctx, orgUnits, ind.orgUnit, at('orgUnit'), 'orgUnits');
    checkReference(ctx, periods, ind.period, at('period'), 'periods');
    checkReference(ctx, sections, ind.locator.section, at('locator', 'section'), 'source.sections');
    ind.computed?.from.forEach((id, j) => checkReference(ctx, indicators, id, at('computed', 'from', j), 'indicators'));
  });
  data.documents.forEach((d, i) => checkReference(ctx, sections, d.locator.section, ['documents', i, 'locator', 'section'], 'source.sections'));
}

export const DatasetSchema = DatasetShape.check(z.superRefine(checkConsistency));

export type Dataset = z.infer<typeof DatasetSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type DocumentRef = z.infer<typeof DocumentSchema>;
export type Localized = Indicator['label'];
export type Category = (typeof CATEGORIES)[number];
export type Subject = (typeof SUBJECTS)[number];
export type Level = (typeof LEVELS)[number];
export type Unit = (typeof UNITS)[number];
