import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shippedJson } from '../fixtures/dataset';
import { jsonResponse, renderApp } from './render-app';

afterEach(() => vi.unstubAllGlobals());

const CONFIG = 'http://localhost/bao-cao/xdd/config.json';

// the first render loads the page's lazy parts: slow on a loaded machine
describe('where the figures come from', { timeout: 30_000 }, () => {
  it('shows no banner for the shipped file, and never asks for config.json then', async () => {
    const { fetchMock } = renderApp('', () => jsonResponse(shippedJson()));
    expect((await screen.findAllByText('1.282', {}, { timeout: 10_000 })).length).toBeGreaterThan(0);
    expect(screen.queryByRole('region', { name: 'Nguồn của số liệu' })).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).not.toContain(CONFIG);
  });

  it('names another file on the same site, by path, in a banner', async () => {
    renderApp('?dataset=data/quan-1.json', () => jsonResponse(shippedJson()));
    const banner = await screen.findByRole('region', { name: 'Nguồn của số liệu' }, { timeout: 10_000 });
    expect(banner).toHaveTextContent('không phải bộ dữ liệu gốc: được tải từ localhost/bao-cao/xdd/data/quan-1.json');
  });

  it('asks config.json before another site, and refuses it when the list is missing', async () => {
    const { fetchMock } = renderApp('?dataset=https://so-lieu.example/x.json', (url) =>
      url === CONFIG ? Promise.resolve(new Response('', { status: 404 })) : jsonResponse(shippedJson()),
    );
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('máy chủ khác (https://so-lieu.example)');
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual([CONFIG]);
  });

  it('loads another site that config.json lists, with the banner naming it', async () => {
    const { fetchMock } = renderApp('?dataset=https://so-lieu.example/x.json', (url) =>
      url === CONFIG ? jsonResponse({ datasetOrigins: ['https://so-lieu.example'] }) : jsonResponse(shippedJson()),
    );
    const banner = await screen.findByRole('region', { name: 'Nguồn của số liệu' }, { timeout: 10_000 });
    expect(banner).toHaveTextContent('được tải từ máy chủ khác: so-lieu.example/x.json');
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual([CONFIG, 'https://so-lieu.example/x.json']);
  });
});
