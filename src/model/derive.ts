import type { Dataset } from '../data/schema';
import type { Lang } from '../i18n/translate';
import { applyFilters, type Filters } from './filters';
import { anniversarySeries } from './series/anniversary';
import { congressSeries } from './series/congress';
import { inspectionSeries } from './series/inspection';
import { overviewSeries } from './series/overview';
import { programmeSeries } from './series/programme';

/** Everything the dashboard draws for one dataset and one set of filters: data in, series out. */
export function deriveAll(dataset: Dataset, filters: Filters, lang: Lang = 'vi') {
  const filtered = applyFilters(dataset.indicators, filters);
  return {
    filtered,
    overview: overviewSeries(dataset, filtered),
    inspection: inspectionSeries(dataset, filtered, filters, lang),
    congress: congressSeries(dataset, filtered, lang),
    programme: programmeSeries(dataset, filtered, lang),
    anniversary: anniversarySeries(dataset, filtered, lang),
  };
}

export type Derived = ReturnType<typeof deriveAll>;
