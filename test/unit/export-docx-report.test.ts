import { strFromU8, unzipSync } from 'fflate';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { A4, fitImage, imageParts, REPORT_CHART_WIDTH, tableColumnWidths, TEXT_BOX_PX, TWIPS_PER_PX } from '../../src/export/docx-layout';
import { reportDocument, type ReportInput } from '../../src/export/docx-report';
import { reportTable } from '../../src/export/report-table';
import { viewSummary } from '../../src/panels/view-summary';
import { DEFAULT_FILTERS, viewsOf } from '../fixtures/filters';
import { shippedDataset } from '../fixtures/dataset';

// A 1x1 white PNG: the producer lays images out from the size it is given, never from their pixels.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0),
);
const EMU_PER_TWIP = 635;

const shipped = shippedDataset;

/** The report input the page builds, from the shipped file under the default filters, with stand-in images. */
function shippedReport(imageSize = { width: 600, height: 400 }): ReportInput {
  const dataset = shipped();
  const views = viewsOf(dataset);
  const summary = viewSummary(dataset, DEFAULT_FILTERS, 'vi', views, new Date('2026-11-26T08:00:00Z'));
  return {
    lang: 'vi',
    title: summary.title,
    organisation: summary.organisation,
    reportDate: summary.reportDate,
    filters: summary.filters,
    exportedOn: summary.exportedOn,
    keyFigures: {
      heading: summary.keyFiguresTitle,
      table: {
        columns: [
          { label: 'Chỉ tiêu', numeric: false },
          { label: 'Nội dung', numeric: false },
          { label: 'Giá trị', numeric: true },
        ],
        rows: summary.keyFigures.map((f) => [f.heading, f.caption, f.value]),
      },
    },
    sections: summary.views.map((v) => ({
      heading: v.title,
      caption: `${v.title} — ${v.subtitle}`,
      image: { data: PNG, ...imageSize, description: v.description },
      table: reportTable(v.table, 'vi'),
      source: v.citations.join(' '),
    })),
    sources: summary.sources,
    words: { filters: 'Bộ lọc', figure: 'Hình', table: 'Bảng', tableOf: 'Số liệu', sources: 'Nguồn số liệu', page: 'Trang' },
  };
}

async function packed(input: ReportInput) {
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(reportDocument(input))));
  const xml = strFromU8(files['word/document.xml']!);
  // paragraph texts in order (tables' cells included), entities decoded
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1]!)
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'"),
  );
  return { files, xml, styles: strFromU8(files['word/styles.xml']!), paragraphs };
}

describe('report layout on A4', () => {
  it('fits an image to the text width, or to its height limit when tall, aspect kept', () => {
    expect(fitImage({ width: 1200, height: 600 }, { width: 600, height: 700 })).toEqual({ width: 600, height: 300 });
    expect(fitImage({ width: 300, height: 150 }, { width: 600, height: 700 })).toEqual({ width: 600, height: 300 });
    expect(fitImage({ width: 600, height: 1400 }, { width: 600, height: 700 })).toEqual({ width: 300, height: 700 });
    expect(() => fitImage({ width: 0, height: 10 }, { width: 600, height: 700 })).toThrow();
  });

  it('keeps a moderately tall chart whole, and cuts a very tall one into parts at the full text width', () => {
    const box = { width: 600, height: 700, partHeight: 800 };
    expect(imageParts({ width: 600, height: 1000 }, box)).toEqual([{ width: 420, height: 700, crop: null }]);
    const parts = imageParts({ width: 600, height: 3000 }, box);
    expect(parts).toHaveLength(4);
    for (const p of parts) {
      expect(p.width).toBe(600);
      expect(p.height).toBe(750);
    }
    expect(parts.map((p) => [p.crop?.top, p.crop?.bottom])).toEqual([
      [0, 75],
      [25, 50],
      [50, 25],
      [75, 0],
    ]);
  });

  it('draws the report chart at the text width, and the text box is inside A4 less its margins', () => {
    expect(A4.textWidth).toBe(11906 - 1701 - 1134);
    expect(TEXT_BOX_PX.width * TWIPS_PER_PX).toBeLessThanOrEqual(A4.textWidth);
    expect(TEXT_BOX_PX.height * TWIPS_PER_PX).toBeLessThan(A4.textHeight);
    expect(REPORT_CHART_WIDTH).toBeLessThan(TEXT_BOX_PX.width);
  });

  it('column widths fill the text width, never break a number, and give long text the room', () => {
    const table = reportTable(shippedReportTable(), 'vi');
    const widths = tableColumnWidths(table, A4.textWidth);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(A4.textWidth);
    table.columns.forEach((col, c) => {
      const longestWord = Math.max(
        ...[col.label, ...table.rows.map((r) => r[c] ?? '')].flatMap((t) => t.split(/\s+/)).map((w) => w.length),
      );
      expect(widths[c]!, col.label).toBeGreaterThanOrEqual(longestWord * 100);
    });
    const figure = table.columns.findIndex((c) => c.label === 'Chỉ tiêu');
    const value = table.columns.findIndex((c) => c.label === 'Giá trị');
    expect(widths[figure]!).toBeGreaterThan(widths[value]!);
    // a narrow table of numbers only still spans the width
    expect(tableColumnWidths({ columns: [{ label: 'A', numeric: true }], rows: [['1']] }, 9000)).toEqual([9000]);
  });
});

