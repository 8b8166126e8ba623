import { captionedSize, composeCaptionedSvg, composeChartWithLegendSvg } from './captioned-svg';
import { csvBlob } from './csv';
import { copyPngToClipboard, downloadBlob } from './download';
import { loadEmbeddedFontCss } from './embedded-font';
import { exportFileName } from './file-name';
import type { SerializedChart } from './inline-svg';
import { DEFAULT_PNG_SCALE, SLIDE_WIDTH, pngScaleFor, svgToPngBlob } from './rasterize';
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
  const svg = await buildCaptionedSvg(spec, requireChart(chart), baseUri);
  if (kind === 'svg') {
    return {
      blob: new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }),
      fileName: exportFileName(spec.fileNameParts, 'svg'),
      fontFallback: svg.fontFallback,
    };
  }
  const slide = kind === 'png-slide';
  const scale = slide ? pngScaleFor(SLIDE_WIDTH, svg.width) : DEFAULT_PNG_SCALE;
  const blob = await svgToPngBlob(svg.text, { width: svg.width, height: svg.height, scale });
  const parts = slide ? [...spec.fileNameParts, `${SLIDE_WIDTH}px`] : spec.fileNameParts;
  return { blob, fileName: exportFileName(parts, 'png'), fontFallback: svg.fontFallback };
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

/**
 * Every chart given as a 2x PNG plus its CSV, in one ZIP download (its name slugged like the others), in the
 * order given. Each chart is drawn only when its turn comes; a panel without a chart gets only its CSV.
 */
export async function exportAllAsZip(
  items: { spec: ChartExportSpec; chart: () => Promise<SerializedChart | null> }[],
  baseUri: string,
  zipName: string,
): Promise<ExportResult> {
  const files: { name: string; data: Blob }[] = [];
  let fontFallback = false;
  // one chart at a time: each PNG holds a full-size canvas, and the page stays responsive
  for (const item of items) {
    const { spec } = item;
    const chart = await item.chart();
    if (chart) {
      const png = await produceExport('png', spec, chart, baseUri);
      files.push({ name: png.fileName, data: png.blob });
      fontFallback ||= png.fontFallback;
    }
    const csv = await produceExport('csv', spec, null, baseUri);
    files.push({ name: csv.fileName, data: csv.blob });
  }
  const zip = await zipFiles(files);
  const fileName = exportFileName([zipName.replace(/\.zip$/i, '')], 'zip');
  downloadBlob(zip, fileName);
  return { kind: 'zip', status: 'downloaded', fileName, bytes: zip.size, fontFallback };
}
