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

// Column weights in characters: a numeric column is as wide as its longest cell, a text column between these bounds
// (long labels wrap rather than squeeze their neighbours).
const MIN_CHARS = 5;
const MAX_TEXT_CHARS = 36;

/** Column widths (twips) summing to `total`, each in proportion to the text it holds, headers wrapping at word breaks. */
export function tableColumnWidths(table: { columns: { label: string; numeric: boolean }[]; rows: string[][] }, total: number): number[] {
  const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((w) => w.length));
  const weights = table.columns.map((col, c) => {
    const cells = Math.max(0, ...table.rows.map((row) => (row[c] ?? '').length));
    const chars = Math.max(MIN_CHARS, longestWord(col.label), cells);
    return col.numeric ? chars : Math.min(MAX_TEXT_CHARS, chars);
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!sum) return [];
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  // the rounding remainder goes to the widest column, so the table spans the text width exactly
  const widest = weights.indexOf(Math.max(...weights));
  widths[widest] = (widths[widest] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