function shippedReportTable() {
  const dataset = shipped();
  const views = viewsOf(dataset);
  return views.find((v) => v.id === 'congress')!.table;
}

describe('the Word report (docx producer)', () => {
  it('writes title, filters, key figures, then per chart a heading, image, "Hình n." caption, "Bảng n." table and source, then the sources', async () => {
    const input = shippedReport();
    const { xml, paragraphs } = await packed(input);
    expect(paragraphs[0]).toBe(input.title);
    expect(paragraphs).toContain(`Bộ lọc: ${input.filters}`);
    const captions = paragraphs.filter((p) => /^Hình \d+\. /.test(p));
    expect(captions).toEqual(input.sections.map((s, i) => `Hình ${i + 1}. ${s.caption}`));
    const tableCaptions = paragraphs.filter((p) => /^Bảng \d+\. /.test(p));
    expect(tableCaptions).toEqual(input.sections.map((s, i) => `Bảng ${i + 1}. Số liệu: ${s.heading}`));
    // each section's parts in order
    for (const [i, s] of input.sections.entries()) {
      const at = paragraphs.indexOf(s.heading);
      expect(at, s.heading).toBeGreaterThan(0);
      expect(paragraphs.indexOf(`Hình ${i + 1}. ${s.caption}`)).toBeGreaterThan(at);
      expect(paragraphs.indexOf(`Bảng ${i + 1}. Số liệu: ${s.heading}`)).toBeGreaterThan(paragraphs.indexOf(`Hình ${i + 1}. ${s.caption}`));
    }
    // the sources last, each once
    const sourcesAt = paragraphs.lastIndexOf('Nguồn số liệu');
    expect(paragraphs.slice(sourcesAt + 1).filter((p) => p.startsWith('Nguồn: '))).toEqual(input.sources);
    // tables: key figures + one per section, header rows repeated, no row split across pages
    const tables = xml.match(/<w:tbl>/g) ?? [];
    expect(tables.length).toBe(input.sections.length + 1);
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(tables.length);
    const rows = 1 + input.keyFigures!.table.rows.length + input.sections.reduce((n, s) => n + 1 + s.table.rows.length, 0);
    expect((xml.match(/<w:cantSplit\/>/g) ?? []).length).toBe(rows);
    // every figure of every table, as the page writes it
    for (const s of input.sections) for (const row of s.table.rows) for (const cell of row) if (cell) expect(paragraphs).toContain(cell);
  });

  it('is A4 portrait in Times New Roman, Vietnamese, with images no wider than the text', async () => {
    const { xml, styles, files } = await packed(shippedReport({ width: 1500, height: 500 }));
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"/);
    expect(styles).toContain('<w:lang w:val="vi-VN"/>');
    const extents = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"/g)].map((m) => ({ cx: Number(m[1]), cy: Number(m[2]) }));
    expect(extents.length).toBeGreaterThan(0);
    for (const e of extents) {
      expect(e.cx).toBeLessThanOrEqual(A4.textWidth * EMU_PER_TWIP);
      expect(e.cx / e.cy).toBeCloseTo(3, 1);
    }
    // the one stand-in image is stored once, whatever the number of charts
    expect(Object.keys(files).filter((n) => n.startsWith('word/media/')).length).toBe(1);
  });

  it('lays a very tall chart over several parts of one stored image, the caption after the last', async () => {
    const input = shippedReport();
    input.sections = [{ ...input.sections[0]!, image: { data: PNG, width: 600, height: 3000, description: 'tall' } }];
    const { xml, files, paragraphs } = await packed(input);
    const extents = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"/g)];
    expect(extents.length).toBe(imageParts({ width: 600, height: 3000 }, TEXT_BOX_PX).length);
    expect(extents.length).toBeGreaterThan(1);
    expect((xml.match(/<a:srcRect /g) ?? []).length).toBe(extents.length);
    expect(Object.keys(files).filter((n) => n.startsWith('word/media/')).length).toBe(1);
    expect(xml.lastIndexOf('<wp:extent')).toBeLessThan(xml.indexOf('Hình 1. '));
    expect(paragraphs.filter((p) => p.startsWith('Hình '))).toHaveLength(1);
  });

  it('leaves out the figure caption of a panel without a chart and numbers the next one on', async () => {
    const input = shippedReport();
    input.sections[0] = { ...input.sections[0]!, image: null };
    const { paragraphs } = await packed(input);
    const captions = paragraphs.filter((p) => /^Hình \d+\. /.test(p));
    expect(captions).toEqual(input.sections.slice(1).map((s, i) => `Hình ${i + 1}. ${s.caption}`));
  });
});
