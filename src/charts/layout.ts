/** Chart heights, computed before the chart code loads so the reserved box matches the drawn chart. */
export const BAR_SIZE = 20;
export const AXIS_HEIGHT = 32;

export function barChartHeight(rowCount: number, seriesCount: number, stacked = false): number {
  const band = stacked ? BAR_SIZE + 16 : seriesCount * BAR_SIZE + 18;
  return rowCount * band + AXIS_HEIGHT + 16;
}

export const timelineHeight = (rowCount: number) => rowCount * 40 + 52;
