/** The panels as the page shell sees them: the registry, and what a panel is. */
export { definePanel, type DerivedPanel, type Panel } from './define-panel';
export { exportPanelsAsZip } from './export-panel';
export { exportViewAsPptx } from './export-slides';
export type { PanelDefinition, PanelInput, PanelProps, PanelView } from './panel-view';
export { PANEL_IDS, PANELS } from './registry';
export { viewSummary, type ViewSummary } from './view-summary';
export type { KeyFigure } from './overview/key-figures';
