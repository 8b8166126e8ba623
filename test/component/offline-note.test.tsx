import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { localDateAndTime, OfflineNote } from '../../src/app/OfflineNote';
import { startServiceWorker } from '../../src/app/offline-status';
import { I18nProvider } from '../../src/i18n/i18n-context';
import type { Lang } from '../../src/i18n/translate';

/** A window whose service-worker container the test drives (jsdom has none). */
function fakeWindow(controlled: boolean) {
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? {} : null,
    startMessages: vi.fn(),
    register: vi.fn(() => Promise.resolve({})),
  });
  const win = {
    navigator: { serviceWorker: container },
    document: { readyState: 'loading', baseURI: 'http://localhost/bao-cao/xdd/' },
    addEventListener: vi.fn(),
  } as unknown as Window;
  return { win, container };
}

const URL_SHIPPED = 'http://localhost/bao-cao/xdd/data/ha-noi-2020.json';
const SAVED_AT = '2026-11-26T03:32:00.000Z';
const note = (lang: Lang = 'vi', url?: string) => (
  <I18nProvider lang={lang}>
    <OfflineNote url={url} />
  </I18nProvider>
);

describe('the offline note', () => {
  it('appears when the worker answered with the saved copy, with when it was saved, and goes when the network answers again', () => {
    const { win, container } = fakeWindow(false);
    startServiceWorker(win);
    expect(container.startMessages).toHaveBeenCalled(); // messages sent while the page loaded are delivered now
    const { rerender } = render(note());
    expect(screen.queryByRole('status')).toBeNull();

    act(() => {
      container.dispatchEvent(
        new MessageEvent('message', { data: { type: 'xdd-sw', kind: 'saved', url: URL_SHIPPED, savedAt: SAVED_AT } }),
      );
    });
    const when = localDateAndTime(SAVED_AT);
    const [y, m, d] = (when?.date ?? '').split('-');
    expect(screen.getByRole('status')).toHaveTextContent(
      `Đang ngoại tuyến: đang xem dữ liệu đã lưu lúc ${when?.time} ngày ${d}/${m}/${y}.`,
    );

    rerender(note('vi', 'http://localhost/bao-cao/xdd/data/other.json'));
    expect(screen.queryByRole('status')).toBeNull(); // another file on screen: not about it

    rerender(note('vi', URL_SHIPPED));
    expect(screen.getByRole('status')).toHaveTextContent('Đang ngoại tuyến');

    act(() => {
      container.dispatchEvent(new MessageEvent('message', { data: { type: 'xdd-sw', kind: 'fresh', url: URL_SHIPPED } }));
    });
    expect(screen.queryByRole('status')).toBeNull();

    act(() => {
      container.dispatchEvent(
        new MessageEvent('message', { data: { type: 'something-else', kind: 'saved', url: URL_SHIPPED, savedAt: SAVED_AT } }),
      );
    });
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says that a new version took over a page opened on the older one (not when the first one takes over a first visit)', () => {
    const first = fakeWindow(false);
    startServiceWorker(first.win);
    render(note());
    act(() => void first.container.dispatchEvent(new Event('controllerchange')));
    expect(screen.queryByRole('status')).toBeNull();
    act(() => void first.container.dispatchEvent(new Event('controllerchange'))); // then a second build
    expect(screen.getByRole('status')).toHaveTextContent('Đã có phiên bản mới của ứng dụng');
    expect(screen.getByRole('button', { name: 'Tải lại trang' })).toBeInTheDocument();
  });

  it('reads an instant as the local date and time, and refuses what is not one', () => {
    const at = new Date(2026, 10, 26, 9, 5);
    expect(localDateAndTime(at.toISOString())).toEqual({ date: '2026-11-26', time: '09:05' });
    expect(localDateAndTime('')).toBeNull();
  });
});
