import type { Dataset } from '../data/schema';
import type { ChartExportSpec, ExportTable, LegendEntry } from '../export/types';
import { translate, type Lang } from '../i18n/translate';
import { formatDate } from './format';

/** What a panel says about its chart for export: title, filters in words, legend, data. */
export interface PanelExportInfo {
  title: string;
  subtitle: string;
  table: ExportTable;
  legend: readonly LegendEntry[];
  /** parts of the file name, slugified by the exporter: a title slug, then the filters */
  fileNameParts: string[];
}

/** The full spec an exported image or CSV carries: adds the source line and the export date. */
export function buildExportSpec(info: PanelExportInfo, dataset: Dataset, lang: Lang, today: Date): ChartExportSpec {
  const isoToday = today.toISOString().slice(0, 10);
  return {
    title: info.title,
    subtitle: info.subtitle,
    source: translate(lang, 'app.source', {
      report: dataset.meta.report[lang],
      publisher: dataset.meta.publisher[lang],
      date: formatDate(lang, dataset.meta.date),
    }),
    exportedOn: translate(lang, 'export.exportedOn', { date: formatDate(lang, isoToday) }),
    legend: [...info.legend],
    table: info.table,
    fileNameParts: info.fileNameParts,
    lang,
  };
}
