import type { DatasetOrigin } from '../data/dataset-source';
import type { Dataset } from '../data/schema';
import type { ExportResult } from '../export/export-chart';
import type { Deck, DeckImage } from '../export/pptx-types';
import type { Lang } from '../i18n/translate';
import { buildExportSpec } from './export-spec';
import { drawnChart } from './drawn-chart';
import type { PanelView } from './panel-view';
import { deckOf, deckPanelOf, panelDeck } from './slide-content';
import type { ViewSummary } from './view-summary';

/** Width and height of a PNG, read from its IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

async function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The image could not be read'));
    reader.readAsDataURL(blob);
  });
}

/**
 * The picture of a chart PowerPoint cannot draw natively (a timeline): today the captioned 2x PNG of the PNG export.
 * The one place a slide's picture is made, so a 16:9 slide image can take its place.
 */
async function slideImage(view: PanelView, dataset: Dataset, lang: Lang, origin: DatasetOrigin): Promise<DeckImage | null> {
  const chart = await drawnChart(view, undefined);
  if (!chart) return null;
  const { produceExport } = await import('../export/export-chart');
  const { blob } = await produceExport('png', buildExportSpec(view, dataset, lang, new Date(), origin), chart, document.baseURI);
  const { width, height } = pngSize(new Uint8Array(await blob.arrayBuffer()));
  return { kind: 'image', data: await dataUrlOf(blob), width, height, altText: view.chart?.label ?? view.title };
}

async function panelsOf(views: readonly PanelView[], dataset: Dataset, lang: Lang, origin: DatasetOrigin) {
  const panels = [];
  // one at a time, in page order: a picture is drawn only for a chart PowerPoint cannot draw
  for (const view of views.filter((v) => !v.empty)) {
    const image = view.chart?.kind === 'timeline' ? await slideImage(view, dataset, lang, origin) : null;
    panels.push(deckPanelOf(view, lang, image, origin));
  }
  return panels;
}

async function download(deck: Deck, parts: string[]): Promise<ExportResult> {
  const [{ buildPptx, PPTX_TYPE }, { downloadBlob }, { exportFileName }] = await Promise.all([
    import('../export/pptx-deck'),
    import('../export/download'),
    import('../export/file-name'),
  ]);
  const bytes = await buildPptx(deck);
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: PPTX_TYPE });
  const fileName = exportFileName(parts, 'pptx');
  downloadBlob(blob, fileName);
  return { kind: 'pptx', status: 'downloaded', fileName, bytes: blob.size, fontFallback: false };
}

/** The whole view as a PowerPoint deck: title, key figures, one slide per chart in page order, sources. */
export async function exportViewAsPptx(summary: ViewSummary, dataset: Dataset): Promise<ExportResult> {
  const panels = await panelsOf(summary.views, dataset, summary.lang, summary.origin);
  return download(deckOf(summary, panels), summary.fileParts);
}

/** One panel's slide(s) as a deck of their own, named like its other files. */
export async function exportPanelAsPptx(view: PanelView, dataset: Dataset, lang: Lang, origin: DatasetOrigin): Promise<ExportResult> {
  const panels = await panelsOf([view], dataset, lang, origin);
  const spec = buildExportSpec(view, dataset, lang, new Date(), origin);
  return download(panelDeck(dataset, lang, panels, spec.exportedOn), spec.fileNameParts);
}
