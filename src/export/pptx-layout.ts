import { estimateTextWidth, wrapText } from '../theme/text';
import type { DeckBlock, DeckChart, DeckTable } from './pptx-types';

/**
 * Where things go on a 16:9 slide (PowerPoint's widescreen, 13.333 x 7.5 in), in inches, and how blocks are split
 * over slides: pure, so the layout is tested without building a file.
 */
export const SLIDE = { width: 13.333, height: 7.5, margin: 0.5 } as const;
export const FRAME = {
  title: { y: 0.3, h: 0.6 },
  subtitle: { y: 0.9, h: 0.55 },
  /** the charts and tables (left) and the caption column (right) */
  body: { y: 1.55, h: 4.95 },
  bodyWidth: 8.7,
  column: { x: 9.5, w: 3.33 },
  footer: { y: 6.65, h: 0.6 },
} as const;

/** Most categories on one chart: beyond this a chart continues on the next slide (its bars keep a readable height). */
export const MAX_CATEGORIES = 14;
/** The least a chart gets, in inches: room for its heading, axis and a bar or two. */
const MIN_CHART = 1.5;
const HEADING = 0.35;

const POINTS_PER_INCH = 72;

/** Lines a text wraps to in a box `width` inches wide at `size` points. */
export function linesOf(text: string, size: number, width: number): number {
  if (!text) return 0;
  return wrapText(text, width * POINTS_PER_INCH, (s) => estimateTextWidth(s, size)).length;
}

/** Height in inches of `lines` lines at `size` points (line spacing 1.2, plus the box's own insets). */
export const heightOf = (lines: number, size: number) => (lines * size * 1.2) / POINTS_PER_INCH + 0.1;

/**
 * The largest font size (points) from `sizes` at which every paragraph fits a box of `width` x `height` inches; the
 * smallest when none does (the caller then shortens the text).
 */
export function fitFontSize(paragraphs: readonly string[], width: number, height: number, sizes: readonly number[]): number {
  for (const size of sizes) {
    const lines = paragraphs.reduce((n, p) => n + linesOf(p, size, width), 0);
    if (heightOf(lines, size) + 0.05 * paragraphs.length <= height) return size;
  }
  return sizes[sizes.length - 1] ?? 10;
}

/** The text cut at a word to fit `width` x `height` inches at `size` points, ending in "…" when cut. */
export function fitText(text: string, size: number, width: number, height: number): string {
  const maxLines = Math.max(1, Math.floor(((height - 0.1) * POINTS_PER_INCH) / (size * 1.2)));
  return wrapText(text, width * POINTS_PER_INCH, (s) => estimateTextWidth(s, size), maxLines).join(' ');
}

export const TABLE_FONT = 11;
/** Share of a figures table's width taken by its first (label) column. */
export const LABEL_COLUMN = 0.62;

/** Column widths (inches) of a table `width` wide: the label column wide, the others sharing the rest. */
export function columnWidths(columns: number, width: number): number[] {
  if (columns <= 1) return [width];
  const rest = (width * (1 - LABEL_COLUMN)) / (columns - 1);
  return [width * LABEL_COLUMN, ...Array.from({ length: columns - 1 }, () => rest)];
}

function rowHeight(cells: readonly string[], widths: readonly number[], size: number): number {
  const lines = Math.max(1, ...cells.map((c, i) => linesOf(c, size, (widths[i] ?? 1) - 0.15)));
  return heightOf(lines, size);
}

/** Height in inches a table needs at `width`, heading included. */
export function tableHeight(table: DeckTable, width: number, size = TABLE_FONT): number {
  const widths = columnWidths(table.columns.length, width);
  const rows = [table.columns, ...table.rows].reduce((h, r) => h + rowHeight(r, widths, size), 0);
  return (table.heading ? HEADING : 0) + rows;
}

/** Height in inches a chart would like: its heading, the axis, and about 0.4 in a bar. */
export function chartHeight(chart: DeckChart): number {
  const barsPerCategory = chart.stacked ? 1 : Math.max(1, chart.series.length);
  const legend = chart.series.length > 1 ? 0.35 : 0;
  return Math.max(MIN_CHART, (chart.heading ? HEADING : 0) + 0.5 + legend + chart.categories.length * (0.22 + 0.2 * barsPerCategory));
}

export function blockHeight(block: DeckBlock, width: number): number {
  if (block.kind === 'chart') return chartHeight(block);
  if (block.kind === 'table') return tableHeight(block, width);
  return Math.min(FRAME.body.h, (block.height / block.width) * width);
}

/** A chart of many categories as charts of at most MAX_CATEGORIES each (the same series, values and labels). */
function splitChart(chart: DeckChart): DeckChart[] {
  if (chart.categories.length <= MAX_CATEGORIES) return [chart];
  const parts: DeckChart[] = [];
  for (let start = 0; start < chart.categories.length; start += MAX_CATEGORIES) {
    const end = start + MAX_CATEGORIES;
    parts.push({
      ...chart,
      categories: chart.categories.slice(start, end),
      series: chart.series.map((s) => ({ ...s, values: s.values.slice(start, end) })),
    });
  }
  return parts;
}

/** A table taller than `height` as tables that fit, each with the header row (and the heading on the first). */
function splitTable(table: DeckTable, width: number, height: number): DeckTable[] {
  const widths = columnWidths(table.columns.length, width);
  const header = rowHeight(table.columns, widths, TABLE_FONT);
  const parts: DeckTable[] = [];
  let rows: string[][] = [];
  let used = (table.heading ? HEADING : 0) + header;
  for (const row of table.rows) {
    const h = rowHeight(row, widths, TABLE_FONT);
    if (rows.length > 0 && used + h > height) {
      parts.push({ ...table, heading: parts.length === 0 ? table.heading : '', rows });
      rows = [];
      used = header;
    }
    rows.push(row);
    used += h;
  }
  parts.push({ ...table, heading: parts.length === 0 ? table.heading : '', rows });
  return parts;
}

/**
 * The panel's blocks placed on as few slides as they fit, in order: each slide a list of blocks that together fit
 * the body's height (a chart gets at least MIN_CHART). An image always has a slide of its own (its table beside it).
 */
export function paginate(blocks: readonly DeckBlock[], width = FRAME.bodyWidth, height = FRAME.body.h): DeckBlock[][] {
  const pieces = blocks.flatMap((b): DeckBlock[] =>
    b.kind === 'chart' ? splitChart(b) : b.kind === 'table' ? splitTable(b, width, height) : [b],
  );
  const pages: DeckBlock[][] = [];
  let page: DeckBlock[] = [];
  let used = 0;
  for (const piece of pieces) {
    const h = Math.min(height, blockHeight(piece, width));
    const alone = piece.kind === 'image';
    if (page.length > 0 && (alone || used + h > height || page.some((b) => b.kind === 'image'))) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(piece);
    used += h;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/**
 * Heights (inches) of a slide's stacked blocks: each its wanted height, the room left shared among the charts (a
 * lone chart fills the body); tables keep their height.
 */
export function stackHeights(blocks: readonly DeckBlock[], width = FRAME.bodyWidth, height = FRAME.body.h): number[] {
  const wanted = blocks.map((b) => Math.min(height, blockHeight(b, width)));
  const charts = blocks.filter((b) => b.kind === 'chart').length;
  const gaps = 0.15 * (blocks.length - 1);
  const spare = height - gaps - wanted.reduce((a, b) => a + b, 0);
  if (charts === 0 || spare <= 0) return wanted;
  return wanted.map((h, i) => (blocks[i]!.kind === 'chart' ? h + spare / charts : h));
}
