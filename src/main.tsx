import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { translate } from './i18n/translate';
import './styles/app.css';
import './styles/print.css';

const queryClient = new QueryClient();

function TopLevelFallback({ error }: { error: Error }) {
  return (
    <div className="page">
      <header className="page-header">
        <h1>{translate('vi', 'app.title')}</h1>
      </header>
      <main className="page-main">
        <div role="alert" className="alert">
          <p>{translate('vi', 'state.unexpected', { message: error.message })}</p>
          <p>{translate('en', 'state.unexpected', { message: error.message })}</p>
        </div>
      </main>
    </div>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary fallback={(error) => <TopLevelFallback error={error} />}>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}
