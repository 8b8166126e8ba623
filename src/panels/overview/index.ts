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
  view: () => null,
  Component: OverviewStrip,
});
