import { COUNT_UNITS, type Dataset, type Indicator, type Unit } from '../../data/schema';
import type { Lang } from '../../i18n/translate';

export interface ProgrammeRow {
  key: string;
  label: string;
  value: number;
  period: string;
  source: Indicator;
}

/** The counted figures of one unit (goals, tasks, articles...): only these may share a scale. */
export interface ProgrammeGroup {
  unit: Unit;
  rows: ProgrammeRow[];
}

export interface ProgrammeSeries {
  /** counted items (conferences, resolutions, goals, tasks, articles...), programme before conference, then by period */
  counts: ProgrammeRow[];
  /** the same rows by unit counted, each unit where its first figure comes */
  groups: ProgrammeGroup[];
  /** figures that are not counts (1/3 of the time, ordinal numbers) shown as plain figures */
  others: Indicator[];
}

const countUnits: ReadonlySet<string> = new Set(COUNT_UNITS);
export const PROGRAMME_CATEGORIES = ['programme', 'conference'] as const;

/** The term programme, the next-year plan and the conference's own figures. */
export function programmeSeries(dataset: Dataset, filtered: readonly Indicator[], lang: Lang): ProgrammeSeries {
  const relevant = filtered.filter((i) => (PROGRAMME_CATEGORIES as readonly string[]).includes(i.category));
  const periodOrder = new Map(dataset.periods.map((p, i) => [p.id, i]));
  const periodName = new Map(dataset.periods.map((p) => [p.id, p.label[lang]]));
  const unitName = new Map(dataset.orgUnits.map((u) => [u.id, u.label[lang]]));
  const isCounted = (i: Indicator) => countUnits.has(i.unit) && i.denominator === undefined;
  const counted = relevant.filter(isCounted);
  // The unit is named only when several are shown, so two units' "4 goals" stay apart.
  const severalUnits = new Set(counted.map((i) => i.orgUnit)).size > 1;
  const where = (i: Indicator) => {
    const period = periodName.get(i.period) ?? i.period;
    return severalUnits ? `${period} · ${unitName.get(i.orgUnit) ?? i.orgUnit}` : period;
  };
  // Ranked once per row (category, then period), not in every comparison: files can hold tens of thousands.
  const rank = (i: Indicator) =>
    PROGRAMME_CATEGORIES.indexOf(i.category as (typeof PROGRAMME_CATEGORIES)[number]) * 1e6 + (periodOrder.get(i.period) ?? 0);
  // in rank order, the file's order within a rank (as a stable sort would give): one pass into a list per rank
  const byRank = new Map<number, ProgrammeRow[]>();
  for (const i of counted) {
    const row = { key: i.id, label: `${i.label[lang]} (${where(i)})`, value: i.value, period: i.period, source: i };
    const r = rank(i);
    const list = byRank.get(r);
    if (list) list.push(row);
    else byRank.set(r, [row]);
  }
  const counts = [...byRank.keys()].sort((a, b) => a - b).flatMap((r) => byRank.get(r)!);
  const groups = new Map<Unit, ProgrammeGroup>();
  for (const row of counts) {
    const unit = row.source.unit;
    const group = groups.get(unit) ?? { unit, rows: [] };
    group.rows.push(row);
    groups.set(unit, group);
  }
  return { counts, groups: [...groups.values()], others: relevant.filter((i) => !isCounted(i)) };
}
