import type { Dataset, Indicator, Subject } from '../../data/schema';
import { translate, type Lang } from '../../i18n/translate';
import { ACTIVITIES, indicatorsIn, subjectsShown, type Activity, type Filters, isActivity } from '../../model/filters';
import { sliceKeys, sliceLabeler, slicesOf } from '../../model/slices';
import { isDisciplineFigure } from '../discipline/series';

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
  /**
   * Inspection figures neither this chart nor the discipline panel draws (settlements, finance, thematic
   * supervision, measures the catalogue does not know, activities without a subject): listed under the chart.
   */
  others: Indicator[];
}

const isDrawn = (i: Indicator) => i.category === 'inspection' && isActivity(i.measure) && i.subject !== undefined;

/** The inspection figures this panel shows, drawn or listed (conclusions and discipline are the discipline panel's). */
export const isInspectionFigure = (i: Indicator) => i.category === 'inspection' && !isDisciplineFigure(i);

/** The file carries inspection figures other than conclusions and discipline: otherwise the panel is left out. */
export const hasInspectionFigures = (dataset: Dataset) => indicatorsIn(dataset, ['inspection']).some(isInspectionFigure);

/** Inspection and supervision: one row per activity (x period/unit when compared), organisations and members side by side. */
export function inspectionSeries(dataset: Dataset, filtered: readonly Indicator[], filters: Filters, lang: Lang): InspectionSeries {
  const relevant = filtered.filter(isDrawn);
  const slices = slicesOf(dataset, relevant);
  const sliceName = sliceLabeler(dataset, slices, lang);
  const sliceOf = sliceKeys();
  // activity -> slice -> row: no key string per figure
  const byActivity = new Map<Activity, Map<string, InspectionRow>>();
  const rowsMade: InspectionRow[] = [];
  for (const ind of relevant) {
    const activity = ind.measure as Activity;
    const slice = sliceOf(ind);
    let bySlice = byActivity.get(activity);
    if (!bySlice) byActivity.set(activity, (bySlice = new Map()));
    let row = bySlice.get(slice);
    if (!row) {
      const suffix = sliceName(slice);
      const name = translate(lang, `activity.${activity}`);
      const key = `${activity}|${slice}`;
      row = { key, label: suffix ? `${name} · ${suffix}` : name, activity, slice, organisation: null, member: null, sources: [] };
      bySlice.set(slice, row);
      rowsMade.push(row);
    }
    const subject = ind.subject as Subject;
    row[subject] = (row[subject] ?? 0) + ind.value;
    row.sources.push(ind);
  }
  const sliceOrder = new Map(slices.map((s, i) => [s.key, i]));
  const rows = rowsMade.sort(
    (a, b) =>
      ACTIVITIES.indexOf(a.activity) - ACTIVITIES.indexOf(b.activity) || (sliceOrder.get(a.slice) ?? 0) - (sliceOrder.get(b.slice) ?? 0),
  );
  const present = new Set(relevant.map((i) => i.subject));
  const others = filtered.filter((i) => isInspectionFigure(i) && !isDrawn(i));
  return { rows, subjects: subjectsShown(filters.subject).filter((s) => present.has(s)), others };
}
