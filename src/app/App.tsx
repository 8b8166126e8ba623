import { useEffect } from 'react';
import { resolveDatasetSource } from '../data/dataset-source';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { isLang, type Lang } from '../i18n/translate';
import { DatasetErrorAlert } from './DatasetError';
import { DatasetPicker } from './DatasetPicker';
import { Dashboard } from './Dashboard';
import { Footer } from './Footer';
import { Header } from './Header';
import { LoadingSkeleton } from './LoadingSkeleton';
import { useActiveDataset } from './use-active-dataset';
import { useSearchParams } from '../ui/use-search-params';

/** <html lang>, the title and the description follow the page's language (inside I18nProvider: its dictionary is loaded). */
function DocumentLanguage() {
  const { lang, t } = useI18n();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
    document.querySelector('meta[name="description"]')?.setAttribute('content', t('app.description'));
  }, [lang, t]);
  return null;
}

/** The page shell: reads the URL, loads the dataset, and puts the frame and the content together. */
export function App({ baseUri = document.baseURI }: { baseUri?: string }) {
  const [params] = useSearchParams();
  const langParam = params.get('lang');
  const lang: Lang = isLang(langParam) ? langParam : 'vi';
  const source = resolveDatasetSource(params.get('dataset'), baseUri);
  return (
    <I18nProvider lang={lang}>
      <DocumentLanguage />
      {source.ok ? <DatasetPage url={source.url} shipped={source.shipped} /> : <RefusedSource value={source.rejected} />}
    </I18nProvider>
  );
}

function Frame({ dataset, children }: { dataset?: Parameters<typeof Header>[0]['dataset']; children: React.ReactNode }) {
  return (
    <div className="page">
      <Header dataset={dataset} />
      <main id="main" className="page-main">
        {children}
      </main>
      <Footer dataset={dataset} />
    </div>
  );
}

/** `?dataset=` with a scheme or form we refuse: say so, and offer the shipped dataset. */
function RefusedSource({ value }: { value: string }) {
  const { t } = useI18n();
  return (
    <Frame>
      <div role="alert" className="alert">
        <p>{t('state.badDatasetParam', { value })}</p>
        <a className="button-link" href="?">
          {t('state.backToShipped')}
        </a>
      </div>
    </Frame>
  );
}

function DatasetPage({ url, shipped }: { url: string; shipped: boolean }) {
  const active = useActiveDataset(url, shipped);
  const { lang, t } = useI18n();
  const [, navigate] = useSearchParams();
  const backToShipped = () => {
    active.closeFile();
    const params = new URLSearchParams(window.location.search);
    params.delete('dataset');
    navigate(params);
  };
  const { shown } = active;
  const picker = (
    <DatasetPicker
      active={shown?.dataset}
      origin={shown?.origin ?? (shipped ? { kind: 'shipped' } : { kind: 'url', url })}
      onLoaded={active.openFile}
      onBackToShipped={backToShipped}
    />
  );
  const alert = active.error ? (
    <DatasetErrorAlert error={active.error} onRetry={active.retry} backHref={shipped ? undefined : '?'} />
  ) : null;
  if (!shown) {
    return (
      <Frame>
        {active.pending ? <LoadingSkeleton /> : alert}
        {active.pending ? null : picker}
      </Frame>
    );
  }
  return (
    <Frame dataset={shown.dataset}>
      {alert}
      {active.keptPrevious ? <p className="note">{t('data.showingPrevious', { title: shown.dataset.meta.title[lang] })}</p> : null}
      <Dashboard dataset={shown.dataset} sidebar={picker} />
    </Frame>
  );
}
