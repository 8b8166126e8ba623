import type { ReactElement } from 'react';
import type { Dataset } from '../data/schema';
import type { Lang, MessageKey } from '../i18n/translate';
import { indicatorsIn, type Filters } from '../model/filters';
import { selectFigures, selectionKey } from '../model/select-figures';
import { sameFieldsRead, watchFilters, type FieldsRead } from '../model/watched-filters';
import { citationsOf } from '../model/sources';
import type { PanelDefinition, PanelView } from './panel-view';

/** A panel as the dashboard sees it: its series type hidden behind `derive`. */
export interface Panel {
  id: string;
  short: MessageKey;
  place: PanelDefinition<unknown>['place'];
  /** Whether the file carries this panel's figures at all (else it is left off the page and the filter list). */
  present(dataset: Dataset): boolean;
  /** The panel for this dataset, filters and language; the same object while its figures and the filters its series and view read stay the same. */
  derive(dataset: Dataset, filters: Filters, lang: Lang): DerivedPanel;
  /** Its series and view computed afresh, no memo and no React (the bench times this). */
  compute(dataset: Dataset, filters: Filters, lang: Lang): { series: unknown; view: PanelView | null };
}

export interface DerivedPanel {
  id: string;
  view: PanelView | null;
  /** the panel's component with its series; an unchanged element is not rendered again */
  element: ReactElement;
}

export function definePanel<S>(def: PanelDefinition<S>): Panel {
  const { id, short, place, categories, reads, Component } = def;
  // `seen`: the filters as the series and view read them (the selection reads the plain ones)
  const compute = (dataset: Dataset, filters: Filters, lang: Lang, seen: Filters = filters) => {
    const input = { dataset, filters: seen, lang, indicators: selectFigures(dataset, categories, filters, reads) };
    const series = def.series(input);
    const partial = def.view(series, input);
    const citations = partial ? citationsOf(dataset, partial.figures ?? input.indicators, lang) : [];
    return { series, view: partial ? { id, ...partial, citations } : null };
  };
  // The last panel derived, kept while its figures and the filters its series and view read stay the same: a
  // subject change leaves a panel of figures without subjects (and its element, so React skips it) as it is.
  let last: { dataset: Dataset; lang: Lang; selection: string; read: FieldsRead; derived: DerivedPanel } | null = null;
  const derive = (dataset: Dataset, filters: Filters, lang: Lang): DerivedPanel => {
    const selection = selectionKey(dataset, categories, filters, reads);
    if (last && last.dataset === dataset && last.lang === lang && last.selection === selection && sameFieldsRead(filters, last.read)) {
      return last.derived;
    }
    const watched = watchFilters(filters);
    const { series, view } = compute(dataset, filters, lang, watched.filters);
    const derived = { id, view, element: <Component key={id} dataset={dataset} series={series} view={view} /> };
    last = { dataset, lang, selection, read: watched.read(), derived };
    return derived;
  };
  const carried = new WeakMap<Dataset, boolean>();
  const present = (dataset: Dataset): boolean => {
    let known = carried.get(dataset);
    if (known === undefined) {
      known = def.present ? def.present(dataset) : categories.length === 0 || indicatorsIn(dataset, categories).length > 0;
      carried.set(dataset, known);
    }
    return known;
  };
  return { id, short, place, present, derive, compute };
}
