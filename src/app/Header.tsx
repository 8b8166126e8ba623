import type { Dataset } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { formatDate } from '../model/format';
import { LanguageSwitch } from './LanguageSwitch';

/** The page frame's top: present in every state, with the dataset's identity once it is loaded. */
export function Header({ dataset }: { dataset: Dataset | undefined }) {
  const { lang, t } = useI18n();
  return (
    <header className="page-header">
      <div className="page-header__text">
        <h1>{t('app.title')}</h1>
        {dataset ? (
          <p className="page-header__meta">
            <span className="page-header__org">{dataset.meta.organisation[lang]}</span>
            <span>{dataset.meta.conference[lang]}</span>
            <span>{t('app.reportDate', { date: formatDate(lang, dataset.meta.date) })}</span>
          </p>
        ) : null}
      </div>
      <LanguageSwitch />
    </header>
  );
}
