import { definePanel } from '../define-panel';
import { ChartPanel } from '../PanelFrame';
import { PROGRAMME_CATEGORIES, programmeSeries, type ProgrammeSeries } from './series';
import { programmeView } from './view';

export const programmePanel = definePanel<ProgrammeSeries>({
  id: 'programme',
  short: 'panel.programme.short',
  place: 'grid',
  categories: PROGRAMME_CATEGORIES,
  reads: ['period', 'unit', 'subject'],
  series: ({ dataset, indicators, lang }) => programmeSeries(dataset, indicators, lang),
  view: programmeView,
  Component: ({ dataset, series, view }) => <ChartPanel dataset={dataset} view={view} others={series.others} />,
});
