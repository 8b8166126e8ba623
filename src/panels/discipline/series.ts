import { COUNT_UNITS, type Dataset, type Indicator, type Subject } from '../../data/schema';
import type { Lang } from '../../i18n/translate';
import { indicatorsIn, subjectsShown, type Filters } from '../../model/filters';
import { measuresOf } from '../../model/measures';
import { sliceKey, sliceLabeler, slicesOf } from '../../model/slices';

/** From checked to disciplined, in the order the inspection commission's templates report them. */
export const STEPS = ['violation-checked', 'violation-concluded', 'discipline-required', 'disciplined'] as const;
export type Step = (typeof STEPS)[number];
/** The forms of discipline, lightest first (the catalogue's order): parts of the disciplined total. */
export const FORMS: readonly string[] = measuresOf('discipline-form');
const COMMITTEE: ReadonlySet<string> = new Set(measuresOf('discipline-of-whom'));
const FORM_SET: ReadonlySet<string> = new Set(FORMS);

/**
 * The measures this panel alone draws: conclusions, discipline, its forms and "of whom committee members". Checks on
 * signs of violation are the inspection panel's figures too; this panel draws them only beside conclusions.
 */
export const DISCIPLINE_MEASURES: ReadonlySet<string> = new Set([
  ...measuresOf('conclusion'),
  ...measuresOf('discipline'),
  ...FORMS,
  ...COMMITTEE,
]);

export const isDisciplineFigure = (ind: Indicator) => ind.category === 'inspection' && DISCIPLINE_MEASURES.has(ind.measure);

/** The file carries conclusions or discipline: otherwise the panel is left out. */
export const hasDisciplineFigures = (dataset: Dataset) => indicatorsIn(dataset, ['inspection']).some(isDisciplineFigure);

/** One figure of a group: the file's figure, or the sum of several of the same measure (several levels, say). */
export interface Figure {
  value: number;
  /** the "y" of "x of y" when every figure summed gives one */
  denominator: number | null;
  sources: Indicator[];
}

export interface FormPart extends Figure {
  measure: string;
}

/**
 * How the forms stand to the disciplined total: `equal` they add up to it; `below` they add up to less (the rest
 * has no form in the file); `above` to more (the file does not add up); `no-total` the file gives forms only.
 */
export type FormsCheck = 'none' | 'equal' | 'below' | 'above' | 'no-total';

/** One subject in one period and unit: its chain from checked to disciplined. */
export interface DisciplineGroup {
  key: string;
  subject: Subject;
  slice: string;
  /** the period and unit in words when several are shown, else '' */
  sliceLabel: string;
  steps: Partial<Record<Step, Figure>>;
  /** forms given, in the catalogue's order */
  forms: FormPart[];
  formsSum: number;
  check: FormsCheck;
  /** "of whom committee members" */
  committee: Figure | null;
}

export interface DisciplineSeries {
  groups: DisciplineGroup[];
  /** subjects drawn, organisations first */
  subjects: Subject[];
  /** figures of the panel that are not drawn (no subject, or not a count): listed under the chart */
  others: Indicator[];
  /** every figure of the panel, drawn or listed: its table */
  figures: Indicator[];
}

const countUnits: ReadonlySet<string> = new Set(COUNT_UNITS);

function add(figure: Figure | null | undefined, ind: Indicator): Figure {
  const next = figure ?? { value: 0, denominator: 0, sources: [] };
  return {
    value: next.value + ind.value,
    denominator: next.denominator !== null && ind.denominator !== undefined ? next.denominator + ind.denominator : null,
    sources: [...next.sources, ind],
  };
}

function checkForms(total: Figure | undefined, forms: readonly FormPart[], sum: number): FormsCheck {
  if (forms.length === 0) return 'none';
  if (!total) return 'no-total';
  return sum === total.value ? 'equal' : sum < total.value ? 'below' : 'above';
}

