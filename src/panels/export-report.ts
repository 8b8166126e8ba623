import type { Dataset } from '../data/schema';
import type { ReportInput, ReportSection } from '../export/docx-report';
import type { ExportResult } from '../export/export-chart';
import { translate, type Lang } from '../i18n/translate';
import { buildExportSpec } from './export-spec';
import { drawnChart } from './drawn-chart';
import type { ViewSummary } from './view-summary';

/** Pixel density of the report's chart images: sharp in print (about 290 dpi at the text width). */
const REPORT_IMAGE_SCALE = 3;

/** The report's words and data for this view: each chart drawn at the text width with its legend, in page order. */
async function reportInput(summary: ViewSummary, dataset: Dataset, lang: Lang): Promise<{ input: ReportInput; fontFallback: boolean }> {
  const [{ chartWithLegendPng }, { reportTable }, { REPORT_CHART_WIDTH }] = await Promise.all([
    import('../export/export-chart'),
    import('../export/report-table'),
    import('../export/docx-layout'),
  ]);
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const today = new Date();
  const sections: ReportSection[] = [];
  let fontFallback = false;
  // one chart at a time: each holds a full-size canvas while it is encoded
  for (const view of summary.views) {
    const spec = buildExportSpec(view, dataset, lang, today, summary.origin);
    const chart = await drawnChart(view, REPORT_CHART_WIDTH);
    let image: ReportSection['image'] = null;
    if (chart) {
      const png = await chartWithLegendPng(spec, chart, document.baseURI, REPORT_IMAGE_SCALE);
      fontFallback ||= png.fontFallback;
      image = { data: new Uint8Array(await png.blob.arrayBuffer()), width: png.width, height: png.height, description: view.description };
    }
    sections.push({
      heading: view.title,
      caption: spec.subtitle ? `${view.title} — ${spec.subtitle}` : view.title,
      image,
      table: reportTable(view.table, lang),
      source: spec.source,
    });
  }
  const keyFigures = summary.keyFigures.length
    ? {
        heading: summary.keyFiguresTitle,
        table: {
          columns: [
            { label: t('report.keyFigure'), numeric: false },
            { label: t('report.keyFigureDetail'), numeric: false },
            { label: t('table.value'), numeric: true },
          ],
          rows: summary.keyFigures.map((f) => [f.heading, f.caption, f.value]),
        },
      }
    : null;
  const input: ReportInput = {
    lang,
    title: summary.title,
    organisation: summary.organisation,
    reportDate: summary.reportDate,
    filters: summary.filters,
    exportedOn: summary.exportedOn,
    keyFigures,
    sections,
    sources: summary.sources,
    words: {
      filters: t('report.filters'),
      figure: t('report.figure'),
      table: t('report.table'),
      tableOf: t('report.tableOf'),
      sources: t('report.sources'),
      page: t('report.page'),
    },
  };
  return { input, fontFallback };
}

/**
 * The whole view as a Word report (A4: title, filters, key figures, each chart with its caption, data table and
 * source, then the sources), downloaded. The Word code (the docx library) loads on first use.
 */
export async function exportViewAsDocx(summary: ViewSummary, dataset: Dataset, lang: Lang): Promise<ExportResult> {
  const [{ docxReport }, { downloadBlob }, { exportFileName }] = await Promise.all([
    import('../export/docx-report'),
    import('../export/download'),
    import('../export/file-name'),
  ]);
  const { input, fontFallback } = await reportInput(summary, dataset, lang);
  const blob = await docxReport(input);
  const fileName = exportFileName(summary.fileParts, 'docx');
  downloadBlob(blob, fileName);
  return { kind: 'docx', status: 'downloaded', fileName, bytes: blob.size, fontFallback };
}
