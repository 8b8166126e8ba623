import type { Lang } from '../i18n/translate';
import { cellText, shownColumns, type Table } from '../model/table';
import type { ReportTable } from './docx-report';

/**
 * A panel's table as the report prints it: the columns its table view shows, numbers written as the page writes
 * them ("1.282") and right-aligned when the whole column is numbers.
 */
export function reportTable(table: Table, lang: Lang): ReportTable {
  const columns = shownColumns(table);
  return {
    columns: columns.map((c) => ({
      label: c.label,
      numeric: table.rows.every((r) => r[c.key] === null || r[c.key] === undefined || typeof r[c.key] === 'number'),
    })),
    rows: table.rows.map((row) => columns.map((c) => cellText(lang, row, c.key))),
  };
}
