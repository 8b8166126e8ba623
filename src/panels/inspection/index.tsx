import { definePanel } from '../define-panel';
import { ChartPanel } from '../PanelFrame';
import { hasInspectionFigures, inspectionSeries, type InspectionSeries } from './series';
import { inspectionView } from './view';

export const inspectionPanel = definePanel<InspectionSeries>({
  id: 'inspection',
  short: 'panel.inspection.short',
  place: 'grid',
  categories: ['inspection'],
  reads: ['period', 'unit', 'subject', 'activity'],
  present: hasInspectionFigures,
  series: ({ dataset, indicators, filters, lang }) => inspectionSeries(dataset, indicators, filters, lang),
  view: inspectionView,
  Component: ({ dataset, series, view }) => <ChartPanel dataset={dataset} view={view} others={series.others} />,
});
