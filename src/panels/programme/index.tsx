import { useI18n } from '../../i18n/i18n-context';
import { definePanel } from '../define-panel';
import { FigureList } from '../FigureList';
import { PanelFrame } from '../PanelFrame';
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
  Component: function Programme({ dataset, series, view }) {
    const { t } = useI18n();
    if (!view) return null;
    return (
      <PanelFrame view={view} dataset={dataset}>
        <FigureList dataset={dataset} indicators={series.others} heading={t('panel.otherFigures')} />
      </PanelFrame>
    );
  },
});
