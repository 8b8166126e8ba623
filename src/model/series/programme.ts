import { COUNT_UNITS, type Dataset, type Indicator } from '../../data/schema';
import type { Lang } from '../../i18n/translate';
import { orgUnitLabel, periodLabel } from '../figures';

export interface ProgrammeRow {
  key: string;
  label: string;
  value: number;
  period: string;
  source: Indicator;
}

export interface ProgrammeSeries {
  /** counted items (conferences, resolutions, goals, tasks, articles...), one bar each */
  counts: ProgrammeRow[];
  /** figures that are not counts (1/3 of the time, ordinal numbers) shown as plain figures */
  others: Indicator[];
}

const countUnits: ReadonlySet<string> = new Set(COUNT_UNITS);
export const PROGRAMME_CATEGORIES = ['programme', 'conference'] as const;

/** The term programme, the next-year plan and the conference's own figures. */
export function programmeSeries(dataset: Dataset, filtered: readonly Indicator[], lang: Lang): ProgrammeSeries {
  const relevant = filtered.filter((i) => (PROGRAMME_CATEGORIES as readonly string[]).includes(i.category));
  const periodOrder = new Map(dataset.periods.map((p, i) => [p.id, i]));
  const counted = relevant.filter((i) => countUnits.has(i.unit) && i.denominator === undefined);
  // The unit is named only when several are shown, so two units' "4 goals" stay apart.
  const severalUnits = new Set(counted.map((i) => i.orgUnit)).size > 1;
  const where = (i: Indicator) => (severalUnits ? `${periodLabel(dataset, i.period, lang)} · ${orgUnitLabel(dataset, i.orgUnit, lang)}` : periodLabel(dataset, i.period, lang));
  const counts = counted
    .map((i) => ({ key: i.id, label: `${i.label[lang]} (${where(i)})`, value: i.value, period: i.period, source: i }))
    .sort(
      (a, b) =>
        PROGRAMME_CATEGORIES.indexOf(a.source.category as (typeof PROGRAMME_CATEGORIES)[number]) -
          PROGRAMME_CATEGORIES.indexOf(b.source.category as (typeof PROGRAMME_CATEGORIES)[number]) ||
        (periodOrder.get(a.period) ?? 0) - (periodOrder.get(b.period) ?? 0),
    );
  const drawn = new Set(counts.map((c) => c.source));
  return { counts, others: relevant.filter((i) => !drawn.has(i)) };
}
