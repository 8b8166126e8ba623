import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeDataset, makeIndicator } from '../fixtures/dataset';
import { jsonResponse, renderApp } from './render-app';

afterEach(() => vi.unstubAllGlobals());

describe('a panel with more rows than a chart can show', () => {
  it('draws the first rows and says so; the table view holds them all', async () => {
    // SYNTHETIC: 45 programme items, more than MAX_CHART_ROWS (40)
    const indicators = Array.from({ length: 45 }, (_, i) =>
      makeIndicator({ id: `goal-${i}`, category: 'programme', measure: `goal-${i}`, subject: undefined, unit: 'goals', value: i + 1 }),
    );
    renderApp('?table=', () => jsonResponse(makeDataset({ indicators })));
    const panel = (await screen.findByRole('heading', { name: /Chương trình toàn khóa/ })).closest('section')!;
    expect(within(panel).getByText('Biểu đồ vẽ 40/45 hàng đầu tiên; bảng và tệp CSV có đủ.')).toBeInTheDocument();
  });
});
