import type { Dataset } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { formatDate } from '../model/format';

export function Footer({ dataset }: { dataset: Dataset | undefined }) {
  const { lang, t } = useI18n();
  return (
    <footer className="page-footer">
      {dataset ? (
        <p>
          {t('app.source', {
            report: dataset.meta.report[lang],
            publisher: dataset.meta.publisher[lang],
            date: formatDate(lang, dataset.meta.date),
          })}
        </p>
      ) : null}
      <p>{t('app.footer')}</p>
    </footer>
  );
}
