/** What a panel hands to the exporters: everything needed to stand on its own outside the page. */

export interface ExportColumn {
  key: string;
  /** header in the current language */
  label: string;
}

/** The chart's data as a table: raw numbers (1282, not "1.282"), one row per bar/point. */
export interface ExportTable {
  columns: ExportColumn[];
  rows: Record<string, string | number | null>[];
}

export interface LegendEntry {
  label: string;
  /** resolved colour, e.g. "#1f77b4" (never a CSS variable) */
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
  table: ExportTable;
  /** ASCII slug parts for the file name, e.g. ["kiem-tra-giam-sat", "2020"] */
  fileNameParts: string[];
  lang: 'vi' | 'en';
}
