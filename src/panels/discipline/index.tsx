import { useI18n } from '../../i18n/i18n-context';
import { definePanel } from '../define-panel';
import { ChartPanel } from '../PanelFrame';
import type { PanelProps } from '../panel-view';
import { disciplineSeries, hasDisciplineFigures, type DisciplineSeries } from './series';
import { disciplineNotes, disciplineView } from './view';

/** The chart, the forms in numbers under it, a warning where the file's forms do not add up, and the figures not drawn. */
function DisciplinePanel({ dataset, series, view }: PanelProps<DisciplineSeries>) {
  const { lang } = useI18n();
  const { forms, mismatches } = disciplineNotes(series, lang);
  return (
    <ChartPanel dataset={dataset} view={view} others={series.others}>
      {view && !view.empty
        ? forms.map((line) => (
            <p key={line} className="panel__capped">
              {line}
            </p>
          ))
        : null}
      {view && !view.empty
        ? mismatches.map((line) => (
            <p key={line} className="note" role="note">
              {line}
            </p>
          ))
        : null}
    </ChartPanel>
  );
}

/** Conclusions and discipline: from checked to disciplined, organisations and members apart, the forms as parts of the whole. */
export const disciplinePanel = definePanel<DisciplineSeries>({
  id: 'discipline',
  short: 'panel.discipline.short',
  place: 'grid',
  categories: ['inspection'],
  reads: ['period', 'unit', 'subject'],
  present: hasDisciplineFigures,
  series: ({ dataset, indicators, filters, lang }) => disciplineSeries(dataset, indicators, filters, lang),
  view: disciplineView,
  Component: DisciplinePanel,
});
