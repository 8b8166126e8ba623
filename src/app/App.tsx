import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { lastLoadedDataset } from '../data/dataset-cache';
import type { Dataset } from '../data/schema';
import { resolveDatasetSource } from '../data/dataset-source';
import { useDataset } from '../data/get-dataset';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { isLang, translate, type Lang } from '../i18n/translate';
import { DatasetErrorAlert } from './DatasetError';
import { DatasetPicker, type DatasetOrigin } from './DatasetPicker';
import { Dashboard } from './Dashboard';
import { Footer } from './Footer';
import { Header } from './Header';
import { LoadingSkeleton } from './LoadingSkeleton';
import { useSearchParams } from './use-search-params';

function useDocumentLanguage(lang: Lang) {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, 'app.title');
    document.querySelector('meta[name="description"]')?.setAttribute('content', translate(lang, 'app.description'));
  }, [lang]);
}

/** The page shell: reads the URL, loads the dataset, and puts the frame and the content together. */
export function App({ baseUri = document.baseURI }: { baseUri?: string }) {
  const [params] = useSearchParams();
  const langParam = params.get('lang');
  const lang: Lang = isLang(langParam) ? langParam : 'vi';
  useDocumentLanguage(lang);
  const source = resolveDatasetSource(params.get('dataset'), baseUri);
  return (
    <I18nProvider lang={lang}>
      {source.ok ? (
        <DatasetPage url={source.url} shipped={source.shipped} />
      ) : (
        <Frame>
          <div role="alert" className="alert">
            <p>{translate(lang, 'state.badDatasetParam', { value: source.rejected })}</p>
            <a className="button-link" href="?">
              {translate(lang, 'state.backToShipped')}
            </a>
          </div>
        </Frame>
      )}
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

function DatasetPage({ url, shipped }: { url: string; shipped: boolean }) {
  const query = useDataset(url);
  const client = useQueryClient();
  const { lang, t } = useI18n();
  const [, navigate] = useSearchParams();
  // A file opened by the user replaces the URL's dataset until the URL's dataset changes.
  const [file, setFile] = useState<{ forUrl: string; name: string; dataset: Dataset } | null>(null);
  const activeFile = file && file.forUrl === url ? file : null;
  const failed = query.isError && !activeFile;
  const previous = failed ? lastLoadedDataset(client, url) : null;
  const dataset = activeFile?.dataset ?? query.data ?? previous?.dataset;
  const origin: DatasetOrigin = activeFile ? { kind: 'file', name: activeFile.name } : shipped ? { kind: 'shipped' } : { kind: 'url', url };
  const backToShipped = () => {
    setFile(null);
    const params = new URLSearchParams(window.location.search);
    params.delete('dataset');
    navigate(params);
  };
  const picker = (
    <DatasetPicker
      active={dataset}
      origin={origin}
      onLoaded={(loaded, name) => setFile({ forUrl: url, name, dataset: loaded })}
      onBackToShipped={backToShipped}
    />
  );
  const alert = failed ? (
    <DatasetErrorAlert error={query.error} onRetry={() => void query.refetch()} backHref={shipped ? undefined : '?'} />
  ) : null;
  if (!dataset) {
    return (
      <Frame>
        {query.isPending ? <LoadingSkeleton /> : alert}
        {query.isPending ? null : picker}
      </Frame>
    );
  }
  return (
    <Frame dataset={dataset}>
      {alert}
      {previous ? <p className="note">{t('data.showingPrevious', { title: previous.dataset.meta.title[lang] })}</p> : null}
      <Dashboard dataset={dataset} sidebar={picker} />
    </Frame>
  );
}
