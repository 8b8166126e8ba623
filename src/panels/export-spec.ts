import { legendOf } from '../charts';
import type { Dataset } from '../data/schema';
import type { ChartExportSpec } from '../export/types';
import { translate, type Lang } from '../i18n/translate';
import { formatDate } from '../model/format';
import type { PanelView } from './panel-view';

/** The full spec an exported image or CSV carries: the panel's words and data, the source line and the export date. */
export function buildExportSpec(view: PanelView, dataset: Dataset, lang: Lang, today: Date): ChartExportSpec {
  const isoToday = today.toISOString().slice(0, 10);
  return {
    title: view.title,
    subtitle: view.exportNote ? `${view.subtitle} · ${view.exportNote}` : view.subtitle,
    // exactly the sources of the figures this panel shows
    source: view.citations.join(' '),
    exportedOn: translate(lang, 'export.exportedOn', { date: formatDate(lang, isoToday) }),
    legend: legendOf(view.chart).map((s) => ({ label: s.label, color: s.color, pattern: s.pattern ?? null })),
    table: view.table,
    fileNameParts: [view.fileSlug, view.subtitle],
    lang,
  };
}
