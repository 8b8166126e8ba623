import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { App } from './app/App';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { isLoaded, translate } from './i18n/translate';

function TopLevelFallback({ error }: { error: Error }) {
  return (
    <div className="page">
      <header className="page-header">
        <h1>{translate('vi', 'app.title')}</h1>
      </header>
      <main className="page-main">
        <div role="alert" className="alert">
          <p>{translate('vi', 'state.unexpected', { message: error.message })}</p>
          {isLoaded('en') ? <p>{translate('en', 'state.unexpected', { message: error.message })}</p> : null}
        </div>
      </main>
    </div>
  );
}

/**
 * The whole tree, the same in the browser (src/main.tsx) and at build time (src/entry-server.tsx), so the
 * pre-rendered HTML and the hydrated page come from one component tree.
 */
export function AppRoot({ client, baseUri }: { client: QueryClient; baseUri?: string }) {
  return (
    <StrictMode>
      <ErrorBoundary fallback={(error) => <TopLevelFallback error={error} />}>
        <QueryClientProvider client={client}>
          <App baseUri={baseUri} />
        </QueryClientProvider>
      </ErrorBoundary>
    </StrictMode>
  );
}
