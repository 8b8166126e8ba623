import { LEVELS, type Dataset, type Indicator, type Level } from '../../data/schema';
import { translate, type Lang } from '../../i18n/translate';
import { sliceKey, sliceLabeler, slicesOf } from '../../model/slices';

export interface CongressLevelRow {
  key: string;
  label: string;
  level: Level;
  value: number;
  sources: Indicator[];
}

export interface CompletionRow {
  key: string;
  label: string;
  done: number;
  /** what is left to reach the whole: denominator - done */
  remaining: number;
  total: number;
  share: number;
  /** done and remaining as percentages of the whole, so every ratio is drawn on the same 0-100% bar */
  donePercent: number;
  remainingPercent: number;
  source: Indicator;
}

export interface CongressSeries {
  levels: CongressLevelRow[];
  completion: CompletionRow[];
  /** "held N days ahead of plan" figures */
  aheadOfPlan: Indicator[];
  /** the rest of the congress figures (listed organisations, the congress's number, stated percentages) */
  others: Indicator[];
}

/** Congresses held at each level, completion ratios (x of y), and the city congress's lead on plan. */
export function congressSeries(dataset: Dataset, filtered: readonly Indicator[], lang: Lang): CongressSeries {
  const congress = filtered.filter((i) => i.category === 'congress');
  const held = congress.filter((i) => i.measure === 'congress-held' && i.level !== undefined);
  const slices = slicesOf(dataset, held);
  const sliceName = sliceLabeler(dataset, slices, lang);
  const byKey = new Map<string, CongressLevelRow>();
  for (const ind of held) {
    const level = ind.level as Level;
    const key = `${level}|${sliceKey(ind)}`;
    let row = byKey.get(key);
    if (!row) {
      const suffix = sliceName(sliceKey(ind));
      const name = translate(lang, `level.${level}`);
      row = { key, label: suffix ? `${name} · ${suffix}` : name, level, value: 0, sources: [] };
      byKey.set(key, row);
    }
    row.value += ind.value;
    row.sources.push(ind);
  }
  const sliceOrder = new Map(slices.map((s, i) => [s.key, i]));
  const levels = [...byKey.values()].sort(
    (a, b) =>
      LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
      (sliceOrder.get(sliceKey(a.sources[0]!)) ?? 0) - (sliceOrder.get(sliceKey(b.sources[0]!)) ?? 0),
  );
  const ratios = congress.filter((i) => i.denominator !== undefined);
  // Named among all the ratios shown, so the same figure for two periods or units gets two distinct labels.
  const ratioSliceName = sliceLabeler(dataset, slicesOf(dataset, ratios), lang);
  const completion = ratios.map((i) => {
    const total = i.denominator as number;
    const suffix = ratioSliceName(sliceKey(i));
    return {
      key: i.id,
      label: suffix ? `${i.label[lang]} · ${suffix}` : i.label[lang],
      done: i.value,
      remaining: total - i.value,
      total,
      share: i.value / total,
      donePercent: (100 * i.value) / total,
      remainingPercent: (100 * (total - i.value)) / total,
      source: i,
    };
  });
  const aheadOfPlan = congress.filter((i) => i.measure === 'days-ahead-of-plan');
  const used = new Set([...held, ...aheadOfPlan, ...completion.map((c) => c.source)]);
  return { levels, completion, aheadOfPlan, others: congress.filter((i) => !used.has(i)) };
}
