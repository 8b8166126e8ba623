import type { ReactElement } from 'react';
import type { Dataset } from '../data/schema';
import type { Lang, MessageKey } from '../i18n/translate';
import { applyFilters, aspectValue, indicatorsIn, type Filters } from '../model/filters';
import { memoLast } from '../model/memo-last';
import { citationsOf } from '../model/sources';
import type { PanelDefinition, PanelView } from './panel-view';

/** A panel as the dashboard sees it: its series type hidden behind `derive`. */
export interface Panel {
  id: string;
  short: MessageKey;
  place: PanelDefinition<unknown>['place'];
  /** Whether the file carries this panel's figures at all (else it is left off the page and the filter list). */
  present(dataset: Dataset): boolean;
  /** The panel for this dataset, filters and language; the same object while the filters it reads stay the same. */
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
  const compute = (dataset: Dataset, filters: Filters, lang: Lang) => {
    const input = { dataset, filters, lang, indicators: applyFilters(indicatorsIn(dataset, categories), filters, reads) };
    const series = def.series(input);
    const partial = def.view(series, input);
    const citations = partial ? citationsOf(dataset, partial.figures ?? input.indicators, lang) : [];
    return { series, view: partial ? { id, ...partial, citations } : null };
  };
  const derive = memoLast(
    (dataset: Dataset, filters: Filters, lang: Lang): DerivedPanel => {
      const { series, view } = compute(dataset, filters, lang);
      return { id, view, element: <Component key={id} dataset={dataset} series={series} view={view} /> };
    },
    (dataset, filters, lang) => [dataset, lang, ...reads.map((aspect) => aspectValue(filters, aspect))],
  );
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
