import { THEME } from '../theme/theme';
import { estimateTextWidth, wrapText } from '../theme/text';
import { escapeXml } from './escape';
import type { SerializedChart } from './inline-svg';
import type { ChartExportSpec, LegendEntry } from './types';

export const FONT_STACK = THEME.font.family;

const PADDING = 24;
const MIN_WIDTH = 480;
const GAP = 12;
const { caption } = THEME;
const TITLE = { size: 22, weight: 700, lineHeight: 1.3, fill: caption.title };
const SUBTITLE = { size: 14, weight: 400, lineHeight: 1.4, fill: caption.subtitle };
const LEGEND = { size: 13, weight: 400, lineHeight: 1.4, fill: caption.legend, swatch: 12, swatchGap: 6, itemGap: 20 };
const FOOTER = { size: 12, weight: 400, lineHeight: 1.4, fill: caption.footer };

type TextStyle = { size: number; weight: number; lineHeight: number; fill: string };

const round = (n: number) => Math.round(n * 100) / 100;

/** No text measuring outside a browser: widths are estimated. */
const widthIn = (style: TextStyle) => (text: string) => estimateTextWidth(text, style.size, style.weight);
const wrap = (text: string, maxWidth: number, style: TextStyle) => wrapText(text, maxWidth, widthIn(style));

/** `<text>` lines from `top`; returns the markup and the height used. */
function textBlock(lines: string[], x: number, top: number, style: TextStyle, role: string): { svg: string; height: number } {
  const lineBox = style.size * style.lineHeight;
  const svg = lines
    .map(
      (line, i) =>
        `<text x="${round(x)}" y="${round(top + i * lineBox + style.size)}" font-size="${style.size}"` +
        `${style.weight !== 400 ? ` font-weight="${style.weight}"` : ''} fill="${style.fill}" data-role="${role}">${escapeXml(line)}</text>`,
    )
    .join('\n');
  return { svg, height: lines.length * lineBox };
}

/** White diagonal strokes over a swatch: the same hatch the member bars carry. */
function hatchLines(x: number, y: number, size: number): string {
  const lines: string[] = [];
  for (let d = -size; d < size; d += 4) {
    const x1 = Math.max(0, d);
    const x2 = Math.min(size, d + size);
    lines.push(`M${round(x + x1)} ${round(y + size - (x1 - d))}L${round(x + x2)} ${round(y + size - (x2 - d))}`);
  }
  return `<path d="${lines.join('')}" stroke="${THEME.chart.hatchStroke}" stroke-opacity="0.55" stroke-width="1.5" fill="none" data-role="legend-hatch"/>`;
}

/** The legend as swatches and labels, flowing into as many rows as the width needs. */
function legendBlock(entries: LegendEntry[], left: number, top: number, maxWidth: number): { svg: string; height: number } {
  if (!entries.length) return { svg: '', height: 0 };
  const lineBox = LEGEND.size * LEGEND.lineHeight;
  const labelMax = maxWidth - LEGEND.swatch - LEGEND.swatchGap;
  const parts: string[] = [];
  let x = 0;
  let rowTop = 0;
  let rowHeight = 0;
  for (const entry of entries) {
    const lines = wrap(entry.label, labelMax, LEGEND);
    const itemWidth = LEGEND.swatch + LEGEND.swatchGap + Math.max(0, ...lines.map((l) => widthIn(LEGEND)(l)));
    if (x > 0 && x + itemWidth > maxWidth) {
      rowTop += rowHeight;
      x = 0;
      rowHeight = 0;
    }
    const itemLeft = left + x;
    const itemTop = top + rowTop;
    const swatchY = itemTop + (lineBox - LEGEND.swatch) / 2;
    parts.push(
      `<g data-role="legend-item"><rect x="${round(itemLeft)}" y="${round(swatchY)}" width="${LEGEND.swatch}" height="${LEGEND.swatch}" rx="2" fill="${escapeXml(entry.color)}"/>${
        entry.pattern === 'hatch' ? hatchLines(itemLeft, swatchY, LEGEND.swatch) : ''
      }`,
      textBlock(
        lines,
        itemLeft + LEGEND.swatch + LEGEND.swatchGap,
        itemTop + (lineBox - LEGEND.size) / 2 - LEGEND.size * 0.1,
        LEGEND,
        'legend',
      ).svg,
      '</g>',
    );
    x += itemWidth + LEGEND.itemGap;
    rowHeight = Math.max(rowHeight, lines.length * lineBox);
  }
  return { svg: `<g data-role="legend">\n${parts.join('\n')}\n</g>`, height: rowTop + rowHeight };
}

/** Keeps "]]>" from ending the CDATA section early. */
const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

