import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from '../../src/app/PanelBoundary';
import { setChartBodyLoader } from '../../src/charts/Chart';
import { Chart, timelineChart } from '../../src/charts';

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
    render(
      <PanelBoundary name="p">
        <Chart spec={spec} />
      </PanelBoundary>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được mã vẽ biểu đồ');
    expect(alert).not.toHaveTextContent('Failed to fetch');
    const attempts = loader.mock.calls.length;
    expect(attempts).toBeGreaterThanOrEqual(1);
    online = true;
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('chart drawn')).toBeInTheDocument();
    expect(loader.mock.calls.length).toBeGreaterThan(attempts);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    warn.mockRestore();
    error.mockRestore();
  });
});
