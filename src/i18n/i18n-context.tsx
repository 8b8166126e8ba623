import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { isLoaded, loadLanguage, onLanguageLoaded, translator, type Lang, type Translate } from './translate';

interface I18n {
  lang: Lang;
  t: Translate;
}

const I18nContext = createContext<I18n>({ lang: 'vi', t: translator('vi') });

/** Gives the tree below its language; shows nothing while that language's dictionary loads (English, the first time). */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const loaded = useSyncExternalStore(
    onLanguageLoaded,
    () => isLoaded(lang),
    () => isLoaded(lang),
  );
  useEffect(() => {
    if (!loaded) void loadLanguage(lang);
  }, [lang, loaded]);
  const value = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  return loaded ? <I18nContext.Provider value={value}>{children}</I18nContext.Provider> : null;
}

export const useI18n = () => useContext(I18nContext);
