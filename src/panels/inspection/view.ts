import { barChart, type SeriesSpec } from '../../charts';
import { translator } from '../../i18n/translate';
import { describeFilters } from '../../model/describe-filters';
import { formatNumber } from '../../model/format';
import { panelTable } from '../../model/indicator-table';
import { limitRows } from '../../model/limit-rows';
import { provenanceNotes } from '../../model/provenance';
import { THEME } from '../../theme/theme';
import type { PanelInput, PanelView } from '../panel-view';
import type { InspectionRow, InspectionSeries } from './series';

/** Inspection and supervision: the activities, organisations and members side by side. */
export function inspectionView(series: InspectionSeries, { dataset, filters, lang }: PanelInput): Omit<PanelView, 'id'> {
  const t = translator(lang);
  const specs: SeriesSpec<InspectionRow>[] = series.subjects.map((s) => ({ key: s, label: t(`subject.${s}`), ...THEME.subject[s] }));
  const indicators = series.rows.flatMap((r) => r.sources);
  const drawn = limitRows(series.rows);
  const format = (v: number) => formatNumber(lang, v);
  const title = t('panel.inspection.title');
  const subtitle = describeFilters(dataset, filters, lang, ['subject', 'activity'], indicators);
  const unitOf = (key: string) => t(key === 'organisation' ? 'unit.organisations' : 'unit.members');
  const description = drawn.shown
    .map(
      (r) =>
        `${r.label}: ${specs
          .filter((s) => r[s.key] !== null)
          .map((s) => `${format(r[s.key] as number)} ${unitOf(s.key)}`)
          .join(', ')}`,
    )
    .join('; ');
  const empty = series.rows.length === 0 || specs.length === 0;
  return {
    title,
    subtitle,
    description: description ? `${description}.` : '',
    empty,
    chart: barChart({
      rows: drawn.shown,
      index: 'label',
      series: specs,
      format,
      label: `${title}: ${subtitle}`,
      notes: (row) => provenanceNotes(dataset, row.sources, lang),
    }),
    drawn: { shown: drawn.shown.length, total: drawn.total },
    table: panelTable(dataset, indicators, lang),
    fileSlug: 'kiem-tra-giam-sat',
  };
}
