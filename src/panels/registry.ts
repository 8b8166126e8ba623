import { anniversaryPanel } from './anniversary';
import { completionPanel, congressPanel } from './congress';
import type { Panel } from './define-panel';
import { inspectionPanel } from './inspection';
import { overviewPanel } from './overview';
import { programmePanel } from './programme';
import { sourcePanel } from './source';

/**
 * Every panel, in page order: the filter bar's list of report parts, the `panels=` URL values, the page, the
 * ZIP of every chart and print all follow it. Adding a panel is a folder beside these, one line here and its
 * dictionary keys.
 */
export const PANELS = [
  overviewPanel,
  inspectionPanel,
  congressPanel,
  completionPanel,
  programmePanel,
  anniversaryPanel,
  sourcePanel,
] as const satisfies readonly Panel[];

export const PANEL_IDS: readonly string[] = PANELS.map((p) => p.id);
