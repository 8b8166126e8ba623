import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shippedJson } from '../fixtures/dataset';
import { jsonResponse, renderApp } from './render-app';

afterEach(() => vi.unstubAllGlobals());

describe('the app loading the dataset', () => {
  it('shows a loading state inside the page frame, then the figures', async () => {
    let release: (r: Response) => void = () => {};
    const pending = new Promise<Response>((ok) => (release = ok));
    const { fetchMock } = renderApp('', () => pending);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Chỉ số công tác xây dựng Đảng');
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải dữ liệu');
    expect(fetchMock).toHaveBeenCalledWith('http://localhost/bao-cao/xdd/data/ha-noi-2020.json', expect.anything());
    release(new Response(JSON.stringify(shippedJson())));
    const table = await screen.findByRole('table', { name: 'Toàn bộ số liệu trong báo cáo, theo nhóm' });
    const row = within(table).getByRole('row', { name: /Tổ chức đảng được cấp ủy kiểm tra/ });
    expect(within(row).getByText('1.282')).toBeInTheDocument();
    expect(within(row).getByText(/đoạn 5/)).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Chi bộ trực thuộc/ })).toHaveTextContent('17.118');
    expect(screen.queryByText(/Đang tải dữ liệu/)).not.toBeInTheDocument();
  });

  it('explains a network failure and retries on request', async () => {
    let calls = 0;
    renderApp('', () => {
      calls += 1;
      return calls <= 3 ? Promise.reject(new TypeError('Failed to fetch')) : jsonResponse(shippedJson());
    });
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent('Không tải được dữ liệu');
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    await userEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect((await screen.findAllByText('1.282')).length).toBeGreaterThan(0);
  });

  it('says when the file is missing', async () => {
    renderApp('?dataset=data/none.json', () => Promise.resolve(new Response('nope', { status: 404 })));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('404');
    expect(alert).toHaveTextContent('data/none.json');
    expect(within(alert).getByRole('link', { name: 'Quay về bộ dữ liệu gốc' })).toBeInTheDocument();
  });

  it('lists each bad field by its path', async () => {
    const data = shippedJson();
    data.indicators[3]!.value = -1;
    data.indicators[0]!.label.vi = '';
    renderApp('', () => jsonResponse(data));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dữ liệu không hợp lệ (2 lỗi)');
    expect(alert).toHaveTextContent('indicators[3].value: số đếm không được âm');
    expect(alert).toHaveTextContent('indicators[0].label.vi: không được để trống');
  });

  it('refuses a dataset parameter with another scheme', () => {
    const { fetchMock } = renderApp('?dataset=javascript:alert(1)', () => jsonResponse({}));
    expect(screen.getByRole('alert')).toHaveTextContent('javascript:alert(1)');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('speaks English with ?lang=en', async () => {
    renderApp('?lang=en', () => jsonResponse(shippedJson()));
    expect((await screen.findAllByText('1,282')).length).toBeGreaterThan(0);
    expect(screen.queryAllByText('1.282')).toEqual([]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Party-building indicators');
    expect(document.documentElement.lang).toBe('en');
  });
});
