import { COUNT_UNITS, type Dataset, type Indicator, type Unit } from '../../data/schema';
import type { Lang } from '../../i18n/translate';
import { sliceKey, sliceLabeler, slicesOf } from '../../model/slices';

/** Organisation work (new members, weak units consolidated) and figures of no other part. */
export const OTHER_CATEGORIES = ['organisation', 'other'] as const;

export interface OtherRow {
  key: string;
  /** the file's own label, with the period and unit when several are shown */
  label: string;
  /** a count that may share a bar scale with the other counts of its group */
  counted: boolean;
  source: Indicator;
}

/** The figures of one unit of measure: only these may share a scale. */
export interface OtherGroup {
  unit: Unit;
  /** every row of the group has one period (bars compare like with like only then) */
  onePeriod: boolean;
  rows: OtherRow[];
}

export interface OtherSeries {
  /** by unit of measure, each where its first figure comes, category by category */
  groups: OtherGroup[];
  /** every figure of the panel, in the groups' order: its table */
  figures: Indicator[];
}

const countUnits: ReadonlySet<string> = new Set(COUNT_UNITS);

/** Every figure of the categories `organisation` and `other`, grouped by the unit counted; none is left out. */
export function otherSeries(dataset: Dataset, filtered: readonly Indicator[], lang: Lang): OtherSeries {
  const relevant = filtered.filter((i) => (OTHER_CATEGORIES as readonly string[]).includes(i.category));
  const sliceName = sliceLabeler(dataset, slicesOf(dataset, relevant), lang);
  const ordered = [...relevant].sort(
    (a, b) => OTHER_CATEGORIES.indexOf(a.category as never) - OTHER_CATEGORIES.indexOf(b.category as never),
  );
  const groups = new Map<Unit, OtherGroup>();
  for (const ind of ordered) {
    const where = sliceName(sliceKey(ind));
    const group = groups.get(ind.unit) ?? { unit: ind.unit, onePeriod: true, rows: [] };
    if (group.rows.length > 0 && group.rows[0]!.source.period !== ind.period) group.onePeriod = false;
    group.rows.push({
      key: ind.id,
      label: where ? `${ind.label[lang]} (${where})` : ind.label[lang],
      counted: countUnits.has(ind.unit) && ind.denominator === undefined,
      source: ind,
    });
    groups.set(ind.unit, group);
  }
  const list = [...groups.values()];
  return { groups: list, figures: list.flatMap((g) => g.rows.map((r) => r.source)) };
}
