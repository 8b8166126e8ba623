import { LEVELS, type Category, type Dataset, type Indicator } from '../data/schema';
import { figuresOf } from './dataset-index';
import { ACTIVITIES, FILTER_ASPECTS, aspectValue, figureFilter, isActivity, type FilterAspect, type Filters } from './filters';

/**
 * applyFilters(indicatorsIn(dataset, categories), filters, reads), found through the dataset's index: the period and
 * unit pick a group of figures kept with the dataset (and its figures of each subject are kept with the group), and
 * only the filters that can narrow that group are applied to it. A file without subjects is not narrowed by subject, so two filter settings can select the same figures:
 * they have the same `selectionKey`.
 */

/** Whether any figure of a group can be left out by subject, inspection activity or congress level. */
interface Narrowable {
  subject: boolean;
  activity: boolean;
  level: boolean;
}

const narrowableCache = new WeakMap<readonly Indicator[], Narrowable>();

function narrowable(figures: readonly Indicator[]): Narrowable {
  let found = narrowableCache.get(figures);
  if (!found) {
    found = { subject: false, activity: false, level: false };
    for (const ind of figures) {
      if (ind.subject !== undefined) found.subject = true;
      if (ind.category === 'inspection' && isActivity(ind.measure)) found.activity = true;
      if (ind.category === 'congress' && ind.level !== undefined) found.level = true;
    }
    narrowableCache.set(figures, found);
  }
  return found;
}

const subjectCache = new WeakMap<readonly Indicator[], Map<string, readonly Indicator[]>>();

/** A group's figures left by a subject filter, kept with the group: a subject is switched back and forth. */
function ofSubject(group: readonly Indicator[], filters: Filters): readonly Indicator[] {
  let bySubject = subjectCache.get(group);
  if (!bySubject) subjectCache.set(group, (bySubject = new Map()));
  let found = bySubject.get(filters.subject);
  if (!found) bySubject.set(filters.subject, (found = group.filter(figureFilter(filters, ['subject']))));
  return found;
}

interface Selection {
  /** the group of the period and unit read */
  group: readonly Indicator[];
  /** the other filters that narrow it */
  rest: FilterAspect[];
  key: string;
}

function select(dataset: Dataset, categories: readonly Category[] | null, filters: Filters, reads: readonly FilterAspect[]): Selection {
  const period = reads.includes('period') ? filters.period : null;
  const unit = reads.includes('unit') ? filters.orgUnit : null;
  const group = figuresOf(dataset, categories, period, unit);
  const can = narrowable(group);
  const rest: FilterAspect[] = [];
  if (can.subject && reads.includes('subject') && filters.subject !== 'all') rest.push('subject');
  if (can.activity && reads.includes('activity') && filters.activities.length < ACTIVITIES.length) rest.push('activity');
  if (can.level && reads.includes('level') && filters.levels.length < LEVELS.length) rest.push('level');
  const key = [categories?.join(',') ?? '*', period ?? '', unit ?? '', ...rest.map((a) => `${a}=${aspectValue(filters, a)}`)].join('|');
  return { group, rest, key };
}

/**
 * The figures of these categories (every category: null) left by the filters among `reads`, in the file's order:
 * the same figures as applyFilters over them. Do not change the array: it may be the index's own.
 */
export function selectFigures(
  dataset: Dataset,
  categories: readonly Category[] | null,
  filters: Filters,
  reads: readonly FilterAspect[] = FILTER_ASPECTS,
): readonly Indicator[] {
  const { group, rest } = select(dataset, categories, filters, reads);
  const bySubject = rest.includes('subject') ? ofSubject(group, filters) : group;
  const others = rest.filter((a) => a !== 'subject');
  return others.length === 0 ? bySubject : bySubject.filter(figureFilter(filters, others));
}

/** Equal keys (for the same dataset), equal figures: what a panel's memo compares instead of every filter. */
export const selectionKey = (
  dataset: Dataset,
  categories: readonly Category[] | null,
  filters: Filters,
  reads: readonly FilterAspect[] = FILTER_ASPECTS,
): string => select(dataset, categories, filters, reads).key;