/**
 * One standalone SVG document: title, subtitle (filters and period), the chart, a legend drawn in
 * SVG (recharts' own legend is HTML and would be lost), the source and export date, on white.
 * `chart.markup` must come from serializeChartSvg (already clean); every spec string is escaped here.
 */
export function composeCaptionedSvg(spec: ChartExportSpec, chart: SerializedChart, opts: { fontFaceCss?: string } = {}): string {
  const width = Math.ceil(Math.max(chart.width + 2 * PADDING, MIN_WIDTH));
  const inner = width - 2 * PADDING;
  const body: string[] = [];
  let y = PADDING;

  const title = textBlock(wrap(spec.title, inner, TITLE), PADDING, y, TITLE, 'title');
  body.push(title.svg);
  y += title.height;

  const subtitleLines = wrap(spec.subtitle, inner, SUBTITLE);
  if (subtitleLines.length) {
    y += 4;
    const subtitle = textBlock(subtitleLines, PADDING, y, SUBTITLE, 'subtitle');
    body.push(subtitle.svg);
    y += subtitle.height;
  }

  y += GAP;
  body.push(chartGroup(chart, PADDING + (inner - chart.width) / 2, y));
  y += chart.height;

  const legend = legendBlock(spec.legend, PADDING, y + GAP, inner);
  if (legend.height) {
    body.push(legend.svg);
    y += GAP + legend.height;
  }

  y += GAP;
  body.push(`<line x1="${PADDING}" y1="${round(y)}" x2="${width - PADDING}" y2="${round(y)}" stroke="${caption.rule}" stroke-width="1"/>`);
  y += 8;
  const footerLines = [...wrap(spec.source, inner, FOOTER), ...wrap(spec.exportedOn, inner, FOOTER)];
  const footer = textBlock(footerLines, PADDING, y, FOOTER, 'footer');
  body.push(footer.svg);
  y += footer.height + PADDING;
  return svgDocument(width, y, body, { title: spec.title, desc: spec.subtitle, lang: spec.lang, ...opts });
}

/** The root element around composed parts: size, font, language, the accessible title, the embedded font, a white ground. */
function svgDocument(
  width: number,
  bodyHeight: number,
  body: string[],
  opts: { title: string; desc: string; lang: 'vi' | 'en'; fontFaceCss?: string | undefined },
): string {
  const height = Math.ceil(bodyHeight);
  const defs = opts.fontFaceCss ? `<defs><style type="text/css">${cdata(opts.fontFaceCss)}</style></defs>\n` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_STACK)}" xml:lang="${opts.lang === 'en' ? 'en' : 'vi'}">\n` +
    `<title>${escapeXml(opts.title)}</title>\n<desc>${escapeXml(opts.desc)}</desc>\n` +
    defs +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${caption.background}"/>\n` +
    `${body.join('\n')}\n</svg>\n`
  );
}

/** Room around the chart and legend when the document around the image carries the words (a Word report). */
export const BARE_PADDING = 8;

/**
 * The chart and its legend alone, for a document that sets the title, subtitle and source as its own text (a
 * report's caption stays searchable and editable there): same legend as the captioned image, a narrow margin.
 */
export function composeChartWithLegendSvg(
  spec: Pick<ChartExportSpec, 'title' | 'subtitle' | 'legend' | 'lang'>,
  chart: SerializedChart,
  opts: { fontFaceCss?: string } = {},
): string {
  const width = Math.ceil(chart.width + 2 * BARE_PADDING);
  const inner = width - 2 * BARE_PADDING;
  const body = [chartGroup(chart, BARE_PADDING, BARE_PADDING)];
  let y = BARE_PADDING + chart.height;
  const legend = legendBlock(spec.legend, BARE_PADDING, y + GAP, inner);
  if (legend.height) {
    body.push(legend.svg);
    y += GAP + legend.height;
  }
  return svgDocument(width, y + BARE_PADDING, body, { title: spec.title, desc: spec.subtitle, lang: spec.lang, ...opts });
}

/** The serialised chart placed at (x, y). */
function chartGroup(chart: SerializedChart, x: number, y: number): string {
  const markup = chart.markup.replace(/^\s*<\?xml[^>]*\?>\s*/, '');
  return `<g data-role="chart" transform="translate(${round(x)} ${round(y)})">\n${markup}\n</g>`;
}

/** Width and height of a composed document, read back from its root element. */
export function captionedSize(svgText: string): { width: number; height: number } {
  const match = /<svg\b[^>]*?\bwidth="(\d+(?:\.\d+)?)"[^>]*?\bheight="(\d+(?:\.\d+)?)"/.exec(svgText);
  if (!match) throw new Error('Not a composed SVG: no width/height on its root');
  return { width: Number(match[1]), height: Number(match[2]) };
}
