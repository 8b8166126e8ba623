import { BarChartView } from '../../charts/lazy';
import { barChartHeight } from '../../charts/layout';
import { Legend } from '../../charts/Legend';
import type { SeriesSpec } from '../../charts/types';
import type { Dataset } from '../../data/schema';
import { useI18n } from '../../i18n/i18n-context';
import { describeFilters } from '../../model/describe-filters';
import type { Filters } from '../../model/filters';
import { formatNumber } from '../../model/format';
import { panelTable } from '../../model/indicator-table';
import { SUBJECT_STYLE } from '../../model/palette';
import type { InspectionSeries, InspectionRow } from '../../model/series/inspection';
import { limitRows } from '../../model/limit-rows';
import { PanelFrame } from '../PanelFrame';
import { TooltipSources } from '../SourceNote';

/** Inspection and supervision: the three activities, organisations and members side by side. */
export function InspectionPanel({ dataset, series, filters }: { dataset: Dataset; series: InspectionSeries; filters: Filters }) {
  const { lang, t } = useI18n();
  const specs: SeriesSpec<InspectionRow>[] = series.subjects.map((s) => ({
    key: s,
    label: t(`subject.${s}`),
    color: SUBJECT_STYLE[s].color,
    pattern: SUBJECT_STYLE[s].pattern,
  }));
  const indicators = series.rows.flatMap((r) => r.sources);
  const drawn = limitRows(series.rows);
  const format = (v: number) => formatNumber(lang, v);
  const title = t('panel.inspection.title');
  const subtitle = describeFilters(dataset, filters, lang, ['subject', 'activity'], indicators);
  const description = drawn.shown
    .map((r) => {
      const parts = specs
        .filter((s) => r[s.key] !== null)
        .map((s) => `${format(r[s.key] as number)} ${t(`unit.${s.key === 'organisation' ? 'organisations' : 'members'}`)}`);
      return `${r.label}: ${parts.join(', ')}`;
    })
    .join('; ');
  return (
    <PanelFrame
      id="inspection"
      title={title}
      subtitle={subtitle}
      description={description ? `${description}.` : ''}
      empty={series.rows.length === 0 || specs.length === 0}
      chartHeight={barChartHeight(drawn.shown.length, specs.length) + 28}
      drawnRows={{ shown: drawn.shown.length, total: drawn.total }}
      exportInfo={{
        title,
        subtitle,
        table: panelTable(dataset, indicators, lang),
        legend: specs,
        fileNameParts: ['kiem-tra-giam-sat', subtitle],
      }}
      chart={(describedBy) => (
        <>
          <Legend series={specs} />
          <BarChartView
            rows={drawn.shown}
            index="label"
            series={specs}
            format={format}
            label={`${title}: ${subtitle}`}
            describedBy={describedBy}
            tooltipNote={(row) => <TooltipSources dataset={dataset} indicators={row.sources} />}
          />
        </>
      )}
    />
  );
}
