import { legendOf } from '../charts';
import { quoteForDisplay, shortLocation, type DatasetOrigin } from '../data/dataset-source';
import type { Dataset } from '../data/schema';
import type { ChartExportSpec } from '../export/types';
import { translate, type Lang } from '../i18n/translate';
import { formatDate } from '../model/format';
import type { PanelView } from './panel-view';

/** Where the figures came from when not from the shipped file (null then): "Số liệu tải từ 127.0.0.1:5001/x.json, …". */
export function originNote(origin: DatasetOrigin, lang: Lang): string | null {
  if (origin.kind === 'url') return translate(lang, 'source.exportUrl', { location: shortLocation(origin.url, 100) });
  if (origin.kind === 'file') return translate(lang, 'source.exportFile', { name: `“${quoteForDisplay(origin.name, 60)}”` });
  return null;
}

/** A panel's source line in files: where the figures came from (when not the shipped file), then its citations. */
export const sourceLine = (citations: readonly string[], origin: DatasetOrigin, lang: Lang): string =>
  [originNote(origin, lang), ...citations].filter((line) => line !== null).join(' ');

/**
 * The full spec an exported image or workbook carries: the panel's words and data, the source line (led by where the
 * figures came from when that is not the shipped file: it travels with every image and workbook) and the export date.
 */
export function buildExportSpec(
  view: PanelView,
  dataset: Dataset,
  lang: Lang,
  today: Date,
  origin: DatasetOrigin = { kind: 'shipped' },
): ChartExportSpec {
  const isoToday = today.toISOString().slice(0, 10);
  return {
    title: view.title,
    subtitle: view.exportNote ? `${view.subtitle} · ${view.exportNote}` : view.subtitle,
    // exactly the sources of the figures this panel shows
    source: sourceLine(view.citations, origin, lang),
    exportedOn: translate(lang, 'export.exportedOn', { date: formatDate(lang, isoToday) }),
    legend: legendOf(view.chart).map((s) => ({ label: s.label, color: s.color, pattern: s.pattern ?? null })),
    table: view.table,
    fileNameParts: [view.fileSlug, view.subtitle],
    lang,
  };
}
