import { barChart, type SeriesSpec } from '../../charts';
import { translator } from '../../i18n/translate';
import { describeFilters } from '../../model/describe-filters';
import { formatNumber, formatPercent } from '../../model/format';
import { panelTable } from '../../model/indicator-table';
import { limitRows } from '../../model/limit-rows';
import { provenanceNotes } from '../../model/provenance';
import { THEME } from '../../theme/theme';
import type { PanelInput, PanelView } from '../panel-view';
import type { CompletionRow, CongressLevelRow, CongressSeries } from './series';

const isComputed = (row: CongressLevelRow) => row.sources.some((s) => s.computed);

/** Congresses held at each level, on a log scale so 50 stays readable beside 17,118. */
export function congressLevelsView(series: CongressSeries, { dataset, filters, lang }: PanelInput): Omit<PanelView, 'id'> {
  const t = translator(lang);
  const specs: SeriesSpec<CongressLevelRow>[] = [{ key: 'value', label: t('congress.held'), color: THEME.series.single }];
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
  // Why the axis is logarithmic, with the smallest and largest counts actually drawn.
  const held = levels.shown.filter((r) => !isComputed(r)).map((r) => r.value);
  const logNote = held.length < 2 ? '' : ` ${t('congress.logNote', { min: format(Math.min(...held)), max: format(Math.max(...held)) })}`;
  return {
    title,
    subtitle,
    description: `${description}.${logNote}`,
    empty: series.levels.length === 0 && series.aheadOfPlan.length === 0,
    chart:
      series.levels.length > 0
        ? barChart({
            rows: levels.shown,
            index: 'label',
            series: specs,
            format,
            scale: 'log',
            label: `${title}: ${subtitle}`,
            labelFor: (row) => (isComputed(row) ? `${format(row.value)} (${t('figure.computedMark')})` : format(row.value)),
            notes: (row) => provenanceNotes(dataset, row.sources, lang),
          })
        : null,
    drawn: { shown: levels.shown.length, total: levels.total },
    table: panelTable(dataset, indicators, lang),
    exportNote: t('congress.logScale'),
    fileSlug: 'dai-hoi-cac-cap',
  };
}

/** Completion as progress toward the whole: 226 of 226 consolidated, 83 of 83 listed organisations held congress. */
export function completionView(series: CongressSeries, { dataset, filters, lang }: PanelInput): Omit<PanelView, 'id'> {
  const t = translator(lang);
  const specs: SeriesSpec<CompletionRow>[] = [
    { key: 'donePercent', label: t('completion.done'), color: THEME.series.single },
    { key: 'remainingPercent', label: t('completion.remaining'), color: THEME.series.remaining, outline: THEME.series.outline },
  ];
  const indicators = [...series.completion.map((c) => c.source), ...series.others];
  const completion = limitRows(series.completion);
  const format = (v: number) => formatNumber(lang, v);
  // Each ratio is progress toward its own whole: bars in percent, labels with the counts.
  const percent = (v: number) => `${formatNumber(lang, Math.round(v * 10) / 10)}%`;
  const ratio = (row: CompletionRow) => `${format(row.done)}/${format(row.total)} (${formatPercent(lang, row.share)})`;
  const title = t('panel.completion.title');
  const subtitle = describeFilters(dataset, filters, lang, ['level'], indicators);
  return {
    title,
    subtitle,
    description: completion.shown.map((r) => `${r.label}: ${ratio(r)}`).join('; '),
    empty: series.completion.length === 0 && series.others.length === 0,
    chart:
      series.completion.length > 0
        ? barChart({
            rows: completion.shown,
            index: 'label',
            series: specs,
            format: percent,
            stacked: true,
            label: `${title}: ${subtitle}`,
            labelFor: (row, s) => (s.key === 'donePercent' ? ratio(row) : ''),
            notes: (row) => provenanceNotes(dataset, [row.source], lang),
          })
        : null,
    drawn: { shown: completion.shown.length, total: completion.total },
    table: panelTable(dataset, indicators, lang),
    fileSlug: 'ty-le-hoan-thanh',
  };
}
