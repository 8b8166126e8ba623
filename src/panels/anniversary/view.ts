import { timelineChart } from '../../charts';
import { translator } from '../../i18n/translate';
import { describeFilters } from '../../model/describe-filters';
import { formatNumber } from '../../model/format';
import { panelTable } from '../../model/indicator-table';
import { limitRows } from '../../model/limit-rows';
import { provenanceNotes } from '../../model/provenance';
import { THEME } from '../../theme/theme';
import type { PanelInput, PanelView } from '../panel-view';
import type { AnniversaryRow } from './series';

/** The anniversaries on a timeline: N years as the report states them, the origin year computed and marked so. */
export function anniversaryView(
  rows: readonly AnniversaryRow[],
  { dataset, filters, lang }: PanelInput,
): Omit<PanelView, 'id' | 'citations'> {
  const t = translator(lang);
  const drawable = rows.filter((r) => r.originYear !== null);
  const caption = (r: AnniversaryRow) =>
    t('anniversary.caption', { years: formatNumber(lang, r.years), origin: String(r.originYear ?? '') });
  const drawn = limitRows(drawable);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const indicators = rows.flatMap((r) => (r.computed ? [r.source, r.computed] : [r.source]));
  const title = t('panel.anniversary.title');
  const subtitle = describeFilters(dataset, filters, lang, [], indicators);
  const note = t('anniversary.computedNote');
  return {
    title,
    subtitle,
    description: `${rows.map((r) => `${r.label}: ${caption(r)}`).join('; ')}. ${note}`,
    empty: rows.length === 0,
    chart:
      drawn.shown.length > 0
        ? timelineChart({
            rows: drawn.shown.map((r) => ({
              key: r.key,
              label: r.label,
              start: r.originYear as number,
              end: r.anniversaryYear,
              caption: caption(r),
            })),
            color: THEME.series.single,
            label: `${title}: ${subtitle}`,
            notes: (row) => {
              const r = byKey.get(row.key);
              return r ? provenanceNotes(dataset, r.computed ? [r.computed, r.source] : [r.source], lang) : [];
            },
          })
        : null,
    drawn: { shown: drawn.shown.length, total: drawn.total },
    table: panelTable(dataset, indicators, lang),
    exportNote: note,
    fileSlug: 'ky-niem',
  };
}
