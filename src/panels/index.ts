/** The panels as the page shell sees them: the registry, and what a panel is. */
export { definePanel, type DerivedPanel, type Panel } from './define-panel';
export { DataOriginProvider, useDataOrigin } from './data-origin';
export { exportPanelsAsZip } from './export-panel';
export { slidePngs } from './slide-export';
export { exportViewAsDocx } from './export-report';
export type { PanelDefinition, PanelInput, PanelProps, PanelView } from './panel-view';
export { PANEL_IDS, PANELS } from './registry';
export { viewSummary, type ViewSummary } from './view-summary';
export { dashboardView, prepareDashboardView, type DashboardView } from './dashboard-view';
export type { KeyFigure } from './overview/key-figures';

type ViewAsPptx = typeof import('./export-slides').exportViewAsPptx;
/** The whole view as a PowerPoint deck; the slide code (and PptxGenJS) loads on first use, not with the page. */
export const exportViewAsPptx: ViewAsPptx = async (...args) => (await import('./export-slides')).exportViewAsPptx(...args);
