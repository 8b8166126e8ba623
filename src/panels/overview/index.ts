import type { Category, Dataset } from '../../data/schema';
import type { FilterAspect, Filters } from '../../model/filters';
import { memoLast } from '../../model/memo-last';
import { selectFigures, selectionKey } from '../../model/select-figures';
import { definePanel } from '../define-panel';
import { OverviewStrip } from './OverviewStrip';
import { overviewSeries, type OverviewSeries } from './series';

const categories: readonly Category[] = ['inspection', 'congress'];
const reads: readonly FilterAspect[] = ['period', 'unit', 'subject', 'activity', 'level'];

/**
 * The key figures the strip shows under these filters: the strip's series, and the files made of the whole view
 * (slides, report, print) read the same object, computed once while the filters select the same figures.
 */
export const overviewOf = memoLast(
  (dataset: Dataset, filters: Filters): OverviewSeries => overviewSeries(dataset, selectFigures(dataset, categories, filters, reads)),
  (dataset, filters) => [dataset, selectionKey(dataset, categories, filters, reads)],
);

export const overviewPanel = definePanel<OverviewSeries>({
  id: 'overview',
  short: 'panel.overview.short',
  place: 'strip',
  categories,
  reads,
  series: ({ dataset, filters }) => overviewOf(dataset, filters),
  // key figures only when the file has some (a file of discipline figures alone has none)
  present: (dataset) => overviewSeries(dataset, dataset.indicators).tiles.length > 0,
  view: () => null,
  Component: OverviewStrip,
});
