import { THEME } from '../theme/theme';
import type { SerializedChart } from './inline-svg';
import { legendBlock, nestedMarkup, round, svgDocument, textBlock, wrap, type LegendStyle, type TextStyle } from './svg-text';
import type { ChartExportSpec } from './types';

export { FONT_STACK } from './svg-text';

const PADDING = 24;
const MIN_WIDTH = 480;
const GAP = 12;
const { caption } = THEME;
const TITLE: TextStyle = { size: 22, weight: 700, lineHeight: 1.3, fill: caption.title };
const SUBTITLE: TextStyle = { size: 14, weight: 400, lineHeight: 1.4, fill: caption.subtitle };
const LEGEND: LegendStyle = { size: 13, weight: 400, lineHeight: 1.4, fill: caption.legend, swatch: 12, swatchGap: 6, itemGap: 20 };
const FOOTER: TextStyle = { size: 12, weight: 400, lineHeight: 1.4, fill: caption.footer };

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

  const legend = legendBlock(spec.legend, PADDING, y + GAP, inner, LEGEND);
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

  const height = Math.ceil(y);
  return svgDocument(spec, { width, height }, body.join('\n'), opts.fontFaceCss);
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
  const legend = legendBlock(spec.legend, BARE_PADDING, y + GAP, inner, LEGEND);
  if (legend.height) {
    body.push(legend.svg);
    y += GAP + legend.height;
  }
  return svgDocument(spec, { width, height: Math.ceil(y + BARE_PADDING) }, body.join('\n'), opts.fontFaceCss);
}

/** The serialised chart placed at (x, y). */
const chartGroup = (chart: SerializedChart, x: number, y: number): string =>
  `<g data-role="chart" transform="translate(${round(x)} ${round(y)})">\n${nestedMarkup(chart.markup)}\n</g>`;

/** Width and height of a composed document, read back from its root element. */
export function captionedSize(svgText: string): { width: number; height: number } {
  const match = /<svg\b[^>]*?\bwidth="(\d+(?:\.\d+)?)"[^>]*?\bheight="(\d+(?:\.\d+)?)"/.exec(svgText);
  if (!match) throw new Error('Not a composed SVG: no width/height on its root');
  return { width: Number(match[1]), height: Number(match[2]) };
}
