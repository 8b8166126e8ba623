import { definePanel } from '../define-panel';
import { ChartPanel } from '../PanelFrame';
import { OTHER_CATEGORIES, otherSeries, type OtherSeries } from './series';
import { otherView } from './view';

/** Organisation work and any figure of no other part: listed in full with sources, left out when the file has none. */
export const otherPanel = definePanel<OtherSeries>({
  id: 'other',
  short: 'panel.other.short',
  place: 'grid',
  categories: OTHER_CATEGORIES,
  reads: ['period', 'unit', 'subject'],
  series: ({ dataset, indicators, lang }) => otherSeries(dataset, indicators, lang),
  view: otherView,
  Component: ({ dataset, view }) => <ChartPanel dataset={dataset} view={view} />,
});
