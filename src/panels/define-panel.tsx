import type { ReactElement } from 'react';
import type { Dataset } from '../data/schema';
import type { Lang, MessageKey } from '../i18n/translate';
import { applyFilters, aspectValue, indicatorsIn, type Filters } from '../model/filters';
import { memoLast } from '../model/memo-last';
import type { PanelDefinition, PanelView } from './panel-view';

/** A panel as the dashboard sees it: its series type hidden behind `derive`. */
export interface Panel {
  id: string;
  short: MessageKey;
  place: PanelDefinition<unknown>['place'];
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
    return { series, view: partial ? { id, ...partial } : null };
  };
  const derive = memoLast(
    (dataset: Dataset, filters: Filters, lang: Lang): DerivedPanel => {
      const { series, view } = compute(dataset, filters, lang);
      return { id, view, element: <Component key={id} dataset={dataset} series={series} view={view} /> };
    },
    (dataset, filters, lang) => [dataset, lang, ...reads.map((aspect) => aspectValue(filters, aspect))],
  );
  return { id, short, place, derive, compute };
}
