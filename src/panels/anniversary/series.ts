import type { Dataset, Indicator } from '../../data/schema';
import type { Lang } from '../../i18n/translate';

export interface AnniversaryRow {
  key: string;
  label: string;
  /** "N years" as the report states it */
  years: number;
  /** the founding year, computed from the anniversary year and N (marked as computed) */
  originYear: number | null;
  /** the year of the anniversary: the start of the indicator's period */
  anniversaryYear: number;
  source: Indicator;
  computed: Indicator | null;
}

/** Anniversaries on a timeline: what the report states (N years) beside the origin year we compute. */
export function anniversarySeries(dataset: Dataset, filtered: readonly Indicator[], lang: Lang): AnniversaryRow[] {
  const relevant = filtered.filter((i) => i.category === 'anniversary');
  const originOf = new Map<string, Indicator>();
  for (const i of relevant) {
    const from = i.computed?.from[0];
    if (i.measure === 'origin-year' && from) originOf.set(from, i);
  }
  const startYear = new Map(dataset.periods.map((p) => [p.id, Number(p.start.slice(0, 4))]));
  return relevant
    .filter((i) => i.measure === 'anniversary-years')
    .map((i) => {
      const computed = originOf.get(i.id) ?? null;
      return {
        key: i.id,
        label: i.label[lang],
        years: i.value,
        originYear: computed ? computed.value : null,
        anniversaryYear: startYear.get(i.period) ?? 0,
        source: i,
        computed,
      };
    })
    .sort((a, b) => (a.originYear ?? a.anniversaryYear) - (b.originYear ?? b.anniversaryYear));
}
