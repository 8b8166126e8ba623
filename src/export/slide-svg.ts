import { THEME } from '../theme/theme';
import type { SerializedChart } from './inline-svg';
import {
  legendBlock,
  legendHeight,
  lineBox,
  nestedMarkup,
  round,
  svgDocument,
  textBlock,
  wrap,
  type LegendStyle,
  type TextStyle,
} from './svg-text';
import type { ChartExportSpec } from './types';

/**
 * The chart composed as one 16:9 slide, 1920×1080 in its own units (drawn 1:1 into the PNG): title, subtitle with
 * the filters, the chart, its legend, then the source, the export date and "1/2" when a chart needed several
 * slides. Every text is at least MIN_SLIDE_TEXT px; nothing is drawn outside the slide.
 */
export const SLIDE = { width: 1920, height: 1080 } as const;
/** The smallest text drawn on a slide, chart labels included (charts are scaled so theirs reach it). */
export const MIN_SLIDE_TEXT = 14;

const MARGIN_X = 80;
const TOP = 52;
const BOTTOM = 34;
const INNER = SLIDE.width - 2 * MARGIN_X;
const GAP_UNDER_HEADER = 28;
const GAP_LEGEND = 20;
const GAP_FOOTER = 22;
/** room kept at the footer's right for the "2/3" of a chart split over several slides */
const PAGE_LABEL_ROOM = 110;
/** the header steps down through these sizes while it would leave the chart less than this height */
const MIN_CHART_BOX = 560;

const { caption } = THEME;
const HEADERS: readonly { title: TextStyle; subtitle: TextStyle }[] = [46, 40, 34, 30].map((size, i) => ({
  title: { size, weight: 700, lineHeight: 1.2, fill: caption.title },
  subtitle: { size: [26, 23, 20, 18][i]!, weight: 400, lineHeight: 1.35, fill: caption.subtitle },
}));
const LEGEND: LegendStyle = { size: 24, weight: 400, lineHeight: 1.35, fill: caption.legend, swatch: 22, swatchGap: 10, itemGap: 44 };
const FOOTER: TextStyle = { size: 20, weight: 400, lineHeight: 1.4, fill: caption.footer };
const PAGE_LABEL: TextStyle = { ...FOOTER, weight: 700, fill: caption.title };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A chart drawn for a slide: its SVG at CSS size, and the scale it is drawn at on the slide. */
export interface SlideChart {
  chart: SerializedChart;
  scale: number;
}

interface Block {
  lines: string[];
  top: number;
  style: TextStyle;
}

/** Where the words of a slide go and the box left for the chart (the legend is drawn right under the chart). */
export interface SlideFrame {
  title: Block;
  subtitle: Block;
  /** the chart's box; the legend takes `legendHeight` below it, after a gap */
  chartBox: Box;
  legendHeight: number;
  ruleY: number;
  footer: Block;
}

function frameWith(spec: ChartExportSpec, header: (typeof HEADERS)[number]): SlideFrame {
  const titleLines = wrap(spec.title, INNER, header.title);
  const subtitleLines = wrap(spec.subtitle, INNER, header.subtitle);
  const subtitleTop = TOP + titleLines.length * lineBox(header.title) + (subtitleLines.length ? 10 : 0);
  const chartTop = subtitleTop + subtitleLines.length * lineBox(header.subtitle) + GAP_UNDER_HEADER;
  const footerLines = [...wrap(spec.source, INNER - PAGE_LABEL_ROOM, FOOTER), ...wrap(spec.exportedOn, INNER - PAGE_LABEL_ROOM, FOOTER)];
  const footerTop = SLIDE.height - BOTTOM - footerLines.length * lineBox(FOOTER);
  const ruleY = footerTop - 12;
  const legend = legendHeight(spec.legend, INNER, LEGEND);
  const chartBottom = ruleY - GAP_FOOTER - (legend ? legend + GAP_LEGEND : 0);
  return {
    title: { lines: titleLines, top: TOP, style: header.title },
    subtitle: { lines: subtitleLines, top: subtitleTop, style: header.subtitle },
    chartBox: { x: MARGIN_X, y: chartTop, width: INNER, height: Math.max(0, chartBottom - chartTop) },
    legendHeight: legend,
    ruleY,
    footer: { lines: footerLines, top: footerTop, style: FOOTER },
  };
}

/** The slide's layout for this spec: the largest header that leaves the chart a fair box (a long subtitle steps it down). */
export function slideFrame(spec: ChartExportSpec): SlideFrame {
  let frame = frameWith(spec, HEADERS[0]!);
  for (const header of HEADERS.slice(1)) {
    if (frame.chartBox.height >= MIN_CHART_BOX) break;
    frame = frameWith(spec, header);
  }
  return frame;
}

const drawBlock = (block: Block, role: string) => textBlock(block.lines, MARGIN_X, block.top, block.style, role).svg;

/**
 * One slide as a standalone SVG document, SLIDE.width × SLIDE.height. The chart is drawn at `page.scale`
 * (smaller only if it would not fit its box), centred in the box with its legend under it.
 * `page.chart.markup` must come from serializeChartSvg; every spec string is escaped here.
 */
export function composeSlideSvg(
  spec: ChartExportSpec,
  page: SlideChart,
  opts: { page?: { index: number; count: number }; fontFaceCss?: string } = {},
): string {
  const frame = slideFrame(spec);
  const box = frame.chartBox;
  const { chart } = page;
  const scale = Math.min(page.scale, box.width / chart.width, box.height / chart.height);
  const drawn = { width: chart.width * scale, height: chart.height * scale };
  const top = box.y + (box.height - drawn.height) / 2;
  const left = box.x + (box.width - drawn.width) / 2;
  const body = [drawBlock(frame.title, 'title'), drawBlock(frame.subtitle, 'subtitle')];
  body.push(
    `<g data-role="chart" data-scale="${round(scale)}" transform="translate(${round(left)} ${round(top)}) scale(${round(scale * 1e4) / 1e4})">\n` +
      `${nestedMarkup(chart.markup)}\n</g>`,
  );
  if (frame.legendHeight) body.push(legendBlock(spec.legend, MARGIN_X, top + drawn.height + GAP_LEGEND, INNER, LEGEND, true).svg);
  body.push(
    `<line x1="${MARGIN_X}" y1="${round(frame.ruleY)}" x2="${SLIDE.width - MARGIN_X}" y2="${round(frame.ruleY)}" stroke="${caption.rule}" stroke-width="2"/>`,
  );
  body.push(drawBlock(frame.footer, 'footer'));
  if (opts.page && opts.page.count > 1) {
    const label = `${opts.page.index + 1}/${opts.page.count}`;
    body.push(textBlock([label], SLIDE.width - MARGIN_X, frame.footer.top, PAGE_LABEL, 'page', 'end').svg);
  }
  return svgDocument(spec, SLIDE, body.join('\n'), opts.fontFaceCss);
}
