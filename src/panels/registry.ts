import { anniversaryPanel } from './anniversary';
import { congressPanel } from './congress';
import type { Panel } from './define-panel';
import { disciplinePanel } from './discipline';
import { inspectionPanel } from './inspection';
import { otherPanel } from './other';
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
  disciplinePanel,
  congressPanel,
  programmePanel,
  anniversaryPanel,
  otherPanel,
  sourcePanel,
] as const satisfies readonly Panel[];

export const PANEL_IDS: readonly string[] = PANELS.map((p) => p.id);
