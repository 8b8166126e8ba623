import { useI18n } from '../../i18n/i18n-context';
import { formatValue } from '../../model/format';
import { definePanel } from '../define-panel';
import { ChartPanel } from '../PanelFrame';
import { congressSeries, type CongressSeries } from './series';
import { completionView, congressLevelsView } from './view';

// Two panels read the same congress figures: the congresses held by level, and completion against the whole.
const congress = {
  place: 'grid',
  categories: ['congress'],
  reads: ['period', 'unit', 'subject', 'level'],
  series: ({ dataset, indicators, lang }) => congressSeries(dataset, indicators, lang),
} as const satisfies Partial<Parameters<typeof definePanel<CongressSeries>>[0]>;

export const congressPanel = definePanel<CongressSeries>({
  ...congress,
  id: 'congress',
  short: 'panel.congress.short',
  view: congressLevelsView,
  Component: function CongressLevels({ dataset, series, view }) {
    const { lang, t } = useI18n();
    return (
      <ChartPanel dataset={dataset} view={view}>
        {series.aheadOfPlan.map((ind) => (
          <p key={ind.id} className="callout" data-indicator={ind.id}>
            <strong className="callout__value">{t('congress.aheadValue', { days: formatValue(lang, ind) })}</strong> {ind.label[lang]}
          </p>
        ))}
      </ChartPanel>
    );
  },
});

export const completionPanel = definePanel<CongressSeries>({
  ...congress,
  id: 'completion',
  short: 'panel.completion.short',
  view: completionView,
  Component: ({ dataset, series, view }) => <ChartPanel dataset={dataset} view={view} others={series.others} />,
});
