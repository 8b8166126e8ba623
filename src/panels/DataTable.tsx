import { useId, useState } from 'react';
import type { ExportTable } from '../export/types';
import { useI18n } from '../i18n/i18n-context';
import { formatNumber } from '../model/format';
import { TableScroll } from './TableScroll';

const NUMERIC = new Set(['value', 'denominator']);
const FIRST_ROWS = 200;

/** The chart's data as an accessible table: the same rows the CSV holds, numbers formatted for the language. */
export function DataTable({ table, caption }: { table: ExportTable; caption: string }) {
  const { lang, t } = useI18n();
  const captionId = useId();
  const [showAll, setShowAll] = useState(false);
  // thousands of rows (every district, several periods) would freeze the tab: the first rows, the rest on request
  const rows = showAll ? table.rows : table.rows.slice(0, FIRST_ROWS);
  const columns = table.columns.filter((c) => table.rows.some((r) => r[c.key] !== null && r[c.key] !== undefined));
  return (
    <TableScroll labelledBy={captionId}>
      <table className="figure-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={c.key} scope="col" className={NUMERIC.has(c.key) ? 'num' : undefined} data-first={i === 0 || undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={String(row['id'] ?? r)}>
              {columns.map((c, i) => {
                const v = row[c.key];
                const text = typeof v === 'number' ? formatNumber(lang, v) : (v ?? '');
                return i === 0 ? (
                  <th key={c.key} scope="row">
                    {text}
                  </th>
                ) : (
                  <td key={c.key} className={NUMERIC.has(c.key) ? 'num' : c.key === 'source' ? 'locator' : undefined}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length < table.rows.length ? (
        <p className="table-more">
          <button type="button" onClick={() => setShowAll(true)}>
            {t('table.showAll', { count: table.rows.length })}
          </button>
        </p>
      ) : null}
    </TableScroll>
  );
}
