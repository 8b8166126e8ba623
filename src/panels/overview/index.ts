import type { Category, Dataset } from '../../data/schema';
import type { FilterAspect, Filters } from '../../model/filters';
import { selectFigures } from '../../model/select-figures';
import { definePanel } from '../define-panel';
import { OverviewStrip } from './OverviewStrip';
import { overviewSeries, type OverviewSeries } from './series';

const categories: readonly Category[] = ['inspection', 'congress'];
const reads: readonly FilterAspect[] = ['period', 'unit', 'subject', 'activity', 'level'];

export const overviewPanel = definePanel<OverviewSeries>({
  id: 'overview',
  short: 'panel.overview.short',
  place: 'strip',
  categories,
  reads,
  series: ({ dataset, indicators }) => overviewSeries(dataset, indicators),
  // key figures only when the file has some (a file of discipline figures alone has none)
  present: (dataset) => overviewSeries(dataset, dataset.indicators).tiles.length > 0,
  view: () => null,
  Component: OverviewStrip,
});

/** The key figures the strip shows under these filters, for files made of the whole view (slides, report, print). */
export const overviewOf = (dataset: Dataset, filters: Filters): OverviewSeries =>
  overviewSeries(dataset, selectFigures(dataset, categories, filters, reads));
