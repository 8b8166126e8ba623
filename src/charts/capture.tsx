import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { serializeChartSvg, type SerializedChart } from '../export/inline-svg';
import type { SlideChart } from '../export/slide-svg';
import { ChartBody } from './ChartBody';
import { SlideChartBody } from './SlideChartBody';
import { planSlideChart, type SlideBox } from './slide-plan';
import type { ChartSpec } from './spec';

/** Width a chart is drawn at for a file when the page cannot say (the ZIP of every chart). */
const DEFAULT_CAPTURE_WIDTH = 760;
const TICK_MS = 16;
const MAX_TICKS = 120;

const tick = () => new Promise((resolve) => setTimeout(resolve, TICK_MS));

/** recharts draws in several passes (axes measure, then bars and labels): wait until two looks agree. */
async function settledSvg(host: HTMLElement): Promise<SVGSVGElement> {
  let last = '';
  for (let i = 0; i < MAX_TICKS; i++) {
    await tick();
    const svg = host.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface');
    if (!svg) continue;
    const look = `${svg.querySelectorAll('*').length}:${svg.innerHTML.length}`;
    if (look === last) return svg;
    last = look;
  }
  throw new Error('The chart did not finish drawing');
}

/** Draws `element` off screen in a box `width` wide and hands the box to `read` once recharts has settled. */
export async function drawOffScreen<T>(
  element: ReactElement,
  width: number,
  read: (host: HTMLElement, svg: SVGSVGElement) => T,
): Promise<T> {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-100000px;top:0;width:${Math.ceil(width)}px;pointer-events:none;`;
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(element));
    return read(host, await settledSvg(host));
  } finally {
    root.unmount();
    host.remove();
  }
}

/** Draws `element` off screen and serialises its chart as one standalone SVG. */
const capture = (element: ReactElement, width: number): Promise<SerializedChart> =>
  drawOffScreen(element, width, (_, svg) => serializeChartSvg(svg));

/**
 * Draws a chart from its spec, off screen at `width`, and hands it back as one standalone SVG: exports never
 * depend on what the page shows (table view, not yet scrolled to, hovered). In the page's document, so its
 * fonts and styles resolve the same as on screen.
 */
export function captureChart(spec: ChartSpec, width = DEFAULT_CAPTURE_WIDTH): Promise<SerializedChart> {
  return capture(<ChartBody spec={spec} width={Math.round(width)} />, width);
}

/**
 * The chart laid out for 16:9 slides (slide-plan.ts) in a box of slide px, each slide's part drawn off screen:
 * one entry per slide, with the scale it goes onto the slide at. Text is measured in the page's font, once loaded.
 */
export async function captureSlideCharts(
  spec: ChartSpec,
  box: SlideBox,
  opts: { minText: number; continued?: string },
): Promise<SlideChart[]> {
  if (typeof document !== 'undefined' && document.fonts) await document.fonts.ready;
  const charts: SlideChart[] = [];
  // one slide at a time: each is a full recharts render
  for (const page of planSlideChart(spec, box, opts)) {
    charts.push({ chart: await capture(<SlideChartBody page={page} />, page.width), scale: page.scale });
  }
  return charts;
}
