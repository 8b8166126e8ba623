import type { Category, Dataset, Indicator } from '../data/schema';

/**
 * A dataset's figures grouped by the categories a panel shows, then by period and unit: each group is found by one
 * pass over its parent the first time it is asked for and kept with the dataset (a file can hold 100k figures and a
 * filter change should not walk them all). Groups keep the file's order. At most one group per scope, period and
 * unit, so the memory taken is bounded by the file, not by the number of filter changes.
 */
interface Scope {
  /** every figure of the scope's categories */
  all: readonly Indicator[];
  /** `${period}\n${unit}` ('' for any) -> the scope's figures of that period and unit */
  groups: Map<string, readonly Indicator[]>;
}

const scopes = new WeakMap<Dataset, Map<string, Scope>>();

/** The scope of every figure of the file ('*'), or of these categories, in the order given. */
const scopeKey = (categories: readonly Category[] | null) => (categories === null ? '*' : categories.join(','));

function scopeOf(dataset: Dataset, categories: readonly Category[] | null): Scope {
  let byKey = scopes.get(dataset);
  if (!byKey) {
    byKey = new Map();
    scopes.set(dataset, byKey);
  }
  const key = scopeKey(categories);
  let scope = byKey.get(key);
  if (!scope) {
    let all: readonly Indicator[];
    if (categories === null) all = dataset.indicators;
    else if (categories.length === 1) {
      const category = categories[0];
      all = dataset.indicators.filter((i) => i.category === category);
    } else {
      const wanted: ReadonlySet<string> = new Set(categories);
      all = dataset.indicators.filter((i) => wanted.has(i.category));
    }
    scope = { all, groups: new Map() };
    byKey.set(key, scope);
  }
  return scope;
}

function group(scope: Scope, period: string | null, unit: string | null): readonly Indicator[] {
  if (period === null && unit === null) return scope.all;
  const key = `${period ?? ''}\n${unit ?? ''}`;
  let found = scope.groups.get(key);
  if (!found) {
    // a period and a unit: narrowed from the period's group, which later changes of unit share
    found =
      period !== null && unit !== null
        ? group(scope, period, null).filter((i) => i.orgUnit === unit)
        : period !== null
          ? scope.all.filter((i) => i.period === period)
          : scope.all.filter((i) => i.orgUnit === unit);
    scope.groups.set(key, found);
  }
  return found;
}

/**
 * The figures of these categories (every category: null) of one period and one unit (null: any), in the file's
 * order. The same array is returned each time: do not change it.
 */
export function figuresOf(
  dataset: Dataset,
  categories: readonly Category[] | null,
  period: string | null = null,
  unit: string | null = null,
): readonly Indicator[] {
  return group(scopeOf(dataset, categories), period, unit);
}

/** A dataset's indicators of the given categories, in the file's order, grouped once per dataset. */
export const indicatorsIn = (dataset: Dataset, categories: readonly Category[]): readonly Indicator[] => figuresOf(dataset, categories);
