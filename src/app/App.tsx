import { useEffect } from 'react';
import { resolveDatasetSource } from '../data/dataset-source';
import { useDataset } from '../data/get-dataset';
import { I18nProvider } from '../i18n/i18n-context';
import { isLang, translate, type Lang } from '../i18n/translate';
import { DatasetErrorAlert } from './DatasetError';
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
            <a className="button-link" href="?">{translate(lang, 'state.backToShipped')}</a>
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
  if (query.isPending) {
    return (
      <Frame>
        <LoadingSkeleton />
      </Frame>
    );
  }
  if (query.isError) {
    return (
      <Frame>
        <DatasetErrorAlert error={query.error} onRetry={() => void query.refetch()} backHref={shipped ? undefined : '?'} />
      </Frame>
    );
  }
  return (
    <Frame dataset={query.data}>
      <Dashboard dataset={query.data} />
    </Frame>
  );
}
