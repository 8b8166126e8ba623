import { useId } from 'react';
import type { Dataset } from '../../data/schema';
import { useI18n } from '../../i18n/i18n-context';
import { formatLocator } from '../../model/sources';
import { TableScroll } from '../../ui/TableScroll';

/** The documents the report cites (directives, plans, resolutions), each with its place in the report. */
export function DocumentTable({ dataset }: { dataset: Dataset }) {
  const { lang, t } = useI18n();
  const captionId = useId();
  if (dataset.documents.length === 0) return null;
  return (
    <TableScroll name={t('table.documents')}>
      <table className="figure-table">
        <caption id={captionId}>{t('table.documents')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.documentNumber')}</th>
            <th scope="col">{t('table.documentKind')}</th>
            <th scope="col">{t('table.documentIssuer')}</th>
            <th scope="col">{t('table.source')}</th>
          </tr>
        </thead>
        <tbody>
          {dataset.documents.map((doc) => (
            <tr key={doc.id}>
              <th scope="row">{doc.number}</th>
              <td>{t(`documentKind.${doc.kind}`)}</td>
              <td>{doc.issuer[lang]}</td>
              <td className="locator">{formatLocator(lang, dataset, doc.locator)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
