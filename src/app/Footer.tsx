import type { Dataset } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { citation, sourcesOf } from '../model/sources';

/** The page's foot: every source the file's figures come from, and how the figures were taken. */
export function Footer({ dataset }: { dataset: Dataset | undefined }) {
  const { lang, t } = useI18n();
  return (
    <footer className="page-footer">
      {dataset ? sourcesOf(dataset).map((source) => <p key={source.id ?? ''}>{citation(lang, source)}</p>) : null}
      <p>{t('app.footer')}</p>
    </footer>
  );
}
