import { figuresChart, type FigureRow, type FigureSection } from '../../charts';
import { translator } from '../../i18n/translate';
import { describeFilters } from '../../model/describe-filters';
import { formatNumber, formatPercent, unitAfter } from '../../model/format';
import { panelTable } from '../../model/indicator-table';
import { limitRows } from '../../model/limit-rows';
import { provenanceNotes } from '../../model/provenance';
import { THEME } from '../../theme/theme';
import type { PanelInput, PanelView } from '../panel-view';
import type { CongressSeries } from './series';

/**
 * "Did every level hold its congress, on time?": the congresses held at each level written as numbers (a bar of
 * the whole only where the file gives the whole: counts of cells, organisations and congresses share no axis),
 * the other completions against their whole, and the congress date against plan.
 */
export function congressView(series: CongressSeries, { dataset, filters, lang }: PanelInput): Omit<PanelView, 'id' | 'citations'> {
  const t = translator(lang);
  const format = (v: number) => formatNumber(lang, v);
  const ratio = (done: number, total: number) => `${format(done)}/${format(total)} (${formatPercent(lang, total > 0 ? done / total : 0)})`;
  const levels = limitRows(series.levels);
  const completion = limitRows(series.completion);
  const plan = limitRows(series.plan);
  const indicators = [
    ...series.levels.flatMap((r) => r.sources),
    ...series.completion.map((c) => c.source),
    ...series.plan.map((p) => p.source),
    ...series.others,
  ];

  const levelRows: FigureRow[] = levels.shown.map((r) => {
    const computed = r.sources.some((s) => s.computed);
    const count = r.total === undefined ? `${format(r.value)} ${unitAfter(lang, r.sources[0]!.unit, r.value)}` : ratio(r.value, r.total);
    return {
      key: r.key,
      label: r.label,
      text: computed ? `${count} (${t('figure.computedMark')})` : count,
      ...(r.total === undefined ? {} : { mark: { kind: 'part' as const, done: r.value, total: r.total } }),
      computed,
      notes: provenanceNotes(dataset, r.sources, lang),
    };
  });
  const withWhole = levels.shown.filter((r) => r.total !== undefined).length;
  const sections: FigureSection[] = [];
  if (levelRows.length > 0) {
    sections.push({
      key: 'held',
      title: t('congress.heldSection'),
      ...(withWhole === levelRows.length ? {} : { note: t(withWhole === 0 ? 'congress.noWhole' : 'congress.someWhole') }),
      rows: levelRows,
    });
  }
  if (completion.shown.length > 0) {
    sections.push({
      key: 'completion',
      title: t('congress.completionSection'),
      rows: completion.shown.map((c) => ({
        key: c.key,
        label: c.label,
        text: ratio(c.done, c.total),
        mark: { kind: 'part', done: c.done, total: c.total },
        computed: c.source.computed !== undefined,
        notes: provenanceNotes(dataset, [c.source], lang),
      })),
    });
  }
  if (plan.shown.length > 0) {
    sections.push({
      key: 'plan',
      title: t('congress.planSection'),
      rows: plan.shown.map((p) => ({
        key: p.key,
        label: p.label,
        text: t('congress.aheadValue', { days: format(p.daysAhead) }),
        mark: { kind: 'offset', value: -p.daysAhead, plan: t('congress.planned'), actual: t('congress.actual') },
        computed: p.source.computed !== undefined,
        notes: provenanceNotes(dataset, [p.source], lang),
      })),
    });
  }

  const title = t('panel.congress.title');
  const subtitle = describeFilters(dataset, filters, lang, ['level'], indicators);
  const description = sections
    .map((s) => `${s.title}: ${s.rows.map((r) => `${r.label}: ${r.text}`).join('; ')}.${s.note ? ` ${s.note}` : ''}`)
    .join(' ');
  return {
    title,
    subtitle,
    description,
    empty: indicators.length === 0,
    chart: sections.length > 0 ? figuresChart({ sections, color: THEME.series.single, label: `${title}: ${subtitle}` }) : null,
    drawn: {
      shown: levels.shown.length + completion.shown.length + plan.shown.length,
      total: levels.total + completion.total + plan.total,
    },
    table: panelTable(dataset, indicators, lang),
    fileSlug: 'dai-hoi-cac-cap',
  };
}
