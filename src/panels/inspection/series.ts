import type { Dataset, Indicator, Subject } from '../../data/schema';
import { translate, type Lang } from '../../i18n/translate';
import { ACTIVITIES, subjectsShown, type Activity, type Filters } from '../../model/filters';
import { sliceKey, sliceLabeler, slicesOf } from '../../model/slices';

export interface InspectionRow {
  key: string;
  /** activity, plus period/unit when several are compared */
  label: string;
  activity: Activity;
  slice: string;
  organisation: number | null;
  member: number | null;
  sources: Indicator[];
}

export interface InspectionSeries {
  rows: InspectionRow[];
  subjects: Subject[];
}

const isActivity = (m: string): m is Activity => (ACTIVITIES as readonly string[]).includes(m);

/** Inspection and supervision: one row per activity (x period/unit when compared), organisations and members side by side. */
export function inspectionSeries(dataset: Dataset, filtered: readonly Indicator[], filters: Filters, lang: Lang): InspectionSeries {
  const relevant = filtered.filter((i) => i.category === 'inspection' && isActivity(i.measure) && i.subject !== undefined);
  const slices = slicesOf(dataset, relevant);
  const sliceName = sliceLabeler(dataset, slices, lang);
  const byKey = new Map<string, InspectionRow>();
  for (const ind of relevant) {
    const activity = ind.measure as Activity;
    const slice = sliceKey(ind);
    const key = `${activity}|${slice}`;
    let row = byKey.get(key);
    if (!row) {
      const suffix = sliceName(slice);
      const name = translate(lang, `activity.${activity}`);
      row = { key, label: suffix ? `${name} · ${suffix}` : name, activity, slice, organisation: null, member: null, sources: [] };
      byKey.set(key, row);
    }
    const subject = ind.subject as Subject;
    row[subject] = (row[subject] ?? 0) + ind.value;
    row.sources.push(ind);
  }
  const sliceOrder = new Map(slices.map((s, i) => [s.key, i]));
  const rows = [...byKey.values()].sort(
    (a, b) =>
      ACTIVITIES.indexOf(a.activity) - ACTIVITIES.indexOf(b.activity) || (sliceOrder.get(a.slice) ?? 0) - (sliceOrder.get(b.slice) ?? 0),
  );
  const present = new Set(relevant.map((i) => i.subject));
  return { rows, subjects: subjectsShown(filters.subject).filter((s) => present.has(s)) };
}
