import { useMemo, type ReactNode } from 'react';
import type { Dataset } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { deriveAll } from '../model/derive';
import { choicesOf, DEFAULT_FILTERS, parseFilters, writeFilters, type Filters } from '../model/filters';
import { AnniversaryPanel } from '../panels/anniversary/AnniversaryPanel';
import { CongressCompletionPanel, CongressLevelsPanel } from '../panels/congress/CongressPanels';
import { ExportRegistryProvider } from '../panels/export-registry';
import { InspectionPanel } from '../panels/inspection/InspectionPanel';
import { OverviewStrip } from '../panels/overview/OverviewStrip';
import { ProgrammePanel } from '../panels/programme/ProgrammePanel';
import { SourcePanel } from '../panels/source/SourcePanel';
import { DashboardActions } from './DashboardActions';
import { FigureTable } from './FigureTable';
import { FilterBar } from './FilterBar';
import { PanelBoundary } from './PanelBoundary';
import { useSearchParams } from './use-search-params';

/** The one place that puts the filters and the panels together: URL -> filters -> series -> panels. */
export function Dashboard({ dataset, sidebar }: { dataset: Dataset; sidebar?: ReactNode }) {
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
  const panel = (id: Filters['panels'][number], name: string, node: ReactNode) =>
    show.has(id) ? (
      <PanelBoundary key={name} name={name}>
        {node}
      </PanelBoundary>
    ) : null;
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
          {sidebar}
        </aside>
        <div className="dashboard__content">
          {panel('overview', 'overview', <OverviewStrip dataset={dataset} overview={derived.overview} />)}
          <div className="panel-grid">
            {panel('inspection', 'inspection', <InspectionPanel dataset={dataset} series={derived.inspection} filters={filters} />)}
            {panel('congress', 'congress', <CongressLevelsPanel dataset={dataset} series={derived.congress} filters={filters} />)}
            {panel('congress', 'completion', <CongressCompletionPanel dataset={dataset} series={derived.congress} filters={filters} />)}
            {panel('programme', 'programme', <ProgrammePanel dataset={dataset} series={derived.programme} filters={filters} />)}
            {panel('anniversary', 'anniversary', <AnniversaryPanel dataset={dataset} rows={derived.anniversary} filters={filters} />)}
          </div>
          {panel('source', 'source', <SourcePanel dataset={dataset} />)}
          <section className="panel panel--text" aria-labelledby="all-figures-title">
            <h2 id="all-figures-title">{t('panel.allFigures.title')}</h2>
            <FigureTable dataset={dataset} indicators={derived.filtered} />
          </section>
        </div>
      </div>
    </ExportRegistryProvider>
  );
}
