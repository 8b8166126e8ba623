import { act, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from '../../src/app/PanelBoundary';
import { setChartBodyLoader } from '../../src/charts/Chart';
import { Chart, ChartDrawingProvider, timelineChart } from '../../src/charts';

const spec = timelineChart({ rows: [{ key: 'a', label: 'A', start: 1930, end: 2020, caption: '90 năm' }], color: '#000', label: 'A' });

afterEach(() => setChartBodyLoader(() => import('../../src/charts/ChartBody')));

describe('a chart whose code failed to download', () => {
  it('says so in Vietnamese while offline, and loads again (a fresh import) on "Thử lại"', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    // offline until the test says otherwise: every download of the chart code fails
    let online = false;
    const loader = vi.fn(() =>
      online
        ? Promise.resolve({ ChartBody: () => <p>chart drawn</p> })
        : Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://x/assets/ChartBody-abc.js')),
    );
    setChartBodyLoader(loader);
    // the chart suspends on its code (React's `use`): rendered in an awaited act, as React asks of suspending trees
    await act(async () => {
      render(
        <PanelBoundary name="p">
          <Chart spec={spec} />
        </PanelBoundary>,
      );
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được mã vẽ biểu đồ');
    expect(alert).not.toHaveTextContent('Failed to fetch');
    const attempts = loader.mock.calls.length;
    expect(attempts).toBeGreaterThanOrEqual(1);
    online = true;
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    });
    expect(await screen.findByText('chart drawn')).toBeInTheDocument();
    expect(loader.mock.calls.length).toBeGreaterThan(attempts);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    warn.mockRestore();
    error.mockRestore();
  });

  it('on the page, a chart is revealed once its code is there: it never suspends into a placeholder (React would hold it back)', async () => {
    let arrive: () => void = () => {};
    const loader = vi.fn(
      () => new Promise<{ ChartBody: () => ReactElement }>((resolve) => (arrive = () => resolve({ ChartBody: () => <p>chart drawn</p> }))),
    );
    setChartBodyLoader(loader);
    const placeholders: number[] = [];
    const seen = new MutationObserver(() => placeholders.push(document.querySelectorAll('.chart-placeholder').length));
    seen.observe(document.body, { subtree: true, childList: true });
    render(
      <ChartDrawingProvider>
        <PanelBoundary name="p">
          <Chart spec={spec} />
        </PanelBoundary>
      </ChartDrawingProvider>,
    );
    await waitFor(() => expect(loader).toHaveBeenCalled());
    expect(document.querySelector('.chart-pending')).toBeInTheDocument();
    act(() => arrive());
    expect(await screen.findByText('chart drawn')).toBeInTheDocument();
    seen.disconnect();
    expect(placeholders.filter((n) => n > 0)).toEqual([]);
  });
});
