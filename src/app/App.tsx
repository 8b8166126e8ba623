import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect } from 'react';
import { quoteForDisplay, resolveDatasetSource, type DatasetOrigin, type DatasetSource } from '../data/dataset-source';
import { deploymentConfigQueryOptions } from '../data/deployment-config';
import type { Dataset } from '../data/schema';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { isLang, type Lang } from '../i18n/translate';
import { DatasetErrorAlert } from './DatasetError';
import { DatasetPicker } from './DatasetPicker';
import { Dashboard } from './Dashboard';
import { Footer } from './Footer';
import { Header } from './Header';
import { LoadingSkeleton } from './LoadingSkeleton';
import { OriginBanner, Quoted } from './OriginBanner';
import { useActiveDataset } from './use-active-dataset';
import { useSearchParams } from '../ui/use-search-params';
import { DataOriginProvider, PANELS, prepareDashboardView } from '../panels';
import type { MessageKey } from '../i18n/translate';

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
  const param = params.get('dataset');
  // The shipped file and the app's own origin need no configuration: only another origin waits for config.json.
  const source = resolveDatasetSource(param, baseUri);
  return (
    <I18nProvider lang={lang}>
      <DocumentLanguage />
      {source.ok ? (
        <DatasetPage url={source.url} shipped={source.shipped} baseUri={baseUri} />
      ) : source.reason === 'other-origin' ? (
        <ConfiguredSource param={param ?? ''} baseUri={baseUri} />
      ) : (
        <RefusedSource source={source} baseUri={baseUri} />
      )}
    </I18nProvider>
  );
}

/** `?dataset=` on another origin: loaded only when the deployment's config.json lists that origin. */
function ConfiguredSource({ param, baseUri }: { param: string; baseUri: string }) {
  const config = useQuery(deploymentConfigQueryOptions(baseUri));
  if (config.isPending) {
    return (
      <Frame baseUri={baseUri}>
        <LoadingSkeleton />
      </Frame>
    );
  }
  const source = resolveDatasetSource(param, baseUri, config.data?.datasetOrigins ?? []);
  return source.ok ? (
    <DatasetPage url={source.url} shipped={source.shipped} baseUri={baseUri} />
  ) : (
    <RefusedSource source={source} baseUri={baseUri} />
  );
}

function Frame({
  dataset,
  origin,
  baseUri,
  children,
}: {
  dataset?: Dataset | undefined;
  origin?: DatasetOrigin | undefined;
  baseUri: string;
  children: React.ReactNode;
}) {
  return (
    <div className="page">
      <Header dataset={dataset} />
      <OriginBanner origin={origin} baseUri={baseUri} />
      <main id="main" className="page-main">
        {children}
      </main>
      <Footer dataset={dataset} />
    </div>
  );
}

const REFUSAL_KEYS = {
  malformed: 'source.refusedMalformed',
  scheme: 'source.refusedScheme',
  credentials: 'source.refusedCredentials',
  'other-origin': 'source.refusedOrigin',
} as const satisfies Record<Exclude<DatasetSource, { ok: true }>['reason'], MessageKey>;

/** A `?dataset=` we refuse: say why, quote the value (shortened, set apart: it is not the page's text), offer the shipped dataset. */
function RefusedSource({ source, baseUri }: { source: Exclude<DatasetSource, { ok: true }>; baseUri: string }) {
  const { t } = useI18n();
  return (
    <Frame baseUri={baseUri}>
      <div role="alert" className="alert">
        <p>{t(REFUSAL_KEYS[source.reason], { origin: quoteForDisplay(source.origin ?? '', 64) })}</p>
        <p>
          {t('source.quoted')} <Quoted text={source.rejected} />
        </p>
        <a className="button-link" href="?">
          {t('state.backToShipped')}
        </a>
      </div>
    </Frame>
  );
}

function DatasetPage({ url, shipped, baseUri }: { url: string; shipped: boolean; baseUri: string }) {
  const { lang, t } = useI18n();
  const [params, navigate] = useSearchParams();
  const active = useActiveDataset(url, shipped, (dataset, origin, signal) =>
    prepareDashboardView(dataset, params, lang, origin, PANELS, signal),
  );
  const backToShipped = () => {
    active.closeFile();
    const params = new URLSearchParams(window.location.search);
    params.delete('dataset');
    navigate(params);
  };
  // A new dataset's page is rendered in slices (a deferred value renders at transition priority): a 100,000-figure
  // file's first render must not hold the main thread in one task; the page shown meanwhile stays as it is.
  const shown = useDeferredValue(active.shown);
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
      <Frame baseUri={baseUri}>
        {active.pending ? <LoadingSkeleton /> : alert}
        {active.pending ? null : picker}
      </Frame>
    );
  }
  return (
    <Frame dataset={shown.dataset} origin={shown.origin} baseUri={baseUri}>
      {alert}
      {active.keptPrevious ? <p className="note">{t('data.showingPrevious', { title: shown.dataset.meta.title[lang] })}</p> : null}
      <DataOriginProvider value={shown.origin}>
        <Dashboard dataset={shown.dataset} sidebar={picker} />
      </DataOriginProvider>
    </Frame>
  );
}
