import { loadChartCapture } from '../charts';
import type { DatasetOrigin } from '../data/dataset-source';
import type { Dataset } from '../data/schema';
import type { ExportResult } from '../export/export-chart';
import type { ChartExportSpec } from '../export/types';
import { translate, type Lang } from '../i18n/translate';
import { buildExportSpec } from './export-spec';
import type { PanelView } from './panel-view';

/**
 * A panel's chart on 16:9 slides: the slide's frame (export/slide-svg.ts) says how much room the chart has, charts/
 * lays the chart out for it and draws each slide's part, export/ composes and rasterises them. The export code loads
 * on first use.
 */
async function slideCharts(view: PanelView, spec: ChartExportSpec, lang: Lang) {
  if (!view.chart || view.empty) throw new Error('This panel has no chart to draw as an image');
  const [{ slideFrame, MIN_SLIDE_TEXT }, { captureSlideCharts }] = await Promise.all([import('../export/slide-svg'), loadChartCapture()]);
  const { chartBox } = slideFrame(spec);
  return captureSlideCharts(view.chart, chartBox, { minText: MIN_SLIDE_TEXT, continued: translate(lang, 'export.slideContinued') });
}

/**
 * The panel's chart as 16:9 slide images, 1920×1080 PNGs in order: one, or several numbered ones ("1/2", "2/2")
 * when the chart cannot fit one slide legibly. For other exporters (PowerPoint) that want the same picture.
 */
export async function slidePngs(
  view: PanelView,
  dataset: Dataset,
  lang: Lang,
  today = new Date(),
  origin: DatasetOrigin = { kind: 'shipped' },
): Promise<Blob[]> {
  const spec = buildExportSpec(view, dataset, lang, today, origin);
  const pages = await slideCharts(view, spec, lang);
  const { produceSlidePngs } = await import('../export/export-chart');
  return (await produceSlidePngs(spec, pages, document.baseURI)).blobs;
}

/** Downloads the panel's slides: one PNG, or a ZIP of the numbered slides. */
export async function exportSlides(view: PanelView, dataset: Dataset, lang: Lang, origin: DatasetOrigin): Promise<ExportResult> {
  const spec = buildExportSpec(view, dataset, lang, new Date(), origin);
  const pages = await slideCharts(view, spec, lang);
  const { exportSlides: download } = await import('../export/export-chart');
  return download(spec, pages, document.baseURI);
}
