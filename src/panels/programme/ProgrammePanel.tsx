import { BarChartView } from '../../charts/lazy';
import { barChartHeight } from '../../charts/layout';
import type { SeriesSpec } from '../../charts/types';
import type { Dataset } from '../../data/schema';
import { useI18n } from '../../i18n/i18n-context';
import { describeFilters } from '../../model/describe-filters';
import type { Filters } from '../../model/filters';
import { formatFigure, formatNumber, unitLabel } from '../../model/format';
import { indicatorTable } from '../../model/indicator-table';
import { SINGLE_SERIES_COLOR } from '../../model/palette';
import type { ProgrammeRow, ProgrammeSeries } from '../../model/series/programme';
import { FigureList } from '../FigureList';
import { PanelFrame } from '../PanelFrame';
import { sourceLines } from '../SourceNote';

/** The term programme, the 2021 plan and the conference's own figures: counted items as bars, the rest as figures. */
export function ProgrammePanel({ dataset, series, filters }: { dataset: Dataset; series: ProgrammeSeries; filters: Filters }) {
  const { lang, t } = useI18n();
  const specs: SeriesSpec<ProgrammeRow>[] = [{ key: 'value', label: t('programme.count'), color: SINGLE_SERIES_COLOR }];
  const indicators = [...series.counts.map((c) => c.source), ...series.others];
  const label = (row: ProgrammeRow) => `${formatFigure(lang, row.source)} ${unitLabel(lang, row.source)}`;
  const title = t('panel.programme.title');
  const subtitle = describeFilters(dataset, filters, lang, [], indicators);
  const table = indicatorTable(dataset, indicators, lang);
  return (
    <PanelFrame
      id="programme"
      title={title}
      subtitle={subtitle}
      description={series.counts.map((r) => `${r.label}: ${label(r)}`).join('; ')}
      empty={indicators.length === 0}
      chartHeight={barChartHeight(series.counts.length, 1)}
      exportInfo={{ title, subtitle, table, legend: specs, fileNameParts: ['chuong-trinh-toan-khoa', subtitle] }}
      chart={(describedBy) =>
        series.counts.length > 0 ? (
          <BarChartView
            rows={series.counts}
            index="label"
            series={specs}
            format={(v) => formatNumber(lang, v)}
            label={`${title}: ${subtitle}`}
            describedBy={describedBy}
            labelFor={label}
            tooltipNote={(row) => sourceLines(dataset, [row.source], lang).map((line) => <p key={line}>{t('provenance.at', { where: line })}</p>)}
          />
        ) : null
      }
    >
      <FigureList dataset={dataset} indicators={series.others} heading={t('panel.otherFigures')} />
    </PanelFrame>
  );
}
