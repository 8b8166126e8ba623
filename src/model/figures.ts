import { CATEGORIES, type Category, type Dataset, type Indicator } from '../data/schema';

export interface FigureGroup {
  category: Category;
  indicators: Indicator[];
}

/** Indicators grouped by category, in the schema's category order, each group in dataset order. */
export function groupByCategory(indicators: readonly Indicator[]): FigureGroup[] {
  return CATEGORIES.map((category) => ({ category, indicators: indicators.filter((i) => i.category === category) })).filter(
    (g) => g.indicators.length > 0,
  );
}

export function periodLabel(dataset: Dataset, periodId: string, lang: 'vi' | 'en'): string {
  return dataset.periods.find((p) => p.id === periodId)?.label[lang] ?? periodId;
}

export function orgUnitLabel(dataset: Dataset, unitId: string, lang: 'vi' | 'en'): string {
  return dataset.orgUnits.find((u) => u.id === unitId)?.label[lang] ?? unitId;
}
