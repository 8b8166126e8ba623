import { definePanel } from '../define-panel';
import { ChartPanel } from '../PanelFrame';
import { anniversarySeries, type AnniversaryRow } from './series';
import { anniversaryView } from './view';

export const anniversaryPanel = definePanel<AnniversaryRow[]>({
  id: 'anniversary',
  short: 'panel.anniversary.short',
  place: 'grid',
  categories: ['anniversary'],
  reads: ['period', 'unit', 'subject'],
  series: ({ dataset, indicators, lang }) => anniversarySeries(dataset, indicators, lang),
  view: anniversaryView,
  Component: ({ dataset, view }) => <ChartPanel dataset={dataset} view={view} />,
});
