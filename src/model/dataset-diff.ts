import type { Dataset, Indicator } from '../data/schema';

/** The fields of a figure a person checks before replacing the dataset on screen, in the order the preview lists them. */
export const DIFF_FIELDS = ['value', 'denominator', 'label', 'unit', 'period', 'orgUnit'] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export interface ChangedFigure {
  id: string;
  before: Indicator;
  after: Indicator;
  /** which of DIFF_FIELDS differ, in that order (never empty) */
  fields: DiffField[];
}

/** What a new file changes against the dataset on screen, figure by figure (matched by indicator id). */
export interface DatasetDiff {
  /** in the new file only, in its order */
  added: Indicator[];
  /** in both, with a different value, denominator, label, unit, period or unit of the organisation; in the new file's order */
  changed: ChangedFigure[];
  /** in the dataset on screen only, in its order */
  removed: Indicator[];
  /** in both, with none of DIFF_FIELDS changed */
  unchanged: number;
}

const sameField = (a: Indicator, b: Indicator, field: DiffField): boolean =>
  field === 'label' ? a.label.vi === b.label.vi && a.label.en === b.label.en : a[field] === b[field];

/** The fields of DIFF_FIELDS that differ between two versions of one figure. */
export function changedFields(before: Indicator, after: Indicator): DiffField[] {
  return DIFF_FIELDS.filter((field) => !sameField(before, after, field));
}

/** Figures of `after` against those of `before` (absent: nothing on screen, so every figure is new). Pure. */
export function diffDatasets(before: Pick<Dataset, 'indicators'> | undefined, after: Pick<Dataset, 'indicators'>): DatasetDiff {
  const old = new Map((before?.indicators ?? []).map((ind) => [ind.id, ind]));
  const kept = new Set<string>();
  const added: Indicator[] = [];
  const changed: ChangedFigure[] = [];
  let unchanged = 0;
  for (const ind of after.indicators) {
    const previous = old.get(ind.id);
    if (!previous) {
      added.push(ind);
      continue;
    }
    kept.add(ind.id);
    const fields = changedFields(previous, ind);
    if (fields.length > 0) changed.push({ id: ind.id, before: previous, after: ind, fields });
    else unchanged++;
  }
  const removed = (before?.indicators ?? []).filter((ind) => !kept.has(ind.id));
  return { added, changed, removed, unchanged };
}
