import { BARE_PADDING } from './captioned-svg';

/** Word measures pages in twips (1/1440 inch); images are laid out in CSS px (1/96 inch). */
export const TWIPS_PER_PX = 1440 / 96;
const CM = 1440 / 2.54;

const margin = { top: Math.round(2 * CM), bottom: Math.round(2 * CM), left: Math.round(3 * CM), right: Math.round(2 * CM) };
const width = 11906;
const height = 16838;

/** A4 portrait with the margins of Vietnamese administrative documents (left 3 cm for binding, 2 cm elsewhere), in twips. */
export const A4 = {
  width,
  height,
  margin,
  textWidth: width - margin.left - margin.right,
  textHeight: height - margin.top - margin.bottom,
} as const;

/**
 * The box a chart image may fill, in CSS px: the text width, and at most 3/4 of the text height so its heading and
 * caption fit on the same page.
 */
export const TEXT_BOX_PX = {
  width: Math.floor(A4.textWidth / TWIPS_PER_PX),
  height: Math.floor((A4.textHeight / TWIPS_PER_PX) * 0.75),
  /** a part of a chart cut over pages: the most that leaves a heading above or a caption and source below it */
  partHeight: Math.floor((A4.textHeight / TWIPS_PER_PX) * 0.85),
} as const;

/** Width to draw a chart at for the report: with the image's narrow margin it comes out at the text width, 1:1. */
export const REPORT_CHART_WIDTH = TEXT_BOX_PX.width - 2 * BARE_PADDING;

/** The image scaled to fill the box's width (or its height, for a tall chart), aspect kept, in whole px. */
export function fitImage(
  size: { width: number; height: number },
  box: { width: number; height: number },
): { width: number; height: number } {
  if (!(size.width > 0 && size.height > 0)) throw new Error('An image without a size cannot be laid out');
  const scale = Math.min(box.width / size.width, box.height / size.height);
  return { width: Math.floor(size.width * scale), height: Math.floor(size.height * scale) };
}

/** A tall chart is shrunk down to this share of the text width at most; a taller one is cut into parts instead. */
const MIN_WIDTH_SHARE = 0.6;

/** One part of an image on the page: its display size (px) and the share (%) cut from its top and bottom. */
export interface ImagePart {
  width: number;
  height: number;
  crop: { top: number; bottom: number } | null;
}

/**
 * How an image goes on the pages: whole, fitted to the box, while that keeps it at least 60% of the text width;
 * a taller one (a chart of many units and periods) at the full text width, cut into parts of at most `partHeight`,
 * one a page, so its labels stay readable rather than shrinking to a sliver.
 */
export function imageParts(
  size: { width: number; height: number },
  box: { width: number; height: number; partHeight: number },
): ImagePart[] {
  const fitted = fitImage(size, box);
  if (fitted.width >= box.width * MIN_WIDTH_SHARE) return [{ ...fitted, crop: null }];
  const fullHeight = (size.height * box.width) / size.width;
  const count = Math.ceil(fullHeight / box.partHeight);
  const share = 100 / count;
  return Array.from({ length: count }, (_, i) => ({
    width: box.width,
    height: Math.floor(fullHeight / count),
    crop: { top: i * share, bottom: (count - 1 - i) * share },
  }));
}

/** What sizes a table's columns: the header and the cells, as text. */
export interface TableText {
  columns: { label: string; numeric: boolean }[];
  rows: string[][];
}

// Widths from text: a character of 9.5 pt Times New Roman (bold headers included) is at most ~100 twips, a cell
// adds its left and right margins; a text column wraps beyond this many characters.
const CHAR_TWIPS = 100;
const CELL_PADDING_TWIPS = 2 * 80 + 20;
const WRAP_CHARS = 40;

const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((w) => w.length));

/**
 * Column widths (twips) summing to `total`: each column at least as wide as its longest word (a number is one word,
 * so "1.282" never breaks), the room left shared by the columns whose text would wrap, in proportion to how much.
 */
export function tableColumnWidths(table: TableText, total: number): number[] {
  const twips = (chars: number) => chars * CHAR_TWIPS + CELL_PADDING_TWIPS;
  const texts = table.columns.map((col, c) => [col.label, ...table.rows.map((row) => row[c] ?? '')]);
  const least = texts.map((cells) => twips(Math.max(...cells.map(longestWord))));
  const natural = texts.map((cells, c) => Math.max(least[c] ?? 0, twips(Math.min(WRAP_CHARS, Math.max(...cells.map((t) => t.length))))));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sum(least) >= total) {
    widths = least.map((w) => (w * total) / sum(least)); // too many columns: every one shrinks alike
  } else {
    const spare = total - sum(least);
    const wants = natural.map((n, c) => n - (least[c] ?? 0));
    const wanted = sum(wants);
    // with room for every column's natural width, the text columns share what is left over in proportion to their text
    widths = wanted > spare ? least.map((l, c) => l + (spare * (wants[c] ?? 0)) / wanted) : stretch(natural, table, total);
  }
  const whole = widths.map(Math.floor);
  const widest = whole.indexOf(Math.max(...whole));
  whole[widest] = (whole[widest] ?? 0) + total - sum(whole);
  return whole;
}

/** Natural widths widened to the total: the text columns take the extra (all columns, when every one is numeric). */
function stretch(natural: number[], table: TableText, total: number): number[] {
  const grows = table.columns.map((c) => !c.numeric);
  const growing = natural.reduce((a, n, c) => a + (grows[c] || !grows.some(Boolean) ? n : 0), 0);
  const extra = total - natural.reduce((a, b) => a + b, 0);
  return natural.map((n, c) => (grows[c] || !grows.some(Boolean) ? n + (extra * n) / growing : n));
}
