import { useI18n } from '../i18n/i18n-context';
import { loadLanguage } from '../i18n/translate';
import { useSearchParams } from '../ui/use-search-params';

/** A link to the same view in the other language: it keeps every other query parameter. */
export function LanguageSwitch() {
  const { lang, t } = useI18n();
  const [params, navigate] = useSearchParams();
  const other = lang === 'vi' ? 'en' : 'vi';
  const next = new URLSearchParams(params);
  if (other === 'vi') next.delete('lang');
  else next.set('lang', other);
  const href = `?${next.toString()}`;
  return (
    <nav aria-label={t('lang.label')} className="lang-switch">
      <a
        href={href}
        hrefLang={other}
        lang={other}
        onClick={(event) => {
          event.preventDefault();
          // the other language's words first, so the page never blanks while they load
          void loadLanguage(other).then(() => navigate(next));
        }}
      >
        {t('lang.switchTo')}
      </a>
    </nav>
  );
}
