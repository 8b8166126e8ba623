import type { Dataset, Indicator } from '../data/schema';
import type { Lang } from '../i18n/translate';

/** A (period, unit) pair: the thing panels compare when a dataset holds more than one. */
export interface Slice {
  key: string;
  period: string;
  orgUnit: string;
}

export const sliceKey = (ind: Pick<Indicator, 'period' | 'orgUnit'>) => `${ind.period}|${ind.orgUnit}`;

/**
 * sliceKey for many figures: each key is built once per period and unit, not once per figure (a file can hold
 * 100k), and the same string is returned each time, so maps keyed by it are quick to read.
 */
export function sliceKeys(): (ind: Pick<Indicator, 'period' | 'orgUnit'>) => string {
  const byPeriod = new Map<string, Map<string, string>>();
  return (ind) => {
    let byUnit = byPeriod.get(ind.period);
    if (!byUnit) byPeriod.set(ind.period, (byUnit = new Map()));
    let key = byUnit.get(ind.orgUnit);
    if (key === undefined) byUnit.set(ind.orgUnit, (key = sliceKey(ind)));
    return key;
  };
}

/** Distinct slices of the indicators, in the dataset's period order then unit order. */
export function slicesOf(dataset: Dataset, indicators: readonly Indicator[]): Slice[] {
  // the units of each period, without a key string per figure
  const present = new Map<string, Set<string>>();
  for (const ind of indicators) {
    const units = present.get(ind.period);
    if (units) units.add(ind.orgUnit);
    else present.set(ind.period, new Set([ind.orgUnit]));
  }
  const out: Slice[] = [];
  for (const p of dataset.periods) {
    const units = present.get(p.id);
    if (!units) continue;
    for (const u of dataset.orgUnits) {
      if (units.has(u.id)) out.push({ key: `${p.id}|${u.id}`, period: p.id, orgUnit: u.id });
    }
  }
  return out;
}

/** "Năm 2020 · Quận Ba Đình": only the parts that vary among the slices shown. */
export function sliceLabeler(dataset: Dataset, slices: readonly Slice[], lang: Lang): (key: string) => string {
  const periods = new Set(slices.map((s) => s.period));
  const units = new Set(slices.map((s) => s.orgUnit));
  const periodLabel = new Map(dataset.periods.map((p) => [p.id, p.label[lang]]));
  const unitLabel = new Map(dataset.orgUnits.map((u) => [u.id, u.label[lang]]));
  return (key) => {
    const [period = '', unit = ''] = key.split('|');
    const parts: string[] = [];
    if (periods.size > 1) parts.push(periodLabel.get(period) ?? period);
    if (units.size > 1) parts.push(unitLabel.get(unit) ?? unit);
    return parts.join(' · ');
  };
}

/**
 * The slice a single-number view (the overview) shows: the chosen period and unit, else the
 * latest period and the first (top) unit that have data.
 */
export function focusSlice(dataset: Dataset, indicators: readonly Indicator[]): Slice | null {
  const slices = slicesOf(dataset, indicators);
  if (slices.length === 0) return null;
  const endOf = new Map(dataset.periods.map((p) => [p.id, p.end]));
  const unitOrder = new Map(dataset.orgUnits.map((u, i) => [u.id, i]));
  return [...slices].sort(
    (a, b) =>
      (unitOrder.get(a.orgUnit) ?? 0) - (unitOrder.get(b.orgUnit) ?? 0) ||
      (endOf.get(b.period) ?? '').localeCompare(endOf.get(a.period) ?? ''),
  )[0]!;
}
