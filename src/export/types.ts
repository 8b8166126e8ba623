import type { Table } from '../model/table';

/** What a panel hands to the exporters: everything needed to stand on its own outside the page. */

/**
 * Every kind of file (or copy) one chart can be exported as; the menu lists them in this order. `xlsx` is the
 * panel's table as a workbook (src/workbook, loaded on first use): typed numbers that open in columns on any Excel.
 * `pptx` is the panel's slide(s) with a native, editable PowerPoint chart (src/export/pptx-deck.ts, loaded on first use).
 */
export const EXPORT_KINDS = ['png', 'png-slide', 'pptx', 'svg', 'xlsx', 'csv', 'clipboard'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
/** Kinds drawn from the chart (the rest come from its table alone). */
export const IMAGE_KINDS: ReadonlySet<ExportKind> = new Set(['png', 'png-slide', 'svg', 'clipboard']);

export interface LegendEntry {
  label: string;
  /** resolved colour, a hex code (never a CSS variable) */
  color: string;
  /** drawn hatched, like the series' bars, so colour is not the only cue */
  pattern?: 'hatch' | null | undefined;
}

export interface ChartExportSpec {
  /** chart title in the current language, e.g. "Kiểm tra, giám sát" */
  title: string;
  /** the filters in effect and the period, e.g. "Năm 2020 · Tổ chức đảng, Đảng viên" */
  subtitle: string;
  /** "Nguồn: <report>, <publisher>, 28/11/2020" (already translated) */
  source: string;
  /** "Xuất ngày 25/11/2026" (already translated) */
  exportedOn: string;
  legend: LegendEntry[];
  table: Table;
  /** ASCII slug parts for the file name, e.g. ["kiem-tra-giam-sat", "2020"] */
  fileNameParts: string[];
  lang: 'vi' | 'en';
}
