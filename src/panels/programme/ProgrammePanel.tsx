import { BarChartView } from '../../charts/lazy';
import { barChartHeight } from '../../charts/layout';
import type { SeriesSpec } from '../../charts/types';
import type { Dataset } from '../../data/schema';
import { useI18n } from '../../i18n/i18n-context';
import { describeFilters } from '../../model/describe-filters';
import type { Filters } from '../../model/filters';
import { formatFigure, formatNumber, unitLabel } from '../../model/format';
import { panelTable } from '../../model/indicator-table';
import { SINGLE_SERIES_COLOR } from '../../model/palette';
import type { ProgrammeRow, ProgrammeSeries } from '../../model/series/programme';
import { FigureList } from '../FigureList';
import { limitRows } from '../../model/limit-rows';
import { PanelFrame } from '../PanelFrame';
import { TooltipSources } from '../SourceNote';

/** The term programme, the 2021 plan and the conference's own figures: counted items as bars, the rest as figures. */
export function ProgrammePanel({ dataset, series, filters }: { dataset: Dataset; series: ProgrammeSeries; filters: Filters }) {
  const { lang, t } = useI18n();
  const specs: SeriesSpec<ProgrammeRow>[] = [{ key: 'value', label: t('programme.count'), color: SINGLE_SERIES_COLOR }];
  const indicators = [...series.counts.map((c) => c.source), ...series.others];
  const drawn = limitRows(series.counts);
  const label = (row: ProgrammeRow) => `${formatFigure(lang, row.source)} ${unitLabel(lang, row.source)}`;
  const title = t('panel.programme.title');
  const subtitle = describeFilters(dataset, filters, lang, [], indicators);
  return (
    <PanelFrame
      id="programme"
      title={title}
      subtitle={subtitle}
      description={drawn.shown.map((r) => `${r.label}: ${label(r)}`).join('; ')}
      empty={indicators.length === 0}
      chartHeight={barChartHeight(drawn.shown.length, 1)}
      drawnRows={{ shown: drawn.shown.length, total: drawn.total }}
      exportInfo={{
        title,
        subtitle,
        table: panelTable(dataset, indicators, lang),
        legend: specs,
        fileNameParts: ['chuong-trinh-toan-khoa', subtitle],
      }}
      chart={(describedBy) =>
        drawn.shown.length > 0 ? (
          <BarChartView
            rows={drawn.shown}
            index="label"
            series={specs}
            format={(v) => formatNumber(lang, v)}
            label={`${title}: ${subtitle}`}
            describedBy={describedBy}
            labelFor={label}
            tooltipNote={(row) => <TooltipSources dataset={dataset} indicators={[row.source]} />}
          />
        ) : null
      }
    >
      <FigureList dataset={dataset} indicators={series.others} heading={t('panel.otherFigures')} />
    </PanelFrame>
  );
}
