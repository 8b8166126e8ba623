import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from '../../src/app/PanelBoundary';
import { setChartBodyLoader } from '../../src/charts/Chart';
import { Chart, timelineChart } from '../../src/charts';

const spec = timelineChart({ rows: [{ key: 'a', label: 'A', start: 1930, end: 2020, caption: '90 năm' }], color: '#000', label: 'A' });

afterEach(() => setChartBodyLoader(() => import('../../src/charts/ChartBody')));

describe('a chart whose code failed to download', () => {
  it('says so in Vietnamese and loads again (a fresh import) on "Thử lại"', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const loader = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module: http://x/assets/ChartBody-abc.js'))
      .mockResolvedValue({ ChartBody: () => <p>chart drawn</p> });
    setChartBodyLoader(loader);
    render(
      <PanelBoundary name="p">
        <Chart spec={spec} />
      </PanelBoundary>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được mã vẽ biểu đồ');
    expect(alert).not.toHaveTextContent('Failed to fetch');
    expect(loader).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('chart drawn')).toBeInTheDocument();
    expect(loader).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    warn.mockRestore();
    error.mockRestore();
  });
});
