/**
 * A PowerPoint deck as plain data: what src/export/pptx-deck.ts turns into a .pptx. Built from the panels' views by
 * src/panels/slide-content.ts; every text already translated, every number exactly as the page shows it.
 */

export interface DeckSeries {
  name: string;
  /** hex colour without '#', e.g. "0072B2" */
  color: string;
  /** one value a category; null where the page draws no bar */
  values: (number | null)[];
}

/** One native, editable PowerPoint bar chart (horizontal bars, like the page), its data embedded. */
export interface DeckChart {
  kind: 'chart';
  /** a heading over the chart (a section's title), or '' */
  heading: string;
  /** category labels, as the page writes them */
  categories: string[];
  series: DeckSeries[];
  stacked: boolean;
  /** the values are shares of a whole (0..1), the axis runs from 0 to 100 % */
  share: boolean;
  /** a logarithmic value axis (the slide says so) */
  log: boolean;
  /** what the chart shows in words (PowerPoint's alt text) */
  altText: string;
}

/** Figures PowerPoint cannot draw honestly as a chart, as a native table of text cells. */
export interface DeckTable {
  kind: 'table';
  heading: string;
  columns: string[];
  rows: string[][];
}

/** A chart PowerPoint cannot draw natively (a timeline), as an image; its table goes beside it. */
export interface DeckImage {
  kind: 'image';
  /** "data:image/png;base64,…" */
  data: string;
  width: number;
  height: number;
  altText: string;
}

export type DeckBlock = DeckChart | DeckTable | DeckImage;

/** One panel: its words and its blocks (several slides when they do not fit on one). */
export interface DeckPanel {
  title: string;
  /** the filters in effect, in words */
  subtitle: string;
  /** what the chart shows, in words (the panel's caption) */
  description: string;
  /** lines said under the description: how a value was computed, a log axis, rows left out of the chart */
  notes: string[];
  /** the panel's citations, one line */
  source: string;
  blocks: DeckBlock[];
}

export interface DeckKeyFigure {
  heading: string;
  caption: string;
  value: string;
}

export interface Deck {
  lang: 'vi' | 'en';
  /** a whole view: the title, key figures and sources slides around the panels (one chart: its slides alone) */
  cover: boolean;
  title: string;
  organisation: string;
  /** "Ngày báo cáo: 28/11/2020" */
  reportDate: string;
  /** the filters in effect, in words */
  filters: string;
  /** "Xuất ngày 26/11/2026" */
  exportedOn: string;
  keyFiguresTitle: string;
  keyFigures: DeckKeyFigure[];
  /** in page order */
  panels: DeckPanel[];
  /** every citation once, in page order; a sources slide when not empty */
  sources: string[];
  /** the words the deck adds: the sources slide's title, "(continued)" */
  words: { sources: string; continued: string };
}
