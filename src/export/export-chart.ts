import { captionedSize, composeCaptionedSvg, composeChartWithLegendSvg } from './captioned-svg';
import { csvBlob } from './csv';
import { copyPngToClipboard, downloadBlob } from './download';
import { loadEmbeddedFontCss } from './embedded-font';
import { exportFileName } from './file-name';
import type { SerializedChart } from './inline-svg';
import { DEFAULT_PNG_SCALE, svgToPngBlob } from './rasterize';
import { composeSlideSvg, SLIDE, type SlideChart } from './slide-svg';
import type { ChartExportSpec, ExportKind } from './types';
import { zipFiles } from './zip';

export interface ExportResult {
  kind: ExportKind | 'zip' | 'docx';
  /** downloaded, copied to the clipboard, or why not */
  status: 'downloaded' | 'copied' | 'unsupported' | 'denied';
  fileName: string;
  bytes: number;
  /** the font could not be embedded: the file falls back to the declared font stack */
  fontFallback: boolean;
}

export interface ProducedFile {
  blob: Blob;
  fileName: string;
  fontFallback: boolean;
}

/** The embedded font, or '' when it cannot be fetched: an export with fallback fonts beats no export. */
async function fontCss(baseUri: string): Promise<string> {
  try {
    return await loadEmbeddedFontCss(baseUri);
  } catch {
    return '';
  }
}

function requireChart(chart: SerializedChart | null): SerializedChart {
  if (!chart) throw new Error('This panel has no chart to draw as an image');
  return chart;
}

/** The captioned chart as one standalone SVG document, font embedded. */
export async function buildCaptionedSvg(spec: ChartExportSpec, chart: SerializedChart, baseUri: string) {
  const css = await fontCss(baseUri);
  const text = composeCaptionedSvg(spec, chart, css ? { fontFaceCss: css } : {});
  return { text, ...captionedSize(text), fontFallback: !css };
}

/**
 * The chart and its legend alone as a PNG drawn at `scale` (a report sets the title, subtitle and source as its own
 * text), with its size in CSS pixels for the document to lay it out at.
 */
export async function chartWithLegendPng(
  spec: Pick<ChartExportSpec, 'title' | 'subtitle' | 'legend' | 'lang'>,
  chart: SerializedChart,
  baseUri: string,
  scale: number,
): Promise<{ blob: Blob; width: number; height: number; fontFallback: boolean }> {
  const css = await fontCss(baseUri);
  const text = composeChartWithLegendSvg(spec, chart, css ? { fontFaceCss: css } : {});
  const size = captionedSize(text);
  const blob = await svgToPngBlob(text, { ...size, scale });
  return { blob, ...size, fontFallback: !css };
}

/** Builds the file for one export without downloading it. */
export async function produceExport(
  kind: ExportKind,
  spec: ChartExportSpec,
  chart: SerializedChart | null,
  baseUri: string,
): Promise<ProducedFile> {
  if (kind === 'csv') return { blob: csvBlob(spec.table), fileName: exportFileName(spec.fileNameParts, 'csv'), fontFallback: false };
  // a chart drawn for the page, fitted onto one slide (the panels lay theirs out for slides: see captureSlideCharts)
  if (kind === 'png-slide') return produceSlides(spec, [{ chart: requireChart(chart), scale: DEFAULT_PNG_SCALE }], baseUri);
  const svg = await buildCaptionedSvg(spec, requireChart(chart), baseUri);
  if (kind === 'svg') {
    return {
      blob: new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }),
      fileName: exportFileName(spec.fileNameParts, 'svg'),
      fontFallback: svg.fontFallback,
    };
  }
  const blob = await svgToPngBlob(svg.text, { width: svg.width, height: svg.height, scale: DEFAULT_PNG_SCALE });
  return { blob, fileName: exportFileName(spec.fileNameParts, 'png'), fontFallback: svg.fontFallback };
}

/** The chart's 16:9 slides as PNGs, 1920×1080 each, in order ("1/2", "2/2" drawn on them when there are several). */
export async function produceSlidePngs(
  spec: ChartExportSpec,
  pages: readonly SlideChart[],
  baseUri: string,
): Promise<{ blobs: Blob[]; fontFallback: boolean }> {
  if (pages.length === 0) throw new Error('This panel has no chart to draw as an image');
  const css = await fontCss(baseUri);
  const blobs: Blob[] = [];
  for (const [index, page] of pages.entries()) {
    const text = composeSlideSvg(spec, page, { page: { index, count: pages.length }, ...(css ? { fontFaceCss: css } : {}) });
    blobs.push(await svgToPngBlob(text, { ...SLIDE, scale: 1 }));
  }
  return { blobs, fontFallback: !css };
}

