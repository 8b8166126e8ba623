import { LEVELS, type Dataset, type Indicator, type Level } from '../../data/schema';
import { translate, type Lang } from '../../i18n/translate';
import { sliceKeys, sliceLabeler, slicesOf } from '../../model/slices';

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
  const isHeld = (i: Indicator) => i.measure === 'congress-held' && i.level !== undefined;
  const held = congress.filter(isHeld);
  const slices = slicesOf(dataset, held);
  const sliceOf = sliceKeys();
  const sliceName = sliceLabeler(dataset, slices, lang);
  // level -> slice -> row: no key string per figure (a file can hold tens of thousands)
  const byLevel = new Map<Level, Map<string, CongressLevelRow>>();
  const rowsMade: { row: CongressLevelRow; slice: string }[] = [];
  for (const ind of held) {
    const level = ind.level as Level;
    const slice = sliceOf(ind);
    let bySlice = byLevel.get(level);
    if (!bySlice) byLevel.set(level, (bySlice = new Map()));
    let row = bySlice.get(slice);
    if (!row) {
      const suffix = sliceName(slice);
      const name = translate(lang, `level.${level}`);
      row = { key: `${level}|${slice}`, label: suffix ? `${name} · ${suffix}` : name, level, value: 0, sources: [] };
      bySlice.set(slice, row);
      rowsMade.push({ row, slice });
    }
    row.value += ind.value;
    row.sources.push(ind);
  }
  for (const { row } of rowsMade) {
    if (row.sources.every((s) => s.denominator !== undefined)) row.total = row.sources.reduce((sum, s) => sum + (s.denominator ?? 0), 0);
  }
  const sliceOrder = new Map(slices.map((s, i) => [s.key, i]));
  const levels = rowsMade
    .sort(
      (a, b) =>
        LEVELS.indexOf(a.row.level) - LEVELS.indexOf(b.row.level) || (sliceOrder.get(a.slice) ?? 0) - (sliceOrder.get(b.slice) ?? 0),
    )
    .map((r) => r.row);
  // a congress-held figure with its whole is drawn in its level's row
  const isRatio = (i: Indicator) => i.denominator !== undefined && !isHeld(i);
  const ratios = congress.filter(isRatio);
  // Named among all the ratios shown, so the same figure for two periods or units gets two distinct labels.
  const ratioSliceName = namedOnce(sliceLabeler(dataset, slicesOf(dataset, ratios), lang));
  const completion = ratios.map((i) => {
    const total = i.denominator as number;
    const suffix = ratioSliceName(sliceOf(i));
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
  const isAhead = (i: Indicator) => i.measure === 'days-ahead-of-plan';
  const aheadOfPlan = congress.filter(isAhead);
  const planSliceName = namedOnce(sliceLabeler(dataset, slicesOf(dataset, aheadOfPlan), lang));
  const plan = aheadOfPlan.map((i) => {
    const suffix = planSliceName(sliceOf(i));
    return { key: i.id, label: suffix ? `${i.label[lang]} · ${suffix}` : i.label[lang], daysAhead: i.value, source: i };
  });
  // every congress figure is held, a ratio (completion), ahead of plan, or one of the others
  return { levels, completion, aheadOfPlan, plan, others: congress.filter((i) => !isHeld(i) && !isAhead(i) && !isRatio(i)) };
}

/** A slice's name, worked out once per slice rather than once per figure. */
function namedOnce(name: (slice: string) => string): (slice: string) => string {
  const names = new Map<string, string>();
  return (slice) => {
    let found = names.get(slice);
    if (found === undefined) names.set(slice, (found = name(slice)));
    return found;
  };
}
