import type { Dataset, Period, PeriodKind } from '../data/schema';
import type { Lang } from '../i18n/translate';
import { formatNumber } from './format';

const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/** How long a period is: as the file says, else read from its dates (1, 3, 6, 9, 12 months; longer is a term). */
export function periodKind(period: Pick<Period, 'start' | 'end' | 'kind'>): PeriodKind {
  if (period.kind) return period.kind;
  const months = monthIndex(period.end) - monthIndex(period.start) + 1;
  if (months <= 1) return 'month';
  if (months <= 3) return 'quarter';
  if (months <= 6) return 'half-year';
  if (months <= 9) return 'nine-months';
  if (months <= 12) return 'year';
  return 'term';
}

/** The kinds of the given periods, each once, in the file's order. */
export function kindsOf(dataset: Dataset, periodIds: Iterable<string>): PeriodKind[] {
  const wanted = new Set(periodIds);
  return [...new Set(dataset.periods.filter((p) => wanted.has(p.id)).map(periodKind))];
}

/**
 * The period a figure is compared with: the latest earlier period of the same kind that covers the same part of
 * its year (H1 with H1, Q3 with Q3, a year with a year); null when the file has none.
 */
export function previousComparable(dataset: Dataset, periodId: string): Period | null {
  const period = dataset.periods.find((p) => p.id === periodId);
  if (!period) return null;
  const kind = periodKind(period);
  const sameSpan = (p: Period) => kind === 'term' || p.start.slice(5) === period.start.slice(5);
  const earlier = dataset.periods.filter((p) => p !== period && periodKind(p) === kind && p.end < period.start && sameSpan(p));
  earlier.sort((a, b) => b.end.localeCompare(a.end));
  return earlier[0] ?? null;
}

/**
 * A (period|unit) slice key's counterpart in the earlier comparable period (same unit), with that period; null
 * when the file has no such period.
 */
export function earlierSlice(dataset: Dataset, slice: string): { slice: string; period: Period } | null {
  const [period = '', unit = ''] = slice.split('|');
  const earlier = previousComparable(dataset, period);
  return earlier ? { slice: `${earlier.id}|${unit}`, period: earlier } : null;
}

export interface Change {
  delta: number;
  /** null when the earlier value is 0 */
  ratio: number | null;
  from: Period;
}

/** The change from the earlier value to this one. */
export const changeFrom = (before: number, now: number, from: Period): Change => ({
  delta: now - before,
  ratio: before === 0 ? null : (now - before) / before,
  from,
});

/** "+82; +6,8%" (or "−12; −3,1%"; "+5" when the earlier value was 0): the change, signed, in numbers and percent. */
export function formatChange(lang: Lang, change: Change): string {
  const sign = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '±');
  const number = `${sign(change.delta)}${formatNumber(lang, Math.abs(change.delta))}`;
  if (change.ratio === null) return number;
  const percent = `${sign(change.ratio)}${formatNumber(lang, Math.round(Math.abs(change.ratio) * 1000) / 10)}%`;
  return `${number}; ${percent}`;
}
