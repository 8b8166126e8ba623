import type { ReactNode } from 'react';
import { ChartDrawingProvider } from '../charts';
import type { Dataset } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { defaultFilters, writeFilters, type Filters } from '../model/filters';
import { dashboardView, PANELS, useDataOrigin, type DerivedPanel, type Panel } from '../panels';
import { useSearchParams } from '../ui/use-search-params';
import { DashboardActions } from './DashboardActions';
import { FigureTable } from './FigureTable';
import { FilterBar } from './FilterBar';
import { HydratedAlone } from './HydratedAlone';
import { OfflineNote } from './OfflineNote';
import { PanelBoundary } from './PanelBoundary';
import { PrintKeyFigures, PrintSummary } from './PrintSummary';

const inPlace = (shown: readonly { panel: Panel; derived: DerivedPanel }[], place: Panel['place']) =>
  shown
    .filter((s) => s.panel.place === place)
    .map(({ derived }) => (
      <HydratedAlone key={derived.id}>
        <PanelBoundary name={derived.id}>{derived.element}</PanelBoundary>
      </HydratedAlone>
    ));

/**
 * The one place that puts the filters and the panels together: URL -> filters -> each panel of the registry.
 * `panels` is the registry (a test may add one); only the panels whose figures the file carries are offered and shown.
 */
export function Dashboard({ dataset, sidebar, panels = PANELS }: { dataset: Dataset; sidebar?: ReactNode; panels?: readonly Panel[] }) {
  const { lang, t } = useI18n();
  const [params, navigate] = useSearchParams();
  const { present, ids, dims, filters, filtered, shown, summary } = dashboardView(dataset, params, lang, useDataOrigin(), panels);
  const setFilters = (next: Filters) => navigate(writeFilters(next, params, ids));
  return (
    <ChartDrawingProvider>
      <OfflineNote />
      <div className="dashboard">
        <HydratedAlone>
          <aside className="dashboard__side">
            <DashboardActions dataset={dataset} summary={summary} />
            {sidebar}
            <FilterBar
              dataset={dataset}
              panels={present}
              dimensions={dims}
              filters={filters}
              onChange={setFilters}
              onReset={() => setFilters(defaultFilters(ids))}
              shown={filtered.length}
              total={dataset.indicators.length}
            />
          </aside>
        </HydratedAlone>
        <div className="dashboard__content">
          <PrintSummary summary={summary} />
          {inPlace(shown, 'strip')}
          {/* on paper: the key figures, then the charts, flowing in two columns page by page (print.css) */}
          <div className="print-flow">
            {shown.some((s) => s.panel.place === 'strip') ? <PrintKeyFigures summary={summary} /> : null}
            <div className="panel-grid">{inPlace(shown, 'grid')}</div>
          </div>
          {inPlace(shown, 'page')}
          <HydratedAlone>
            <section className="panel panel--text" aria-labelledby="all-figures-title">
              <h2 id="all-figures-title">{t('panel.allFigures.title')}</h2>
              <FigureTable dataset={dataset} indicators={filtered} />
            </section>
          </HydratedAlone>
        </div>
      </div>
    </ChartDrawingProvider>
  );
}
