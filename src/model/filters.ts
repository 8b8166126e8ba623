import { LEVELS, SUBJECTS, type Dataset, type Indicator, type Level, type Subject } from '../data/schema';

export { indicatorsIn } from './dataset-index';

/** Dashboard-wide filters. They live in the URL with readable names; anything unknown falls back to the default. */

export const ACTIVITIES = ['inspected', 'supervised', 'violation-checked'] as const;
export type Activity = (typeof ACTIVITIES)[number];
export const SUBJECT_CHOICES = ['all', ...SUBJECTS] as const;
export type SubjectChoice = (typeof SUBJECT_CHOICES)[number];

/** The filters a panel can read (besides which panels are shown); a panel recomputes only when these change. */
export const FILTER_ASPECTS = ['period', 'unit', 'subject', 'activity', 'level'] as const;
export type FilterAspect = (typeof FILTER_ASPECTS)[number];

export interface Filters {
  /** ids of the panels shown, in the registry's order */
  panels: string[];
  subject: SubjectChoice;
  activities: Activity[];
  levels: Level[];
  /** null: every period */
  period: string | null;
  /** null: every unit */
  orgUnit: string | null;
}

/** URL parameter names (readable, stable: links people send each other depend on them). */
export const FILTER_PARAMS = ['panels', 'subject', 'activity', 'level', 'period', 'unit'] as const;

/** What the URL may choose among: the panels of the registry and the dataset's periods and units. */
export interface FilterChoices {
  panels: readonly string[];
  periods: readonly string[];
  orgUnits: readonly string[];
}

export const choicesOf = (dataset: Dataset, panels: readonly string[]): FilterChoices => ({
  panels,
  periods: dataset.periods.map((p) => p.id),
  orgUnits: dataset.orgUnits.map((u) => u.id),
});

export const defaultFilters = (panels: readonly string[]): Filters => ({
  panels: [...panels],
  subject: 'all',
  activities: [...ACTIVITIES],
  levels: [...LEVELS],
  period: null,
  orgUnit: null,
});

/** A comma list kept in the canonical order of `allowed`; junk dropped; empty or absent -> all. */
function parseList<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  if (raw === null) return [...allowed];
  const wanted = new Set(raw.split(',').map((s) => s.trim()));
  const kept = allowed.filter((a) => wanted.has(a));
  return kept.length > 0 ? kept : [...allowed];
}

function parseOne<T extends string>(raw: string | null, allowed: readonly T[]): T | null {
  return raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as T) : null;
}

export function parseFilters(params: URLSearchParams, choices: FilterChoices): Filters {
  return {
    panels: parseList(params.get('panels'), choices.panels),
    subject: parseOne(params.get('subject'), SUBJECT_CHOICES) ?? 'all',
    activities: parseList(params.get('activity'), ACTIVITIES),
    levels: parseList(params.get('level'), LEVELS),
    period: parseOne(params.get('period'), choices.periods),
    orgUnit: parseOne(params.get('unit'), choices.orgUnits),
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Writes the filters into a copy of `base` (which keeps lang, dataset...); defaults are left out of the URL. */
export function writeFilters(filters: Filters, base: URLSearchParams, allPanels: readonly string[]): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const name of FILTER_PARAMS) next.delete(name);
  if (!sameList(filters.panels, allPanels)) next.set('panels', filters.panels.join(','));
  if (filters.subject !== 'all') next.set('subject', filters.subject);
  if (!sameList(filters.activities, ACTIVITIES)) next.set('activity', filters.activities.join(','));
  if (!sameList(filters.levels, LEVELS)) next.set('level', filters.levels.join(','));
  if (filters.period !== null) next.set('period', filters.period);
  if (filters.orgUnit !== null) next.set('unit', filters.orgUnit);
  return next;
}

/** Adds or removes one entry of a list filter, keeping canonical order; never leaves the list empty. */
export function toggleInList<T extends string>(list: readonly T[], item: T, allowed: readonly T[]): T[] {
  const has = list.includes(item);
  const next = allowed.filter((a) => (a === item ? !has : list.includes(a)));
  return next.length > 0 ? next : [...list];
}

/** The value of one aspect, as a string: equal strings mean the aspect did not change. */
export function aspectValue(filters: Filters, aspect: FilterAspect): string {
  switch (aspect) {
    case 'period':
      return filters.period ?? '';
    case 'unit':
      return filters.orgUnit ?? '';
    case 'subject':
      return filters.subject;
    case 'activity':
      return filters.activities.join(',');
    case 'level':
      return filters.levels.join(',');
  }
}

/** One of the inspection activities the filter bar offers. */
export const isActivity = (measure: string): measure is Activity => (ACTIVITIES as readonly string[]).includes(measure);
const subjectMatches = (ind: Indicator, subject: SubjectChoice) =>
  subject === 'all' || ind.subject === undefined || ind.subject === subject;
const levelMatches = (ind: Indicator, levels: readonly Level[]) => ind.level === undefined || levels.includes(ind.level);

/**
 * The test a figure must pass to stay under the filters among `reads` (all of them by default): period and unit,
 * then subject, inspection activity and congress level where they apply.
 */
export function figureFilter(filters: Filters, reads: readonly FilterAspect[] = FILTER_ASPECTS): (ind: Indicator) => boolean {
  const on = new Set(reads);
  const activities: ReadonlySet<string> = new Set(filters.activities);
  const period = on.has('period') ? filters.period : null;
  const unit = on.has('unit') ? filters.orgUnit : null;
  const subject = on.has('subject') ? filters.subject : 'all';
  const byActivity = on.has('activity') && filters.activities.length < ACTIVITIES.length;
  const byLevel = on.has('level') && filters.levels.length < LEVELS.length;
  return (ind) =>
    (period === null || ind.period === period) &&
    (unit === null || ind.orgUnit === unit) &&
    subjectMatches(ind, subject) &&
    // the activity filter narrows the activities only: conclusions, discipline and other inspection figures stay
    (!byActivity || ind.category !== 'inspection' || !isActivity(ind.measure) || activities.has(ind.measure)) &&
    (!byLevel || ind.category !== 'congress' || levelMatches(ind, filters.levels));
}

/** The indicators left by the filters among `reads` (all of them by default), in their order. */
export function applyFilters(
  indicators: readonly Indicator[],
  filters: Filters,
  reads: readonly FilterAspect[] = FILTER_ASPECTS,
): Indicator[] {
  return indicators.filter(figureFilter(filters, reads));
}

export const subjectsShown = (subject: SubjectChoice): Subject[] => (subject === 'all' ? [...SUBJECTS] : [subject]);

/** The filters that decide which figures are shown, as one string: equal strings, equal figures. */
export const filtersKey = (filters: Filters) => FILTER_ASPECTS.map((a) => aspectValue(filters, a)).join('|');
