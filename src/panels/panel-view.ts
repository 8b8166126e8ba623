import type { ChartSpec } from '../charts';
import type { Category, Dataset, Indicator } from '../data/schema';
import type { Lang, MessageKey } from '../i18n/translate';
import type { FilterAspect, Filters } from '../model/filters';
import type { Table } from '../model/table';

/** What a panel's pure functions receive. */
export interface PanelInput {
  dataset: Dataset;
  /** the dataset's figures of the panel's categories, narrowed by the filters it reads */
  indicators: readonly Indicator[];
  filters: Filters;
  lang: Lang;
}

/** Everything a chart panel shows and exports, as data: built by a pure function, drawn by PanelFrame. */
export interface PanelView {
  id: string;
  title: string;
  /** the filters in effect, in words: "Năm 2020 · Tổ chức đảng, Đảng viên" */
  subtitle: string;
  /** one or two sentences saying what the chart shows (the chart's text alternative) */
  description: string;
  /** nothing to show under the filters */
  empty: boolean;
  chart: ChartSpec | null;
  /** when the chart draws only the first rows of many (see model/limit-rows.ts) */
  drawn: { shown: number; total: number } | null;
  /** the figures behind the panel: its table view and its CSV */
  table: Table;
  /** said in exported files after the subtitle (the page says it elsewhere), e.g. how a value was computed */
  exportNote?: string;
  /** the start of exported file names (ASCII), before the filters: "kiem-tra-giam-sat" */
  fileSlug: string;
  /** the figures behind the panel (default: every figure of its categories the filters leave) */
  figures?: readonly Indicator[];
  /** citation lines of exactly those figures' sources (added by definePanel) */
  citations: readonly string[];
}

/** One panel: its place on the page, its figures, the filters it reads, its pure series and view, and its component. */
export interface PanelDefinition<S> {
  id: string;
  /** its name in the filter bar's list of report parts */
  short: MessageKey;
  /** the key-figures strip at the top, the grid of charts, or full width below them */
  place: 'strip' | 'grid' | 'page';
  categories: readonly Category[];
  /**
   * Whether the file carries figures of this panel at all; a panel it does not carry is left off the page and the
   * filter list (not shown as "no data matches the filters"). Default: at least one figure of its categories; a
   * panel of no categories (the sources) is always present.
   */
  present?(dataset: Dataset): boolean;
  /** the filters it reads: its figures, series and view are recomputed only when one of these changes */
  reads: readonly FilterAspect[];
  series(input: PanelInput): S;
  /** null for a panel without a chart frame (the key figures, the sources) */
  view(series: S, input: PanelInput): Omit<PanelView, 'id' | 'citations'> | null;
  Component: React.ComponentType<PanelProps<S>>;
}

export interface PanelProps<S> {
  dataset: Dataset;
  series: S;
  view: PanelView | null;
}
