import { definePanel } from '../define-panel';
import { OverviewStrip } from './OverviewStrip';
import { overviewSeries, type OverviewSeries } from './series';

export const overviewPanel = definePanel<OverviewSeries>({
  id: 'overview',
  short: 'panel.overview.short',
  place: 'strip',
  categories: ['inspection', 'congress'],
  reads: ['period', 'unit', 'subject', 'activity', 'level'],
  series: ({ dataset, indicators }) => overviewSeries(dataset, indicators),
  // key figures only when the file has some (a file of discipline figures alone has none)
  present: (dataset) => overviewSeries(dataset, dataset.indicators).tiles.length > 0,
  view: () => null,
  Component: OverviewStrip,
});
