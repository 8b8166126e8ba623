import { barChart, type SeriesSpec } from '../../charts';
import { translator } from '../../i18n/translate';
import { describeFilters } from '../../model/describe-filters';
import { formatNumber } from '../../model/format';
import { panelTable } from '../../model/indicator-table';
import { limitRows } from '../../model/limit-rows';
import { changeFrom, earlierSlice, formatChange, type Change } from '../../model/periods';
import { provenanceNotes } from '../../model/provenance';
import type { Subject } from '../../data/schema';
import { THEME } from '../../theme/theme';
import type { PanelInput, PanelView } from '../panel-view';
import type { InspectionRow, InspectionSeries } from './series';

/** Inspection and supervision: the activities, organisations and members side by side. */
export function inspectionView(series: InspectionSeries, { dataset, filters, lang }: PanelInput): Omit<PanelView, 'id' | 'citations'> {
  const t = translator(lang);
  const specs: (SeriesSpec<InspectionRow> & { key: Subject })[] = series.subjects.map((s) => ({
    key: s,
    label: t(`subject.${s}`),
    ...THEME.subject[s],
  }));
  const indicators = series.rows.flatMap((r) => r.sources);
  // every figure of the panel: those drawn and those listed under the chart
  const figures = [...indicators, ...series.others];
  const drawn = limitRows(series.rows);
  const format = (v: number) => formatNumber(lang, v);
  const title = t('panel.inspection.title');
  const subtitle = describeFilters(dataset, filters, lang, ['subject', 'activity'], figures);
  const unitOf = (key: string) => t(key === 'organisation' ? 'unit.organisations' : 'unit.members');
  // the same activity and unit in the earlier period of the same kind (H1 with H1), when it is shown too
  const byKey = new Map(series.rows.map((r) => [`${r.activity}|${r.slice}`, r]));
  const changeOf = (row: InspectionRow, subject: Subject): Change | null => {
    const earlier = earlierSlice(dataset, row.slice);
    const before = earlier ? byKey.get(`${row.activity}|${earlier.slice}`)?.[subject] : null;
    const now = row[subject];
    return earlier && typeof before === 'number' && typeof now === 'number' ? changeFrom(before, now, earlier.period) : null;
  };
  const withChange = (row: InspectionRow, subject: Subject, text: string) => {
    const change = changeOf(row, subject);
    return change ? `${text} (${t('compare.since', { change: formatChange(lang, change), period: change.from.label[lang] })})` : text;
  };
  const description = drawn.shown
    .map(
      (r) =>
        `${r.label}: ${specs
          .filter((s) => r[s.key] !== null)
          .map((s) => withChange(r, s.key, `${format(r[s.key] as number)} ${unitOf(s.key)}`))
          .join(', ')}`,
    )
    .join('; ');
  const nothingDrawn = series.rows.length === 0 || specs.length === 0;
  // figures only listed (settlements, finance...): said so, no empty chart drawn
  const listedOnly = nothingDrawn && series.others.length > 0;
  return {
    title,
    subtitle,
    description: listedOnly ? t('panel.listedOnly') : description ? `${description}.` : '',
    empty: nothingDrawn && !listedOnly,
    chart: listedOnly
      ? null
      : barChart({
          rows: drawn.shown,
          index: 'label',
          series: specs,
          format,
          labelFor: (row, s) => {
            const value = row[s.key];
            if (typeof value !== 'number') return '';
            const change = s.key === 'organisation' || s.key === 'member' ? changeOf(row, s.key) : null;
            return change ? `${format(value)} (${formatChange(lang, change)})` : format(value);
          },
          label: `${title}: ${subtitle}`,
          notes: (row) => provenanceNotes(dataset, row.sources, lang),
        }),
    drawn: { shown: drawn.shown.length, total: drawn.total },
    table: panelTable(dataset, figures, lang),
    figures,
    fileSlug: 'kiem-tra-giam-sat',
  };
}
