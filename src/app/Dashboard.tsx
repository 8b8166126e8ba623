import { useMemo, useState, type ReactNode } from 'react';
import { ChartDrawingProvider } from '../charts';
import type { Dataset } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { dimensionsOf, withinDimensions } from '../model/dimensions';
import { choicesOf, defaultFilters, parseFilters, writeFilters, type Filters } from '../model/filters';
import { memoLast } from '../model/memo-last';
import { selectFigures, selectionKey } from '../model/select-figures';
import { PANELS, type DerivedPanel, type Panel } from '../panels';
import { useSearchParams } from '../ui/use-search-params';
import { DashboardActions } from './DashboardActions';
import { FigureTable } from './FigureTable';
import { FilterBar } from './FilterBar';
import { PanelBoundary } from './PanelBoundary';

const inPlace = (shown: readonly { panel: Panel; derived: DerivedPanel }[], place: Panel['place']) =>
  shown
    .filter((s) => s.panel.place === place)
    .map(({ derived }) => (
      <PanelBoundary key={derived.id} name={derived.id}>
        {derived.element}
      </PanelBoundary>
    ));

/**
 * The one place that puts the filters and the panels together: URL -> filters -> each panel of the registry.
 * `panels` is the registry (a test may add one); only the panels whose figures the file carries are offered and shown.
 */
export function Dashboard({ dataset, sidebar, panels = PANELS }: { dataset: Dataset; sidebar?: ReactNode; panels?: readonly Panel[] }) {
  const { lang, t } = useI18n();
  const [params, navigate] = useSearchParams();
  const present = useMemo(() => panels.filter((p) => p.present(dataset)), [panels, dataset]);
  const ids = useMemo(() => present.map((p) => p.id), [present]);
  const dims = dimensionsOf(dataset);
  const filters = withinDimensions(parseFilters(params, choicesOf(dataset, ids)), dims);
  // Every figure the filters leave, for the count and the all-figures table: the same array while they select the same figures.
  const [figuresShown] = useState(() =>
    memoLast(
      (d: Dataset, f: Filters) => selectFigures(d, null, f),
      (d, f) => [d, selectionKey(d, null, f)],
    ),
  );
  const filtered = figuresShown(dataset, filters);
  const shown = present
    .filter((p) => filters.panels.includes(p.id))
    .map((panel) => ({ panel, derived: panel.derive(dataset, filters, lang) }));
  const setFilters = (next: Filters) => navigate(writeFilters(next, params, ids));
  return (
    <ChartDrawingProvider>
      <div className="dashboard">
        <aside className="dashboard__filters">
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
          <DashboardActions dataset={dataset} views={shown.flatMap((s) => (s.derived.view ? [s.derived.view] : []))} />
          {sidebar}
        </aside>
        <div className="dashboard__content">
          {inPlace(shown, 'strip')}
          <div className="panel-grid">{inPlace(shown, 'grid')}</div>
          {inPlace(shown, 'page')}
          <section className="panel panel--text" aria-labelledby="all-figures-title">
            <h2 id="all-figures-title">{t('panel.allFigures.title')}</h2>
            <FigureTable dataset={dataset} indicators={filtered} />
          </section>
        </div>
      </div>
    </ChartDrawingProvider>
  );
}
