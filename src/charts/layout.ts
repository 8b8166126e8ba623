/** Chart heights, computed before the chart code loads so the reserved box matches the drawn chart. */
export const BAR_SIZE = 20;
export const AXIS_HEIGHT = 32;
/** Category labels wrap onto at most this many lines of TICK_LINE px: a band must hold them without touching the next. */
export const TICK_LINES = 3;
export const TICK_LINE = 13;
const MIN_BAND = TICK_LINES * TICK_LINE + 8;

export function barChartHeight(rowCount: number, seriesCount: number, stacked = false): number {
  const band = Math.max(MIN_BAND, stacked ? BAR_SIZE + 16 : seriesCount * BAR_SIZE + 18);
  return rowCount * band + AXIS_HEIGHT + 16;
}

export const timelineHeight = (rowCount: number) => rowCount * Math.max(MIN_BAND, 40) + 52;

let context: CanvasRenderingContext2D | null | undefined;
/** Width of a 12 px bold label in the page font; an estimate where there is no canvas (jsdom, server render). */
function labelWidth(text: string): number {
  if (context === undefined) {
    try {
      // jsdom has no canvas (and says so on the console): estimate there.
      const noCanvas = typeof document === 'undefined' || /jsdom/i.test(navigator.userAgent);
      context = noCanvas ? null : document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  if (!context) return text.length * 6.8;
  context.font = `700 12px ${getComputedStyle(document.documentElement).getPropertyValue('--font') || 'sans-serif'}`;
  return context.measureText(text).width;
}

/** Room right of the bars for the longest value label ("khoảng 26 hội nghị"), so none is cut at the chart's edge. */
export const valueLabelRoom = (labels: readonly string[]) => Math.ceil(Math.max(28, ...labels.map(labelWidth))) + 14;
