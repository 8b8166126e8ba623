import { TimelineView } from '../../charts/lazy';
import { timelineHeight } from '../../charts/layout';
import type { Dataset } from '../../data/schema';
import { useI18n } from '../../i18n/i18n-context';
import { describeFilters } from '../../model/describe-filters';
import type { Filters } from '../../model/filters';
import { formatNumber } from '../../model/format';
import { panelTable } from '../../model/indicator-table';
import { SINGLE_SERIES_COLOR } from '../../model/palette';
import type { AnniversaryRow } from '../../model/series/anniversary';
import { limitRows } from '../../model/limit-rows';
import { PanelFrame } from '../PanelFrame';
import { TooltipSources } from '../SourceNote';

/** The anniversaries on a timeline: N years as the report states them, the origin year computed and marked so. */
export function AnniversaryPanel({ dataset, rows, filters }: { dataset: Dataset; rows: readonly AnniversaryRow[]; filters: Filters }) {
  const { lang, t } = useI18n();
  const drawn = rows.filter((r) => r.originYear !== null);
  const caption = (r: AnniversaryRow) =>
    t('anniversary.caption', { years: formatNumber(lang, r.years), origin: String(r.originYear ?? '') });
  const timeline = limitRows(drawn).shown.map((r) => ({
    key: r.key,
    label: r.label,
    start: r.originYear as number,
    end: r.anniversaryYear,
    caption: caption(r),
  }));
  const indicators = rows.flatMap((r) => (r.computed ? [r.source, r.computed] : [r.source]));
  const title = t('panel.anniversary.title');
  const subtitle = describeFilters(dataset, filters, lang, [], indicators);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return (
    <PanelFrame
      id="anniversary"
      title={title}
      subtitle={subtitle}
      description={`${rows.map((r) => `${r.label}: ${caption(r)}`).join('; ')}. ${t('anniversary.computedNote')}`}
      empty={rows.length === 0}
      chartHeight={timelineHeight(timeline.length)}
      drawnRows={{ shown: timeline.length, total: drawn.length }}
      exportInfo={{
        title,
        subtitle: `${subtitle} · ${t('anniversary.computedNote')}`,
        table: panelTable(dataset, indicators, lang),
        legend: [],
        fileNameParts: ['ky-niem', subtitle],
      }}
      chart={(describedBy) =>
        timeline.length > 0 ? (
          <TimelineView
            rows={timeline}
            label={`${title}: ${subtitle}`}
            describedBy={describedBy}
            color={SINGLE_SERIES_COLOR}
            tooltip={(row) => {
              const r = byKey.get(row.key);
              if (!r) return null;
              return (
                <>
                  <p className="chart-tooltip__title">{r.label}</p>
                  <p>{caption(r)}</p>
                  {r.computed?.computed ? <p>{t('figure.computed', { method: r.computed.computed.method[lang] })}</p> : null}
                  <TooltipSources dataset={dataset} indicators={[r.source]} />
                </>
              );
            }}
          />
        ) : null
      }
    />
  );
}
