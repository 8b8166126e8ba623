import { useMemo } from 'react';
import type { Dataset } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { deriveAll } from '../model/derive';
import { choicesOf, DEFAULT_FILTERS, parseFilters, writeFilters, type Filters } from '../model/filters';
import { AnniversaryPanel } from '../panels/anniversary/AnniversaryPanel';
import { CongressCompletionPanel, CongressLevelsPanel } from '../panels/congress/CongressPanels';
import { InspectionPanel } from '../panels/inspection/InspectionPanel';
import { OverviewStrip } from '../panels/overview/OverviewStrip';
import { ExportRegistryProvider } from '../panels/export-registry';
import { ProgrammePanel } from '../panels/programme/ProgrammePanel';
import { SourcePanel } from '../panels/source/SourcePanel';
import { DashboardActions } from './DashboardActions';
import { FigureTable } from './FigureTable';
import { FilterBar } from './FilterBar';
import { useSearchParams } from './use-search-params';

/** The one place that puts the filters and the panels together: URL -> filters -> series -> panels. */
export function Dashboard({ dataset }: { dataset: Dataset }) {
  const { lang, t } = useI18n();
  const [params, navigate] = useSearchParams();
  const choices = useMemo(() => choicesOf(dataset), [dataset]);
  const filters = parseFilters(params, choices);
  const filterKey = writeFilters(filters, new URLSearchParams()).toString();
  // filterKey stands for `filters`: the series are recomputed only when the filters' meaning changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const derived = useMemo(() => deriveAll(dataset, filters, lang), [dataset, filterKey, lang]);
  const setFilters = (next: Filters) => navigate(writeFilters(next, params));
  const show = new Set(filters.panels);
  return (
    <ExportRegistryProvider dataset={dataset}>
    <div className="dashboard">
      <aside className="dashboard__filters">
        <FilterBar
          dataset={dataset}
          filters={filters}
          onChange={setFilters}
          onReset={() => setFilters(DEFAULT_FILTERS)}
          shown={derived.filtered.length}
          total={dataset.indicators.length}
        />
        <DashboardActions zipName={`bieu-do-${dataset.meta.id}`} />
      </aside>
      <div className="dashboard__content">
        {show.has('overview') ? <OverviewStrip dataset={dataset} overview={derived.overview} /> : null}
        <div className="panel-grid">
          {show.has('inspection') ? <InspectionPanel dataset={dataset} series={derived.inspection} filters={filters} /> : null}
          {show.has('congress') ? <CongressLevelsPanel dataset={dataset} series={derived.congress} filters={filters} /> : null}
          {show.has('congress') ? <CongressCompletionPanel dataset={dataset} series={derived.congress} filters={filters} /> : null}
          {show.has('programme') ? <ProgrammePanel dataset={dataset} series={derived.programme} filters={filters} /> : null}
          {show.has('anniversary') ? <AnniversaryPanel dataset={dataset} rows={derived.anniversary} filters={filters} /> : null}
        </div>
        {show.has('source') ? <SourcePanel dataset={dataset} /> : null}
        <section className="panel panel--text" aria-labelledby="all-figures-title">
          <h2 id="all-figures-title">{t('panel.allFigures.title')}</h2>
          <FigureTable dataset={dataset} indicators={derived.filtered} />
        </section>
      </div>
    </div>
    </ExportRegistryProvider>
  );
}
