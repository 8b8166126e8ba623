import { BarChartView } from '../../charts/lazy';
import { barChartHeight } from '../../charts/layout';
import { Legend } from '../../charts/Legend';
import type { SeriesSpec } from '../../charts/types';
import type { Dataset } from '../../data/schema';
import { useI18n } from '../../i18n/i18n-context';
import type { Translate } from '../../i18n/translate';
import { describeFilters } from '../../model/describe-filters';
import type { Filters } from '../../model/filters';
import { formatNumber, formatPercent, formatValue } from '../../model/format';
import { panelTable } from '../../model/indicator-table';
import { COMPUTED_COLOR, REMAINING_COLOR, SINGLE_SERIES_COLOR } from '../../model/palette';
import type { CompletionRow, CongressLevelRow, CongressSeries } from '../../model/series/congress';
import { limitRows } from '../../model/limit-rows';
import { FigureList } from '../FigureList';
import { PanelFrame } from '../PanelFrame';
import { TooltipSources } from '../SourceNote';

interface Props {
  dataset: Dataset;
  series: CongressSeries;
  filters: Filters;
}

/** Why the axis is logarithmic, with the smallest and largest counts actually drawn ('' with fewer than two). */
function logNote(levels: readonly CongressLevelRow[], format: (v: number) => string, t: Translate): string {
  const held = levels.filter((r) => !r.sources.some((s) => s.computed)).map((r) => r.value);
  if (held.length < 2) return '';
  return ` ${t('congress.logNote', { min: format(Math.min(...held)), max: format(Math.max(...held)) })}`;
}

/** Congresses held at each level, on a log scale so 50 stays readable beside 17,118. */
export function CongressLevelsPanel({ dataset, series, filters }: Props) {
  const { lang, t } = useI18n();
  const specs: SeriesSpec<CongressLevelRow>[] = [{ key: 'value', label: t('congress.held'), color: SINGLE_SERIES_COLOR }];
  const indicators = [...series.levels.flatMap((r) => r.sources), ...series.aheadOfPlan];
  const levels = limitRows(series.levels);
  const format = (v: number) => formatNumber(lang, v);
  const title = t('panel.congress.title');
  const subtitle = describeFilters(dataset, filters, lang, ['level'], indicators);
  const description = [
    levels.shown.map((r) => `${r.label}: ${format(r.value)}`).join('; '),
    ...series.aheadOfPlan.map((i) => t('congress.aheadSentence', { days: format(i.value) })),
  ]
    .filter(Boolean)
    .join('. ');
  return (
    <PanelFrame
      id="congress"
      title={title}
      subtitle={subtitle}
      description={`${description}.${logNote(levels.shown, format, t)}`}
      empty={series.levels.length === 0 && series.aheadOfPlan.length === 0}
      chartHeight={barChartHeight(levels.shown.length, 1)}
      drawnRows={{ shown: levels.shown.length, total: levels.total }}
      exportInfo={{
        title,
        subtitle: `${subtitle} · ${t('congress.logScale')}`,
        table: panelTable(dataset, indicators, lang),
        legend: specs,
        fileNameParts: ['dai-hoi-cac-cap', subtitle],
      }}
      chart={(describedBy) =>
        series.levels.length > 0 ? (
          <BarChartView
            rows={levels.shown}
            index="label"
            series={specs}
            format={format}
            scale="log"
            label={`${title}: ${subtitle}`}
            describedBy={describedBy}
            labelFor={(row) =>
              row.sources.some((s) => s.computed) ? `${format(row.value)} (${t('figure.computedMark')})` : format(row.value)
            }
            tooltipNote={(row) => (
              <>
                <TooltipSources dataset={dataset} indicators={row.sources} />
                {row.sources
                  .filter((s) => s.computed)
                  .map((s) => (
                    <p key={s.id}>{t('figure.computed', { method: s.computed!.method[lang] })}</p>
                  ))}
              </>
            )}
          />
        ) : null
      }
    >
      {series.aheadOfPlan.map((ind) => (
        <p key={ind.id} className="callout" data-indicator={ind.id}>
          <strong className="callout__value">{t('congress.aheadValue', { days: formatValue(lang, ind) })}</strong> {ind.label[lang]}
        </p>
      ))}
    </PanelFrame>
  );
}

/** Completion as progress toward the whole: 226 of 226 consolidated, 83 of 83 listed organisations held congress. */
export function CongressCompletionPanel({ dataset, series, filters }: Props) {
  const { lang, t } = useI18n();
  const specs: SeriesSpec<CompletionRow>[] = [
    { key: 'donePercent', label: t('completion.done'), color: SINGLE_SERIES_COLOR },
    { key: 'remainingPercent', label: t('completion.remaining'), color: REMAINING_COLOR, outline: COMPUTED_COLOR },
  ];
  const indicators = [...series.completion.map((c) => c.source), ...series.others];
  const completion = limitRows(series.completion);
  const format = (v: number) => formatNumber(lang, v);
  // Each ratio is progress toward its own whole: bars in percent, labels with the counts.
  const percent = (v: number) => `${formatNumber(lang, Math.round(v * 10) / 10)}%`;
  const ratio = (row: CompletionRow) => `${format(row.done)}/${format(row.total)} (${formatPercent(lang, row.share)})`;
  const title = t('panel.completion.title');
  const subtitle = describeFilters(dataset, filters, lang, ['level'], indicators);
  return (
    <PanelFrame
      id="completion"
      title={title}
      subtitle={subtitle}
      description={completion.shown.map((r) => `${r.label}: ${ratio(r)}`).join('; ')}
      empty={series.completion.length === 0 && series.others.length === 0}
      chartHeight={barChartHeight(completion.shown.length, 2, true) + 28}
      drawnRows={{ shown: completion.shown.length, total: completion.total }}
      exportInfo={{
        title,
        subtitle,
        table: panelTable(dataset, indicators, lang),
        legend: specs,
        fileNameParts: ['ty-le-hoan-thanh', subtitle],
      }}
      chart={(describedBy) =>
        series.completion.length > 0 ? (
          <>
            <Legend series={specs} />
            <BarChartView
              rows={completion.shown}
              index="label"
              series={specs}
              format={percent}
              stacked
              label={`${title}: ${subtitle}`}
              describedBy={describedBy}
              labelFor={(row, s) => (s.key === 'donePercent' ? ratio(row) : '')}
              tooltipNote={(row) => <TooltipSources dataset={dataset} indicators={[row.source]} />}
            />
          </>
        ) : null
      }
    >
      <FigureList dataset={dataset} indicators={series.others} heading={t('panel.otherFigures')} />
    </PanelFrame>
  );
}
