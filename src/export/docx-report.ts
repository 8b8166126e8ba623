import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { THEME } from '../theme/theme';
import { A4, imageParts, tableColumnWidths, TEXT_BOX_PX, type TableText } from './docx-layout';

/** A table as the report prints it: cells already written as the page writes them ("1.282"), numbers marked for alignment. */
export type ReportTable = TableText;

/** A PNG and the size (CSS px) it was composed at: the report lays it out from that size, never from its pixel count. */
export interface ReportImage {
  data: Uint8Array;
  width: number;
  height: number;
  /** the chart's text alternative */
  description: string;
}

/** One chart panel of the view: heading, its chart (when it has one), the words of its caption, its data and source. */
export interface ReportSection {
  heading: string;
  /** "<title> — <subtitle>"; the report puts "Hình n." before it */
  caption: string;
  image: ReportImage | null;
  table: ReportTable;
  /** the source line of the panel's figures */
  source: string;
}

/** The words the report adds around the data, in the view's language. */
export interface ReportWords {
  /** "Bộ lọc" */
  filters: string;
  /** "Hình" */
  figure: string;
  /** "Bảng" */
  table: string;
  /** "Số liệu" (after "Bảng n.") */
  tableOf: string;
  /** "Nguồn số liệu" */
  sources: string;
  /** "Trang" */
  page: string;
}

export interface ReportInput {
  lang: 'vi' | 'en';
  title: string;
  organisation: string;
  reportDate: string;
  filters: string;
  exportedOn: string;
  keyFigures: { heading: string; table: ReportTable } | null;
  sections: ReportSection[];
  sources: string[];
  words: ReportWords;
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A font every office PC carries, with Vietnamese glyphs (LibreOffice substitutes the metric-compatible Liberation Serif). */
export const REPORT_FONT = 'Times New Roman';
const BODY_SIZE = 24; // half-points: 12 pt
const TABLE_SIZE = 19; // 9.5 pt: a table of eight columns still fits the text width
const hex = (colour: string) => colour.replace('#', '').toUpperCase();
const TEXT_COLOUR = hex(THEME.caption.title);
const MUTED_COLOUR = hex(THEME.caption.footer);
const HEADER_FILL = 'EEF1F4';

const cellParagraph = (text: string, opts: { numeric: boolean; bold?: boolean }) =>
  new Paragraph({
    alignment: opts.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { before: 0, after: 0 },
    children: [new TextRun({ text, size: TABLE_SIZE, bold: opts.bold ?? false })],
  });

/** A Word table across the text width: the header row repeats on every page, rows never split, numbers right-aligned. */
function wordTable(table: ReportTable, opts: { keepWithNext: boolean }): Table {
  const widths = tableColumnWidths(table, A4.textWidth);
  const cell = (text: string, c: number, header: boolean) =>
    new TableCell({
      width: { size: widths[c] ?? 0, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } } : {}),
      children: [cellParagraph(text, { numeric: table.columns[c]?.numeric ?? false, bold: header })],
    });
  return new Table({
    width: { size: A4.textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: table.columns.map((col, c) => cell(col.label, c, true)) }),
      ...table.rows.map(
        (row, r) =>
          // the last row keeps the line after the table (its source, when it follows) from starting a page alone
          new TableRow({
            cantSplit: true,
            keepNext: opts.keepWithNext && r === table.rows.length - 1,
            children: table.columns.map((_, c) => cell(row[c] ?? '', c, false)),
          }),
      ),
    ],
  });
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ heading: level, keepNext: true, keepLines: true, children: [new TextRun(text)] });

const captionParagraph = (label: string, text: string, keepNext: boolean) =>
  new Paragraph({
    style: 'Caption',
    keepNext,
    keepLines: true,
    alignment: AlignmentType.CENTER,
    spacing: { before: 80, after: 80 },
    children: [new TextRun({ text: `${label} `, bold: true }), new TextRun(text)],
  });

