import type { MouseEvent } from 'react';
import type { Dataset } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { formatDate } from '../model/format';
import { LanguageSwitch } from './LanguageSwitch';

/** Moves keyboard focus to <main id="main"> without touching the URL (the query string is the app's state). */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');
  main.focus();
  main.scrollIntoView();
}

/** The page frame's top: present in every state, with the dataset's identity once it is loaded. */
export function Header({ dataset }: { dataset: Dataset | undefined }) {
  const { lang, t } = useI18n();
  return (
    <header className="page-header">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skip')}
      </a>
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
