import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../../src/app/App';

/** Renders the whole app at a URL with fetch replaced by `respond`. */
export function renderApp(search: string, respond: (url: string) => Promise<Response>) {
  window.history.replaceState(null, '', `/bao-cao/xdd/${search}`);
  const fetchMock = vi.fn((input: RequestInfo | URL) => respond(String(input)));
  vi.stubGlobal('fetch', fetchMock);
  const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });
  const view = render(
    <QueryClientProvider client={client}>
      <App baseUri="http://localhost/bao-cao/xdd/" />
    </QueryClientProvider>,
  );
  return { ...view, fetchMock };
}

export const jsonResponse = (body: unknown, status = 200) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
