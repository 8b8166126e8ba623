/**
 * The charts API: the only door into charts/. Panels describe a chart as a spec; charts/ decides when it is
 * drawn on the page and draws it again, off screen, for a file. Nothing outside knows recharts or its DOM.
 */
export { Chart, ChartCodeError, chartCode, reloadChartCode } from './Chart';
export { ChartDrawingProvider, useDrawAllCharts } from './ChartDrawing';
export { noteFirstScreenCharts } from './first-screen';
export { chartHeight } from './layout';
export { barChart, figuresInWords, figuresChart, legendOf, timelineChart } from './spec';
export type { ChartSpec, FigureMark, FigureRow, FigureSection, SeriesSpec, TimelineRow } from './spec';

/** The capture code (off-screen drawing for exports) loads on first use, not with the page. */
export const loadChartCapture = () => import('./capture');
