import type { Dataset, Indicator } from '../data/schema';
import { PLAIN_NUMBERS, type Table } from './table';
import { translate, type Lang } from '../i18n/translate';
import { orgUnitLabel, periodLabel } from './figures';
import { unitLabel } from './format';
import { formatLocator } from './sources';

/**
 * The figures behind a chart as a table of raw values: what the table view shows and what CSV
 * exports, with the unit and the place in the report as columns.
 */
export function indicatorTable(dataset: Dataset, indicators: readonly Indicator[], lang: Lang): Table {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return {
    columns: [
      { key: 'label', label: t('table.figure') },
      { key: 'value', label: t('table.value') },
      { key: 'denominator', label: t('table.denominator') },
      { key: 'unit', label: t('table.unit') },
      { key: 'period', label: t('table.period') },
      { key: 'orgUnit', label: t('table.orgUnit') },
      { key: 'source', label: t('table.source') },
      { key: 'computed', label: t('table.computed') },
    ],
    rows: indicators.map((ind) => ({
      id: ind.id,
      label: ind.qualifier ? `${ind.label[lang]} (${t(`qualifier.${ind.qualifier}`)})` : ind.label[lang],
      value: ind.value,
      denominator: ind.denominator ?? null,
      unit: unitLabel(lang, ind),
      period: periodLabel(dataset, ind.period, lang),
      orgUnit: orgUnitLabel(dataset, ind.orgUnit, lang),
      source: formatLocator(lang, dataset, ind.locator),
      computed: ind.computed ? ind.computed.method[lang] : null,
      [PLAIN_NUMBERS]: ind.unit === 'year' || ind.unit === 'ordinal' ? 1 : null,
    })),
  };
}

/**
 * A table built on first read. A panel's table (every figure behind its chart, up to 100k rows) is
 * needed only for the table view and exports, not on every filter change.
 */
export function lazyTable(build: () => Table): Table {
  let built: Table | null = null;
  const get = () => (built ??= build());
  return {
    get columns() {
      return get().columns;
    },
    get rows() {
      return get().rows;
    },
  };
}

/** A panel's table of the figures behind its chart, built only when the table view or an export reads it. */
export const panelTable = (dataset: Dataset, indicators: readonly Indicator[], lang: Lang): Table =>
  lazyTable(() => indicatorTable(dataset, indicators, lang));
