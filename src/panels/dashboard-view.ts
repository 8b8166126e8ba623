import type { DatasetOrigin } from '../data/dataset-source';
import type { Dataset, Indicator } from '../data/schema';
import type { Lang } from '../i18n/translate';
import { dimensionsOf, withinDimensions, type Dimensions } from '../model/dimensions';
import { choicesOf, filtersKey, parseFilters, type Filters } from '../model/filters';
import { memoLast } from '../model/memo-last';
import { selectFigures, selectionKey } from '../model/select-figures';
import type { DerivedPanel, Panel } from './define-panel';
import type { PanelView } from './panel-view';
import { viewSummary, type ViewSummary } from './view-summary';

/** Everything the dashboard draws for one dataset, URL and language. */
export interface DashboardView {
  /** the panels whose figures the file carries (offered by the filters) */
  present: readonly Panel[];
  ids: readonly string[];
  dims: Dimensions;
  filters: Filters;
  /** every figure the filters leave (the count and the all-figures table) */
  filtered: readonly Indicator[];
  /** the panels shown, in registry order, each derived for these filters */
  shown: readonly { panel: Panel; derived: DerivedPanel }[];
  summary: ViewSummary;
}

// Each memo hands back the same object while its inputs stay the same: React skips what did not change, and a view
// prepared ahead (prepareDashboardView) is found again by the render.
const presentOf = memoLast(
  (panels: readonly Panel[], dataset: Dataset) => panels.filter((p) => p.present(dataset)),
  (panels, dataset) => [panels, dataset],
);
const idsOf = memoLast(
  (present: readonly Panel[]) => present.map((p) => p.id),
  (present) => [present],
);
const figuresShown = memoLast(
  (d: Dataset, f: Filters) => selectFigures(d, null, f),
  (d, f) => [d, selectionKey(d, null, f)],
);
const summaryOf = memoLast(
  (d: Dataset, f: Filters, l: Lang, origin: DatasetOrigin, views: PanelView[]) => viewSummary(d, f, l, views, new Date(), origin),
  // the origin by value: the page shell makes a new object for the same origin on each render
  (d, f, l, origin, views) => [d, filtersKey(f), l, JSON.stringify(origin), ...views],
);

/**
 * The dashboard's view, step by step: a step ends after each piece that grows with the file (the panels present, the
 * dimensions, the figures left, each panel's series), so a big file's first view can be computed between other work.
 */
export function* dashboardViewSteps(
  dataset: Dataset,
  params: URLSearchParams,
  lang: Lang,
  origin: DatasetOrigin,
  panels: readonly Panel[],
): Generator<void, DashboardView, void> {
  const present = presentOf(panels, dataset);
  const ids = idsOf(present);
  yield;
  const dims = dimensionsOf(dataset);
  yield;
  const filters = withinDimensions(parseFilters(params, choicesOf(dataset, ids)), dims);
  const filtered = figuresShown(dataset, filters);
  yield;
  const shown: { panel: Panel; derived: DerivedPanel }[] = [];
  for (const panel of present) {
    if (!filters.panels.includes(panel.id)) continue;
    shown.push({ panel, derived: panel.derive(dataset, filters, lang) });
    yield;
  }
  const views = shown.flatMap((s) => (s.derived.view ? [s.derived.view] : []));
  const summary = summaryOf(dataset, filters, lang, origin, views);
  return { present, ids, dims, filters, filtered, shown, summary };
}

/** The view at once (the render): cheap when prepareDashboardView has just computed the same one. */
export function dashboardView(...args: Parameters<typeof dashboardViewSteps>): DashboardView {
  const steps = dashboardViewSteps(...args);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How long a piece of preparation may hold the main thread before the browser gets it back (paint, input). */
const SLICE_MS = 12;

interface SchedulerWithYield {
  yield(): Promise<void>;
}

/** Back to the browser for a moment: `scheduler.yield` where there is one (it resumes ahead of other tasks), else a task. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => setTimeout(resume, 0));
}

/**
 * Computes a new file's first view before it is shown, in slices of the main thread, so the render that follows finds
 * every panel already derived and no single task grows with the file (100,000 figures). A small file takes one slice.
 */
export async function prepareDashboardView(
  ...args: [...Parameters<typeof dashboardViewSteps>, signal?: AbortSignal]
): Promise<DashboardView> {
  const [dataset, params, lang, origin, panels, signal] = args;
  const steps = dashboardViewSteps(dataset, params, lang, origin, panels);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < SLICE_MS) continue;
    await yieldToBrowser();
    signal?.throwIfAborted();
    sliceStart = performance.now();
  }
}
