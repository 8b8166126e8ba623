import { definePanel } from '../define-panel';
import { ChartPanel } from '../PanelFrame';
import { congressSeries, type CongressSeries } from './series';
import { congressView } from './view';

/** Did every level hold its congress, on time: held by level, completion against the whole, the date against plan. */
export const congressPanel = definePanel<CongressSeries>({
  id: 'congress',
  short: 'panel.congress.short',
  place: 'grid',
  categories: ['congress'],
  reads: ['period', 'unit', 'subject', 'level'],
  series: ({ dataset, indicators, lang }) => congressSeries(dataset, indicators, lang),
  view: congressView,
  Component: ({ dataset, series, view }) => <ChartPanel dataset={dataset} view={view} others={series.others} />,
});
