import { LEVELS, type Dataset, type Indicator } from '../data/schema';
import { translate, type Lang } from '../i18n/translate';
import { ACTIVITIES, type Filters } from './filters';
import { kindsOf } from './periods';

type Aspect = 'subject' | 'activity' | 'level';

/** The filters in effect, in words, for chart subtitles and exported images: "Năm 2020 · Đảng viên · Giám sát". */
export function describeFilters(
  dataset: Dataset,
  filters: Filters,
  lang: Lang,
  aspects: readonly Aspect[],
  shown: readonly Indicator[],
): string {
  const parts: string[] = [];
  // Name the periods and units actually drawn (a chart of 2020 figures says "Năm 2020"), up to three of each.
  const named = <T extends { id: string; label: Record<Lang, string> }>(
    all: readonly T[],
    ids: Set<string>,
    allKey: 'filters.allPeriods' | 'filters.allUnits',
  ) => {
    const present = all.filter((x) => ids.has(x.id));
    return present.length > 0 && present.length <= 3 ? present.map((x) => x.label[lang]).join(', ') : translate(lang, allKey);
  };
  // the periods and units shown, in one pass (a panel can show tens of thousands of figures)
  const periodsShown = new Set<string>();
  const unitsShown = new Set<string>();
  for (const i of shown) {
    periodsShown.add(i.period);
    unitsShown.add(i.orgUnit);
  }
  parts.push(named(dataset.periods, filters.period ? new Set([filters.period]) : periodsShown, 'filters.allPeriods'));
  parts.push(named(dataset.orgUnits, filters.orgUnit ? new Set([filters.orgUnit]) : unitsShown, 'filters.allUnits'));
  if (aspects.includes('subject')) {
    parts.push(
      filters.subject === 'all'
        ? `${translate(lang, 'subject.organisation')}, ${translate(lang, 'subject.member')}`
        : translate(lang, `subject.${filters.subject}`),
    );
  }
  if (aspects.includes('activity') && filters.activities.length < ACTIVITIES.length) {
    parts.push(filters.activities.map((a) => translate(lang, `activity.${a}`)).join(', '));
  }
  if (aspects.includes('level') && filters.levels.length < LEVELS.length) {
    parts.push(filters.levels.map((l) => translate(lang, `level.${l}`)).join(', '));
  }
  // a year beside a half year is not a comparison: say so wherever such figures are drawn together
  const kinds = kindsOf(dataset, periodsShown);
  if (kinds.length > 1)
    parts.push(translate(lang, 'compare.mixedKinds', { kinds: kinds.map((k) => translate(lang, `periodKind.${k}`)).join(', ') }));
  return parts.join(' · ');
}
