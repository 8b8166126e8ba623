import { useId } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { cellText, shownColumns, type Table } from '../model/table';
import { useFirstRows } from '../ui/FirstRows';
import { TableScroll } from '../ui/TableScroll';

const NUMERIC = new Set(['value', 'denominator']);

/** The chart's data as an accessible table: the same rows the CSV holds, numbers formatted for the language. */
export function DataTable({ table, caption }: { table: Table; caption: string }) {
  const { lang } = useI18n();
  const captionId = useId();
  const { shown, more } = useFirstRows(table.rows);
  const columns = shownColumns(table);
  return (
    <TableScroll name={caption}>
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
          {shown.map((row, r) => (
            <tr key={String(row['id'] ?? r)}>
              {columns.map((c, i) => {
                const text = cellText(lang, row, c.key);
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
      {more}
    </TableScroll>
  );
}