/**
 * Conclusions and discipline, organisations and members apart: for each subject (and period and unit when several),
 * checked on signs of violation -> concluded to have violated -> must be disciplined -> disciplined, the forms of
 * discipline as parts of the disciplined total, and of whom committee members.
 */
export function disciplineSeries(dataset: Dataset, filtered: readonly Indicator[], filters: Filters, lang: Lang): DisciplineSeries {
  const mine = filtered.filter(
    (i) => i.category === 'inspection' && (DISCIPLINE_MEASURES.has(i.measure) || i.measure === 'violation-checked'),
  );
  const drawable = (i: Indicator) => i.subject !== undefined && countUnits.has(i.unit);
  const wanted = new Set(subjectsShown(filters.subject));
  const drawn = mine.filter((i) => drawable(i) && wanted.has(i.subject!));
  // a check on signs of violation is drawn only where the file says what came of it
  const withOutcome = new Set(drawn.filter((i) => DISCIPLINE_MEASURES.has(i.measure)).map((i) => `${i.subject}|${sliceKey(i)}`));
  const chained = drawn.filter((i) => withOutcome.has(`${i.subject}|${sliceKey(i)}`));
  const slices = slicesOf(dataset, chained);
  const sliceName = sliceLabeler(dataset, slices, lang);

  const byKey = new Map<string, DisciplineGroup & { formMap: Map<string, FormPart> }>();
  for (const ind of chained) {
    const subject = ind.subject!;
    const slice = sliceKey(ind);
    const key = `${subject}|${slice}`;
    let group = byKey.get(key);
    if (!group) {
      group = {
        key,
        subject,
        slice,
        sliceLabel: sliceName(slice),
        steps: {},
        forms: [],
        formsSum: 0,
        check: 'none',
        committee: null,
        formMap: new Map(),
      };
      byKey.set(key, group);
    }
    if ((STEPS as readonly string[]).includes(ind.measure)) {
      const step = ind.measure as Step;
      group.steps[step] = add(group.steps[step], ind);
    } else if (FORM_SET.has(ind.measure)) {
      group.formMap.set(ind.measure, { measure: ind.measure, ...add(group.formMap.get(ind.measure), ind) });
    } else if (COMMITTEE.has(ind.measure)) {
      group.committee = add(group.committee, ind);
    }
  }

  const subjectOrder = subjectsShown('all');
  const sliceOrder = new Map(slices.map((s, i) => [s.key, i]));
  const groups = [...byKey.values()]
    .sort(
      (a, b) =>
        subjectOrder.indexOf(a.subject) - subjectOrder.indexOf(b.subject) ||
        (sliceOrder.get(a.slice) ?? 0) - (sliceOrder.get(b.slice) ?? 0),
    )
    .map(({ formMap, ...group }) => {
      const forms = FORMS.flatMap((m) => formMap.get(m) ?? []);
      const formsSum = forms.reduce((sum, f) => sum + f.value, 0);
      return { ...group, forms, formsSum, check: checkForms(group.steps.disciplined, forms, formsSum) };
    });

  const shownSubjects = new Set(groups.map((g) => g.subject));
  const used = new Set(chained);
  // subject-less or uncounted figures of the panel are listed; a lone check on signs of violation is the inspection panel's
  const others = mine.filter(
    (i) => !used.has(i) && DISCIPLINE_MEASURES.has(i.measure) && (i.subject === undefined || wanted.has(i.subject)),
  );
  // the table lists the figures as the chart reads them: group by group, step by step
  const inOrder = groups.flatMap((g) => [
    ...STEPS.flatMap((step) => g.steps[step]?.sources ?? []),
    ...g.forms.flatMap((f) => f.sources),
    ...(g.committee?.sources ?? []),
  ]);
  return {
    groups,
    subjects: subjectsShown(filters.subject).filter((s) => shownSubjects.has(s)),
    others,
    figures: [...inOrder, ...others],
  };
}