/** The slides as one file: the PNG of a chart that fits one slide, or a ZIP of its numbered slides. */
export async function produceSlides(spec: ChartExportSpec, pages: readonly SlideChart[], baseUri: string): Promise<ProducedFile> {
  const { blobs, fontFallback } = await produceSlidePngs(spec, pages, baseUri);
  const parts = spec.fileNameParts;
  if (blobs.length === 1) return { blob: blobs[0]!, fileName: exportFileName(parts, 'png', ['16x9']), fontFallback };
  const files = blobs.map((data, i) => ({ name: exportFileName(parts, 'png', ['16x9', `${i + 1}-${blobs.length}`]), data }));
  return { blob: await zipFiles(files), fileName: exportFileName(parts, 'zip', ['16x9']), fontFallback };
}

/** Downloads the slides (see produceSlides). */
export async function exportSlides(spec: ChartExportSpec, pages: readonly SlideChart[], baseUri: string): Promise<ExportResult> {
  const { blob, fileName, fontFallback } = await produceSlides(spec, pages, baseUri);
  downloadBlob(blob, fileName);
  return { kind: 'png-slide', status: 'downloaded', fileName, bytes: blob.size, fontFallback };
}

/**
 * What a panel's export menu calls: builds the file, then downloads it (or copies the PNG).
 * Throws when there is nothing to export (no chart for an image) or the browser cannot draw it.
 */
export async function exportChart(
  kind: ExportKind,
  spec: ChartExportSpec,
  chart: SerializedChart | null,
  baseUri: string,
): Promise<ExportResult> {
  if (kind === 'clipboard') {
    const produced = produceExport('png', spec, chart, baseUri);
    // clipboard.write is called now, still inside the click, with the image to follow (see copyPngToClipboard)
    const status = await copyPngToClipboard(produced.then((p) => p.blob));
    const { blob, fileName, fontFallback } = await produced;
    return { kind, status, fileName, bytes: blob.size, fontFallback };
  }
  const { blob, fileName, fontFallback } = await produceExport(kind, spec, chart, baseUri);
  downloadBlob(blob, fileName);
  return { kind, status: 'downloaded', fileName, bytes: blob.size, fontFallback };
}

/** "01-", "02-"…: the place in the page, so a file browser sorting by name lists the files as the page shows them. */
export function pageOrderPrefix(index: number, count: number): string {
  return `${String(index + 1).padStart(Math.max(2, String(count).length), '0')}-`;
}

/**
 * Every chart given as a 2x PNG plus its CSV, in one ZIP download named `zipName` (slugged like the others). The
 * entries are in the order given, their names prefixed with that place ("01-kiem-tra-giam-sat-2020.png"). Each chart
 * is drawn only when its turn comes; a panel without a chart gets only its CSV.
 */
export async function exportAllAsZip(
  items: { spec: ChartExportSpec; chart: () => Promise<SerializedChart | null> }[],
  baseUri: string,
  zipName: string,
): Promise<ExportResult> {
  const files: { name: string; data: Blob }[] = [];
  let fontFallback = false;
  // one chart at a time: each PNG holds a full-size canvas, and the page stays responsive
  for (const [index, item] of items.entries()) {
    const { spec } = item;
    const prefix = pageOrderPrefix(index, items.length);
    const chart = await item.chart();
    if (chart) {
      const png = await produceExport('png', spec, chart, baseUri);
      files.push({ name: prefix + png.fileName, data: png.blob });
      fontFallback ||= png.fontFallback;
    }
    const csv = await produceExport('csv', spec, null, baseUri);
    files.push({ name: prefix + csv.fileName, data: csv.blob });
  }
  const zip = await zipFiles(files);
  const fileName = exportFileName([zipName.replace(/\.zip$/i, '')], 'zip');
  downloadBlob(zip, fileName);
  return { kind: 'zip', status: 'downloaded', fileName, bytes: zip.size, fontFallback };
}
