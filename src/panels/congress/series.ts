import { LEVELS, type Dataset, type Indicator, type Level } from '../../data/schema';
import { translate, type Lang } from '../../i18n/translate';
import { sliceKey, sliceLabeler, slicesOf } from '../../model/slices';

export interface CongressLevelRow {
  key: string;
  label: string;
  level: Level;
  value: number;
  /** how many had to hold one, when every figure of the row gives its whole (x of y); the report's levels give none */
  total?: number;
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

/** A congress held ahead of (or behind) its planned date. */
export interface PlanRow {
  key: string;
  label: string;
  /** days ahead of plan (negative: behind it) */
  daysAhead: number;
  source: Indicator;
}

export interface CongressSeries {
  levels: CongressLevelRow[];
  /** x of y figures other than the congresses held (consolidated organisations, listed organisations that held theirs) */
  completion: CompletionRow[];
  /** "held N days ahead of plan" figures */
  aheadOfPlan: Indicator[];
  /** the same, named by slice when several are shown */
  plan: PlanRow[];
  /** the rest of the congress figures (listed organisations, the congress's number, stated percentages) */
  others: Indicator[];
}

/** Congresses held at each level (x of y where the file gives the whole), other completion ratios, and the lead on plan. */
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
  for (const row of byKey.values()) {
    if (row.sources.every((s) => s.denominator !== undefined)) row.total = row.sources.reduce((sum, s) => sum + (s.denominator ?? 0), 0);
  }
  const sliceOrder = new Map(slices.map((s, i) => [s.key, i]));
  const levels = [...byKey.values()].sort(
    (a, b) =>
      LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
      (sliceOrder.get(sliceKey(a.sources[0]!)) ?? 0) - (sliceOrder.get(sliceKey(b.sources[0]!)) ?? 0),
  );
  // a congress-held figure with its whole is drawn in its level's row
  const isHeld = new Set(held);
  const ratios = congress.filter((i) => i.denominator !== undefined && !isHeld.has(i));
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
  const planSliceName = sliceLabeler(dataset, slicesOf(dataset, aheadOfPlan), lang);
  const plan = aheadOfPlan.map((i) => {
    const suffix = planSliceName(sliceKey(i));
    return { key: i.id, label: suffix ? `${i.label[lang]} · ${suffix}` : i.label[lang], daysAhead: i.value, source: i };
  });
  const used = new Set([...held, ...aheadOfPlan, ...completion.map((c) => c.source)]);
  return { levels, completion, aheadOfPlan, plan, others: congress.filter((i) => !used.has(i)) };
}
