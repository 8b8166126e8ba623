import type { DatasetOrigin } from '../data/dataset-source';
import type { Dataset } from '../data/schema';
import type { ExportResult } from '../export/export-chart';
import { IMAGE_KINDS, type ExportKind } from '../export/types';
import type { Lang } from '../i18n/translate';
import { drawnChart } from './drawn-chart';
import { buildExportSpec } from './export-spec';
import type { PanelView } from './panel-view';
import { exportSlides } from './slide-export';

/** The panel's table as a workbook (title rows, then a header row and typed numbers); the workbook code loads on first use. */
async function exportWorkbook(view: PanelView, dataset: Dataset, lang: Lang, origin: DatasetOrigin): Promise<ExportResult> {
  const [{ tableWorkbook, XLSX_TYPE }, { downloadBlob }, { exportFileName }] = await Promise.all([
    import('../workbook'),
    import('../export/download'),
    import('../export/file-name'),
  ]);
  const spec = buildExportSpec(view, dataset, lang, new Date(), origin);
  const bytes = await tableWorkbook(spec);
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE });
  const fileName = exportFileName(spec.fileNameParts, 'xlsx');
  downloadBlob(blob, fileName);
  return { kind: 'xlsx', status: 'downloaded', fileName, bytes: blob.size, fontFallback: false };
}

/**
 * One panel's file (PNG, 16:9 slide, SVG, Excel, CSV) downloaded, or its PNG copied. The export code loads on first use.
 * `origin`: where the dataset came from; a dataset other than the shipped one is named in the file's source line.
 */
export async function exportPanel(
  kind: ExportKind,
  view: PanelView,
  dataset: Dataset,
  lang: Lang,
  width?: number,
  origin: DatasetOrigin = { kind: 'shipped' },
): Promise<ExportResult> {
  if (kind === 'xlsx') return exportWorkbook(view, dataset, lang, origin);
  if (kind === 'png-slide') return exportSlides(view, dataset, lang, origin);
  if (kind === 'pptx') return (await import('./export-slides')).exportPanelAsPptx(view, dataset, lang, origin);
  const { exportChart } = await import('../export/export-chart');
  const chart = IMAGE_KINDS.has(kind) ? await drawnChart(view, width) : null;
  return exportChart(kind, buildExportSpec(view, dataset, lang, new Date(), origin), chart, document.baseURI);
}

/**
 * Every given panel as PNG (when it has a chart) + CSV, in the order given (the page's), in one ZIP named from
 * `fileParts` (the dataset and the filters: ViewSummary.fileParts).
 */
export async function exportPanelsAsZip(
  views: readonly PanelView[],
  dataset: Dataset,
  lang: Lang,
  fileParts: readonly string[],
  origin: DatasetOrigin = { kind: 'shipped' },
) {
  const [{ exportAllAsZip }, { exportFileName }] = await Promise.all([import('../export/export-chart'), import('../export/file-name')]);
  const today = new Date();
  const items = views
    .filter((view) => !view.empty)
    .map((view) => ({ spec: buildExportSpec(view, dataset, lang, today, origin), chart: () => drawnChart(view, undefined) }));
  return exportAllAsZip(items, document.baseURI, exportFileName([...fileParts], 'zip'));
}
