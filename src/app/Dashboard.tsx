import { useMemo, useState, type ReactNode } from 'react';
import { ChartDrawingProvider } from '../charts';
import type { DatasetOrigin } from '../data/dataset-source';
import type { Dataset } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import type { Lang } from '../i18n/translate';
import { dimensionsOf, withinDimensions } from '../model/dimensions';
import { choicesOf, defaultFilters, filtersKey, parseFilters, writeFilters, type Filters } from '../model/filters';
import { memoLast } from '../model/memo-last';
import { selectFigures, selectionKey } from '../model/select-figures';
import { PANELS, useDataOrigin, viewSummary, type DerivedPanel, type Panel, type PanelView } from '../panels';
import { useSearchParams } from '../ui/use-search-params';
import { DashboardActions } from './DashboardActions';
import { FigureTable } from './FigureTable';
import { FilterBar } from './FilterBar';
import { OfflineNote } from './OfflineNote';
import { PanelBoundary } from './PanelBoundary';
import { PrintKeyFigures, PrintSummary } from './PrintSummary';

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
  // The whole view in words (print's first page, whole-view files and their names), built once for all of them:
  // recomputed when the filters' meaning, the language or a panel's view changes (each view is memoised by its panel).
  const [summaryOf] = useState(() =>
    memoLast(
      (d: Dataset, f: Filters, l: Lang, origin: DatasetOrigin, views: PanelView[]) => viewSummary(d, f, l, views, new Date(), origin),
      // the origin by value: the page shell makes a new object for the same origin on each render
      (d, f, l, origin, views) => [d, filtersKey(f), l, JSON.stringify(origin), ...views],
    ),
  );
  const summary = summaryOf(
    dataset,
    filters,
    lang,
    useDataOrigin(),
    shown.flatMap((s) => (s.derived.view ? [s.derived.view] : [])),
  );
  const setFilters = (next: Filters) => navigate(writeFilters(next, params, ids));
  return (
    <ChartDrawingProvider>
      <OfflineNote />
      <div className="dashboard">
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
        <div className="dashboard__content">
          <PrintSummary summary={summary} />
          {inPlace(shown, 'strip')}
          {/* on paper: the key figures, then the charts, flowing in two columns page by page (print.css) */}
          <div className="print-flow">
            {shown.some((s) => s.panel.place === 'strip') ? <PrintKeyFigures summary={summary} /> : null}
            <div className="panel-grid">{inPlace(shown, 'grid')}</div>
          </div>
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
