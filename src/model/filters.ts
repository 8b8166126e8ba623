import { LEVELS, SUBJECTS, type Dataset, type Indicator, type Level, type Subject } from '../data/schema';

/** Dashboard-wide filters. They live in the URL with readable names; anything unknown falls back to the default. */

export const PANELS = ['overview', 'inspection', 'congress', 'programme', 'anniversary', 'source'] as const;
export type PanelId = (typeof PANELS)[number];
export const ACTIVITIES = ['inspected', 'supervised', 'violation-checked'] as const;
export type Activity = (typeof ACTIVITIES)[number];
export const SUBJECT_CHOICES = ['all', ...SUBJECTS] as const;
export type SubjectChoice = (typeof SUBJECT_CHOICES)[number];

export interface Filters {
  panels: PanelId[];
  subject: SubjectChoice;
  activities: Activity[];
  levels: Level[];
  /** null: every period */
  period: string | null;
  /** null: every unit */
  orgUnit: string | null;
}

export const DEFAULT_FILTERS: Filters = {
  panels: [...PANELS],
  subject: 'all',
  activities: [...ACTIVITIES],
  levels: [...LEVELS],
  period: null,
  orgUnit: null,
};

/** URL parameter names (readable, stable: links people send each other depend on them). */
export const FILTER_PARAMS = ['panels', 'subject', 'activity', 'level', 'period', 'unit'] as const;

export interface FilterChoices {
  periods: readonly string[];
  orgUnits: readonly string[];
}

export const choicesOf = (dataset: Dataset): FilterChoices => ({
  periods: dataset.periods.map((p) => p.id),
  orgUnits: dataset.orgUnits.map((u) => u.id),
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
    panels: parseList(params.get('panels'), PANELS),
    subject: parseOne(params.get('subject'), SUBJECT_CHOICES) ?? 'all',
    activities: parseList(params.get('activity'), ACTIVITIES),
    levels: parseList(params.get('level'), LEVELS),
    period: parseOne(params.get('period'), choices.periods),
    orgUnit: parseOne(params.get('unit'), choices.orgUnits),
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Writes the filters into a copy of `base` (which keeps lang, dataset...); defaults are left out of the URL. */
export function writeFilters(filters: Filters, base: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const name of FILTER_PARAMS) next.delete(name);
  if (!sameList(filters.panels, PANELS)) next.set('panels', filters.panels.join(','));
  if (filters.subject !== 'all') next.set('subject', filters.subject);
  if (!sameList(filters.activities, ACTIVITIES)) next.set('activity', filters.activities.join(','));
  if (!sameList(filters.levels, LEVELS)) next.set('level', filters.levels.join(','));
  if (filters.period !== null) next.set('period', filters.period);
  if (filters.orgUnit !== null) next.set('unit', filters.orgUnit);
  return next;
}

export const isDefaultFilters = (f: Filters) => writeFilters(f, new URLSearchParams()).toString() === '';

/** Adds or removes one entry of a list filter, keeping canonical order; never leaves the list empty. */
export function toggleInList<T extends string>(list: readonly T[], item: T, allowed: readonly T[]): T[] {
  const has = list.includes(item);
  const next = allowed.filter((a) => (a === item ? !has : list.includes(a)));
  return next.length > 0 ? next : [...list];
}

const subjectMatches = (ind: Indicator, subject: SubjectChoice) =>
  subject === 'all' || ind.subject === undefined || ind.subject === subject;
const levelMatches = (ind: Indicator, levels: readonly Level[]) => ind.level === undefined || levels.includes(ind.level);

/** The indicators every panel sees: period and unit first, then subject, activity and level where they apply. */
export function applyFilters(indicators: readonly Indicator[], filters: Filters): Indicator[] {
  const activities: ReadonlySet<string> = new Set(filters.activities);
  return indicators.filter(
    (ind) =>
      (filters.period === null || ind.period === filters.period) &&
      (filters.orgUnit === null || ind.orgUnit === filters.orgUnit) &&
      subjectMatches(ind, filters.subject) &&
      (ind.category !== 'inspection' || activities.has(ind.measure)) &&
      (ind.category !== 'congress' || levelMatches(ind, filters.levels)),
  );
}

export const subjectsShown = (subject: SubjectChoice): Subject[] => (subject === 'all' ? [...SUBJECTS] : [subject]);
