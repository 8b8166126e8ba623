/**
 * The charts API: the only door into charts/. Panels describe a chart as a spec; charts/ decides when it is
 * drawn on the page and draws it again, off screen, for a file. Nothing outside knows recharts or its DOM.
 */
export { Chart, ChartCodeError, chartCode, reloadChartCode } from './Chart';
export { ChartDrawingProvider, useDrawAllCharts } from './ChartDrawing';
export { noteFirstScreenCharts } from './first-screen';
export { collectStillSpecs, readStills, setStills } from './stills';
export { chartHeight } from './layout';
export { barChart, figuresInWords, figuresChart, legendOf, timelineChart } from './spec';
export type { ChartSpec, FigureMark, FigureRow, FigureSection, SeriesSpec, TimelineRow } from './spec';

/** The capture code (off-screen drawing for exports) loads on first use, not with the page. */
export const loadChartCapture = () => import('./capture');

/** Build time only (scripts/prerender.ts, with jsdom in place): the code that draws the stills. */
export const loadStillDrawing = () => import('./draw-stills');
