import { loadLanguage } from '../src/i18n/translate';

// The app loads English when a page asks for it (src/main.tsx, I18nProvider); tests call translate('en', …) directly.
await loadLanguage('en');
