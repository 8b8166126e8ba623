import { barChart, type SeriesSpec } from '../../charts';
import { translator } from '../../i18n/translate';
import { describeFilters } from '../../model/describe-filters';
import { formatFigure, formatNumber, unitLabel } from '../../model/format';
import { panelTable } from '../../model/indicator-table';
import { limitRows } from '../../model/limit-rows';
import { provenanceNotes } from '../../model/provenance';
import { THEME } from '../../theme/theme';
import type { PanelInput, PanelView } from '../panel-view';
import type { ProgrammeRow, ProgrammeSeries } from './series';

/** The term programme, the next year's plan and the conference's own figures: counted items as bars, the rest as figures. */
export function programmeView(series: ProgrammeSeries, { dataset, filters, lang }: PanelInput): Omit<PanelView, 'id'> {
  const t = translator(lang);
  const specs: SeriesSpec<ProgrammeRow>[] = [{ key: 'value', label: t('programme.count'), color: THEME.series.single }];
  const indicators = [...series.counts.map((c) => c.source), ...series.others];
  const drawn = limitRows(series.counts);
  const label = (row: ProgrammeRow) => `${formatFigure(lang, row.source)} ${unitLabel(lang, row.source)}`;
  const title = t('panel.programme.title');
  const subtitle = describeFilters(dataset, filters, lang, [], indicators);
  return {
    title,
    subtitle,
    description: drawn.shown.map((r) => `${r.label}: ${label(r)}`).join('; '),
    empty: indicators.length === 0,
    chart:
      drawn.shown.length > 0
        ? barChart({
            rows: drawn.shown,
            index: 'label',
            series: specs,
            format: (v) => formatNumber(lang, v),
            label: `${title}: ${subtitle}`,
            labelFor: label,
            notes: (row) => provenanceNotes(dataset, [row.source], lang),
          })
        : null,
    drawn: { shown: drawn.shown.length, total: drawn.total },
    table: panelTable(dataset, indicators, lang),
    fileSlug: 'chuong-trinh-toan-khoa',
  };
}
