import { THEME } from '../theme/theme';
import { estimateTextWidth, wrapText } from '../theme/text';
import { escapeXml } from './escape';
import type { ChartExportSpec, LegendEntry } from './types';

/** The pieces every composed image (the captioned chart, the 16:9 slide) draws its words with. */

export const FONT_STACK = THEME.font.family;

export interface TextStyle {
  size: number;
  weight: number;
  lineHeight: number;
  fill: string;
}

export interface LegendStyle extends TextStyle {
  swatch: number;
  swatchGap: number;
  itemGap: number;
}

export const round = (n: number) => Math.round(n * 100) / 100;

/** No text measuring outside a browser: widths are estimated. */
export const widthIn = (style: TextStyle) => (text: string) => estimateTextWidth(text, style.size, style.weight);
export const wrap = (text: string, maxWidth: number, style: TextStyle) => wrapText(text, maxWidth, widthIn(style));
export const lineBox = (style: TextStyle) => style.size * style.lineHeight;

/** `<text>` lines from `top`; returns the markup and the height used. */
export function textBlock(
  lines: string[],
  x: number,
  top: number,
  style: TextStyle,
  role: string,
  anchor: 'start' | 'end' = 'start',
): { svg: string; height: number } {
  const box = lineBox(style);
  const svg = lines
    .map(
      (line, i) =>
        `<text x="${round(x)}" y="${round(top + i * box + style.size)}" font-size="${style.size}"` +
        `${style.weight !== 400 ? ` font-weight="${style.weight}"` : ''}${anchor === 'end' ? ' text-anchor="end"' : ''}` +
        ` fill="${style.fill}" data-role="${role}">${escapeXml(line)}</text>`,
    )
    .join('\n');
  return { svg, height: lines.length * box };
}

/** White diagonal strokes over a swatch: the same hatch the member bars carry. */
function hatchLines(x: number, y: number, size: number): string {
  const step = Math.max(4, Math.round(size / 3));
  const lines: string[] = [];
  for (let d = -size; d < size; d += step) {
    const x1 = Math.max(0, d);
    const x2 = Math.min(size, d + size);
    lines.push(`M${round(x + x1)} ${round(y + size - (x1 - d))}L${round(x + x2)} ${round(y + size - (x2 - d))}`);
  }
  const width = round(Math.max(1.5, size / 8));
  return `<path d="${lines.join('')}" stroke="${THEME.chart.hatchStroke}" stroke-opacity="0.55" stroke-width="${width}" fill="none" data-role="legend-hatch"/>`;
}

/** Where each legend item goes, flowing into as many rows as the width needs (its rows are centred when `centre`). */
interface LegendItem {
  entry: LegendEntry;
  lines: string[];
  x: number;
  top: number;
  width: number;
}

function placeLegend(entries: readonly LegendEntry[], maxWidth: number, style: LegendStyle): { items: LegendItem[]; height: number } {
  const box = lineBox(style);
  const labelMax = maxWidth - style.swatch - style.swatchGap;
  const items: LegendItem[] = [];
  let x = 0;
  let rowTop = 0;
  let rowHeight = 0;
  for (const entry of entries) {
    const lines = wrap(entry.label, labelMax, style);
    const itemWidth = style.swatch + style.swatchGap + Math.max(0, ...lines.map((l) => widthIn(style)(l)));
    if (x > 0 && x + itemWidth > maxWidth) {
      rowTop += rowHeight;
      x = 0;
      rowHeight = 0;
    }
    items.push({ entry, lines, x, top: rowTop, width: itemWidth });
    x += itemWidth + style.itemGap;
    rowHeight = Math.max(rowHeight, lines.length * box);
  }
  return { items, height: rowTop + rowHeight };
}

/** Height the legend takes at this width. */
export const legendHeight = (entries: readonly LegendEntry[], maxWidth: number, style: LegendStyle) =>
  entries.length ? placeLegend(entries, maxWidth, style).height : 0;

/** The legend as swatches and labels, flowing into as many rows as the width needs; each row centred when `centre`. */
export function legendBlock(
  entries: readonly LegendEntry[],
  left: number,
  top: number,
  maxWidth: number,
  style: LegendStyle,
  centre = false,
): { svg: string; height: number } {
  if (!entries.length) return { svg: '', height: 0 };
  const box = lineBox(style);
  const { items, height } = placeLegend(entries, maxWidth, style);
  // a row's items are those sharing its top; a centred row is shifted by half of what it leaves free
  const rowEnd = new Map<number, number>();
  for (const item of items) rowEnd.set(item.top, Math.max(rowEnd.get(item.top) ?? 0, item.x + item.width));
  const parts: string[] = [];
  for (const { entry, lines, x, top: rowTop } of items) {
    const shift = centre ? (maxWidth - (rowEnd.get(rowTop) ?? maxWidth)) / 2 : 0;
    const itemLeft = left + shift + x;
    const itemTop = top + rowTop;
    const swatchY = itemTop + (box - style.swatch) / 2;
    parts.push(
      `<g data-role="legend-item"><rect x="${round(itemLeft)}" y="${round(swatchY)}" width="${style.swatch}" height="${style.swatch}" rx="2" fill="${escapeXml(entry.color)}"/>${
        entry.pattern === 'hatch' ? hatchLines(itemLeft, swatchY, style.swatch) : ''
      }`,
      textBlock(lines, itemLeft + style.swatch + style.swatchGap, itemTop + (box - style.size) / 2 - style.size * 0.1, style, 'legend').svg,
      '</g>',
    );
  }
  return { svg: `<g data-role="legend">\n${parts.join('\n')}\n</g>`, height };
}

/** Keeps "]]>" from ending the CDATA section early. */
const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

/** A chart's serialised `<svg>` without its XML declaration, ready to nest. */
export const nestedMarkup = (markup: string) => markup.replace(/^\s*<\?xml[^>]*\?>\s*/, '');

/** One standalone SVG document on white: title and description for screen readers, the font when given, then `body`. */
export function svgDocument(
  spec: Pick<ChartExportSpec, 'title' | 'subtitle' | 'lang'>,
  size: { width: number; height: number },
  body: string,
  fontFaceCss?: string,
): string {
  const { width, height } = size;
  const defs = fontFaceCss ? `<defs><style type="text/css">${cdata(fontFaceCss)}</style></defs>\n` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_STACK)}" xml:lang="${spec.lang === 'en' ? 'en' : 'vi'}">\n` +
    `<title>${escapeXml(spec.title)}</title>\n<desc>${escapeXml(spec.subtitle)}</desc>\n` +
    defs +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${THEME.caption.background}"/>\n` +
    `${body}\n</svg>\n`
  );
}
