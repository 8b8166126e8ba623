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

/** Room right of the bars for the longest value label ("khoảng 26 hội nghị"), estimated at 7.4 px a character of 12 px bold. */
export const valueLabelRoom = (labels: readonly string[]) => Math.ceil(Math.max(4, ...labels.map((l) => l.length)) * 7.4) + 12;
