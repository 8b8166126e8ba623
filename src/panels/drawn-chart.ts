import { loadChartCapture } from '../charts';
import type { PanelView } from './panel-view';

/** The panel's chart drawn off screen from its spec (exports never read the live page), or null without one. */
export async function drawnChart(view: PanelView, width: number | undefined) {
  if (!view.chart || view.empty) return null;
  const { captureChart } = await loadChartCapture();
  return captureChart(view.chart, width);
}
