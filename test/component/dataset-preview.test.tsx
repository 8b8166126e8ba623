import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { DatasetPicker } from '../../src/app/DatasetPicker';
import { I18nProvider } from '../../src/i18n/i18n-context';
import { shippedDataset, shippedJson } from '../fixtures/dataset';
import { jsonResponse, renderApp } from './render-app';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const picker = () => screen.getByTestId('dataset-picker');
const inspectionDesc = () => screen.getByRole('region', { name: 'Kiểm tra, giám sát' }).querySelector('.panel__desc')?.textContent ?? '';
const fileInput = () => within(picker()).getByLabelText('Mở tệp (Excel, CSV, JSON)…', { selector: 'input' });

/**
 * The shipped file with three edits (synthetic, for this test only): one figure changed (1.282 -> 1.300 inspected
 * organisations), one removed (the contributions adopted), one added (a made-up count of members admitted).
 */
function editedFile(): Dataset {
  const data = shippedJson();
  data.indicators[0]!.value = 1300;
  data.indicators = data.indicators.filter((ind) => ind.id !== 'contributions-adopted');
  data.indicators.push({
    id: 'members-admitted-test',
    category: 'organisation',
    measure: 'members-admitted',
    label: { vi: 'Đảng viên mới được kết nạp (số liệu thử)', en: 'New members admitted (test figure)' },
    value: 4321,
    unit: 'members',
    subject: 'member',
    orgUnit: data.indicators[0]!.orgUnit,
    period: data.indicators[0]!.period,
    locator: data.indicators[0]!.locator,
  });
  return data;
}

async function openShipped() {
  renderApp('', () => jsonResponse(shippedJson()));
  await screen.findByRole('region', { name: 'Kiểm tra, giám sát' });
}

async function chooseJson(user: ReturnType<typeof userEvent.setup>, name: string, body: unknown) {
  await user.upload(fileInput(), new File([typeof body === 'string' ? body : JSON.stringify(body)], name, { type: 'application/json' }));
}