const sourceLine = (text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
  new Paragraph({
    alignment,
    keepLines: true,
    spacing: { before: 0, after: 240 },
    children: [new TextRun({ text, italics: true, size: 20, color: MUTED_COLOUR })],
  });

function sectionBlock(
  section: ReportSection,
  numbers: { figure: number | null; table: number | null },
  words: ReportWords,
): (Paragraph | Table)[] {
  const parts: (Paragraph | Table)[] = [heading(section.heading, HeadingLevel.HEADING_1)];
  const figure = section.image && numbers.figure !== null ? { image: section.image, number: numbers.figure } : null;
  if (figure) {
    const image = figure.image;
    parts.push(
      // image, caption and source kept together: neither starts a page alone (a tall chart's parts flow over pages)
      ...imageParts(image, TEXT_BOX_PX).map(
        ({ width, height, crop }, i, all) =>
          new Paragraph({
            keepNext: i === all.length - 1,
            alignment: AlignmentType.CENTER,
            spacing: { before: i === 0 ? 120 : 0, after: 0 },
            children: [
              new ImageRun({
                type: 'png',
                data: image.data,
                transformation: { width, height },
                ...(crop ? { crop } : {}),
                altText: { name: section.heading, description: image.description, title: section.heading },
              }),
            ],
          }),
      ),
      captionParagraph(`${words.figure} ${figure.number}.`, section.caption, true),
      sourceLine(section.source, AlignmentType.CENTER),
    );
  }
  if (numbers.table !== null) {
    parts.push(
      captionParagraph(`${words.table} ${numbers.table}.`, `${words.tableOf}: ${section.heading}`, true),
      wordTable(section.table, { keepWithNext: !figure }),
    );
  }
  // without a chart, the source line closes the table
  if (!figure) parts.push(sourceLine(section.source, AlignmentType.LEFT));
  return parts;
}

/** The report's body: title block, filters, key figures, each section in order with numbered figures and tables, sources. */
function body(input: ReportInput): (Paragraph | Table)[] {
  const parts: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(input.title)] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 0 },
      children: [new TextRun({ text: input.organisation, bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: `${input.reportDate} · ${input.exportedOn}`, color: MUTED_COLOUR })],
    }),
    new Paragraph({
      spacing: { after: 240 },
      children: [new TextRun({ text: `${input.words.filters}: `, bold: true }), new TextRun(input.filters)],
    }),
  ];
  // the key figures' table stands under its own heading; the numbered tables are the panels' data
  let tables = 0;
  if (input.keyFigures && input.keyFigures.table.rows.length) {
    parts.push(heading(input.keyFigures.heading, HeadingLevel.HEADING_1), wordTable(input.keyFigures.table, { keepWithNext: false }));
  }
  let figures = 0;
  for (const section of input.sections) {
    const figure = section.image ? ++figures : null;
    const table = section.table.rows.length ? ++tables : null;
    parts.push(...sectionBlock(section, { figure, table }, input.words));
  }
  if (input.sources.length) {
    parts.push(heading(input.words.sources, HeadingLevel.HEADING_1));
    for (const source of input.sources) parts.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(source)] }));
  }
  return parts;
}

const pageFooter = (input: ReportInput) =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: `${input.title} · ${input.words.page} `, size: 18, color: MUTED_COLOUR }),
          new TextRun({ children: [PageNumber.CURRENT], size: 18, color: MUTED_COLOUR }),
        ],
      }),
    ],
  });

/** The report as a Word document (not yet packed): A4 portrait, Vietnamese-capable default font. */
export function reportDocument(input: ReportInput): Document {
  const language = { value: input.lang === 'vi' ? 'vi-VN' : 'en-GB' };
  const headingRun = { font: REPORT_FONT, bold: true, color: TEXT_COLOUR };
  return new Document({
    title: input.title,
    creator: input.organisation,
    description: input.filters,
    styles: {
      default: {
        document: {
          run: { font: REPORT_FONT, size: BODY_SIZE, language, color: TEXT_COLOUR },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: { run: { ...headingRun, size: 36 }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { ...headingRun, size: 28 }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        caption: { run: { font: REPORT_FONT, size: 21, italics: false, color: TEXT_COLOUR } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: A4.width, height: A4.height }, margin: A4.margin } },
        footers: { default: pageFooter(input) },
        children: body(input),
      },
    ],
  });
}

/** The report as a .docx Blob. */
export async function docxReport(input: ReportInput): Promise<Blob> {
  const blob = await Packer.toBlob(reportDocument(input));
  return blob.type ? blob : new Blob([blob], { type: DOCX_TYPE });
}