describe('opening a file: preview before replacing', { timeout: 30_000 }, () => {
  it('lists new, changed and removed figures; "Hủy" keeps the dataset on screen, "Hiển thị" loads the file', async () => {
    const user = userEvent.setup();
    await openShipped();
    expect(inspectionDesc()).toContain('1.282 tổ chức');

    await chooseJson(user, 'ky-moi.json', editedFile());
    const preview = await screen.findByRole('region', { name: 'Xem trước: ky-moi.json' });
    // focus lands on the preview's heading
    await waitFor(() => expect(within(preview).getByRole('heading', { level: 3 })).toHaveFocus());
    expect(within(preview).getByRole('status')).toHaveTextContent('Mới: 1 · Thay đổi: 1 · Bị bỏ: 1 · Giữ nguyên: 42');

    const added = within(preview).getByRole('list', { name: 'Chỉ tiêu mới (1)' });
    expect(added).toHaveTextContent('Đảng viên mới được kết nạp (số liệu thử): 4.321 đảng viên');
    const changed = within(preview).getByRole('list', { name: 'Chỉ tiêu thay đổi (1)' });
    expect(changed).toHaveTextContent('Tổ chức đảng được cấp ủy kiểm tra');
    expect(changed).toHaveTextContent('Giá trị: 1.282 → 1.300');
    const removed = within(preview).getByRole('list', { name: 'Chỉ tiêu bị bỏ (1)' });
    expect(removed).toHaveTextContent('Ý kiến được tiếp thu ở phiên về kiểm tra, giám sát: 6');

    // nothing replaced yet
    expect(inspectionDesc()).toContain('1.282 tổ chức');
    await user.click(within(preview).getByRole('button', { name: 'Hủy' }));
    expect(screen.queryByRole('region', { name: /Xem trước/ })).not.toBeInTheDocument();
    expect(inspectionDesc()).toContain('1.282 tổ chức');
    expect(picker()).toHaveTextContent('bộ dữ liệu gốc');
    expect(within(picker()).getByRole('button', { name: 'Mở tệp (Excel, CSV, JSON)…' })).toHaveFocus();

    await chooseJson(user, 'ky-moi.json', editedFile());
    const again = await screen.findByRole('region', { name: 'Xem trước: ky-moi.json' });
    await user.click(within(again).getByRole('button', { name: 'Hiển thị' }));
    await waitFor(() => expect(inspectionDesc()).toContain('1.300 tổ chức'));
    expect(inspectionDesc()).not.toContain('1.282');
    expect(picker()).toHaveTextContent('ky-moi.json');
    expect(screen.queryByRole('region', { name: /Xem trước/ })).not.toBeInTheDocument();
    await waitFor(() => expect(picker().querySelector('.dataset-picker__status')?.textContent).toBe(''));
  });

  it('says it is showing the file while the page prepares it, and stops saying so once it is shown', async () => {
    const user = userEvent.setup();
    let shown: () => void = () => {};
    const onLoaded = vi.fn(() => new Promise<void>((resolve) => (shown = resolve)));
    render(
      <I18nProvider lang="vi">
        <DatasetPicker active={shippedDataset()} origin={{ kind: 'shipped' }} onLoaded={onLoaded} onBackToShipped={() => {}} />
      </I18nProvider>,
    );
    await chooseJson(user, 'ky-moi.json', editedFile());
    const preview = await screen.findByRole('region', { name: 'Xem trước: ky-moi.json' });
    await user.click(within(preview).getByRole('button', { name: 'Hiển thị' }));
    expect(onLoaded).toHaveBeenCalledTimes(1);
    const status = picker().querySelector('.dataset-picker__status');
    expect(status).toHaveTextContent('Đang hiển thị tệp ky-moi.json…');
    act(() => shown());
    await waitFor(() => expect(status?.textContent).toBe(''));
  });

  it('"Lưu JSON" downloads the checked dataset as indented JSON named after its id', async () => {
    const user = userEvent.setup();
    await openShipped();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const file = editedFile();
    await chooseJson(user, 'ky-moi.json', file);
    const preview = await screen.findByRole('region', { name: 'Xem trước: ky-moi.json' });
    await user.click(within(preview).getByRole('button', { name: 'Lưu JSON' }));
    await waitFor(() => expect(names).toEqual(['ha-noi-2020.json']));
    // jsdom's Blob has no text(): read it as a browser of old would
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(blobs[0]!);
    });
    expect(text).toBe(`${JSON.stringify(file, null, 2)}\n`);
    expect(within(picker()).getByText('Đã tải xuống ha-noi-2020.json')).toBeInTheDocument();
    // saving does not replace the dataset on screen
    expect(inspectionDesc()).toContain('1.282 tổ chức');
  });

  it('lists every problem of a bad file at once, keeps the dataset on screen and opens no preview', async () => {
    const user = userEvent.setup();
    await openShipped();
    const broken = shippedJson();
    broken.indicators[3]!.value = -1;
    broken.indicators[5]!.unit = 'bananas' as never;
    await chooseJson(user, 'hong.json', broken);
    const alert = await within(picker()).findByRole('alert');
    expect(alert).toHaveTextContent('hong.json');
    expect(alert).toHaveTextContent('indicators[3].value');
    expect(alert).toHaveTextContent('indicators[5].unit');
    expect(alert).toHaveTextContent('Bộ dữ liệu đang hiển thị được giữ nguyên.');
    expect(screen.queryByRole('region', { name: /Xem trước/ })).not.toBeInTheDocument();
    expect(inspectionDesc()).toContain('1.282 tổ chức');

    // a good file afterwards clears the problems and is previewed
    await chooseJson(user, 'ky-moi.json', editedFile());
    await screen.findByRole('region', { name: 'Xem trước: ky-moi.json' });
    expect(within(picker()).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the same file changes nothing', async () => {
    const user = userEvent.setup();
    await openShipped();
    await chooseJson(user, 'giong.json', shippedJson());
    const preview = await screen.findByRole('region', { name: 'Xem trước: giong.json' });
    expect(within(preview).getByRole('status')).toHaveTextContent('Mới: 0 · Thay đổi: 0 · Bị bỏ: 0 · Giữ nguyên: 44');
    expect(preview).toHaveTextContent('Không có chỉ tiêu nào mới, thay đổi hay bị bỏ.');
    expect(within(preview).queryByRole('list')).not.toBeInTheDocument();
  });
});
