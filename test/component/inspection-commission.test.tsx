import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { formatFigure, formatNumber } from '../../src/model/format';
import { formatLocator } from '../../src/model/sources';
import { halfYearInspection } from '../fixtures/half-year';
import { jsonResponse, renderApp } from './render-app';

// SYNTHETIC: a made-up half-year statistical report of an inspection commission (test/fixtures/half-year.ts).
afterEach(() => vi.unstubAllGlobals());

const EMPTY = 'Không có số liệu phù hợp với bộ lọc đang chọn.';
const DISCIPLINE = 'Kết luận vi phạm và thi hành kỷ luật';
const INSPECTION = 'Kiểm tra, giám sát';
const OTHER = 'Công tác tổ chức và số liệu khác';
const query = () => new URLSearchParams(window.location.search);
const panel = (name: string) => screen.getByRole('region', { name });
const filterBar = () => screen.getByRole('search', { name: 'Bộ lọc' });
const panelBoxes = () =>
  within(filterBar())
    .getAllByRole('checkbox')
    .filter((b) => b.getAttribute('name') === 'panels')
    .map((b) => b.getAttribute('value'));

async function open(dataset: Dataset, search = '', waitFor = 'Nguồn và phương pháp') {
  renderApp(`?dataset=data/thu-nghiem.json${search}`, () => jsonResponse(dataset));
  await screen.findByRole('heading', { name: waitFor });
}

describe('a half-year inspection-commission file (SYNTHETIC)', { timeout: 30_000 }, () => {
  it('shows every figure, in vi-VN format, in a panel with its source; panels and filters it has nothing for are left out', async () => {
    const dataset = halfYearInspection();
    await open(dataset, '&table=inspection,discipline,other');

    // only the panels the file carries, on the page and in the filter list
    expect(panelBoxes()).toEqual(['overview', 'inspection', 'discipline', 'other', 'source']);
    for (const absent of ['Đại hội đảng các cấp', 'Chương trình toàn khóa, kế hoạch và hội nghị', 'Các ngày kỷ niệm'])
      expect(screen.queryByRole('region', { name: absent })).not.toBeInTheDocument();
    // the file has no level: no level filter; it has subjects and activities: those stay
    expect(within(filterBar()).queryByRole('group', { name: 'Cấp tổ chức (đại hội)' })).not.toBeInTheDocument();
    expect(within(filterBar()).getByRole('group', { name: 'Đối tượng' })).toBeInTheDocument();
    expect(within(filterBar()).getByRole('group', { name: 'Hoạt động kiểm tra, giám sát' })).toBeInTheDocument();
    expect(within(filterBar()).getByRole('status')).toHaveTextContent('Đang hiển thị 29/29 chỉ tiêu (bộ lọc ẩn 0)');
    // nothing is filtered out, so no panel says "no data matches"
    expect(screen.queryByText(EMPTY)).not.toBeInTheDocument();

    // every figure stands in a panel (its table row or its "other figures" line), with its number and its source
    const panels = [panel(INSPECTION), panel(DISCIPLINE), panel(OTHER)];
    for (const ind of dataset.indicators) {
      const value = formatNumber('vi', ind.value);
      const where = formatLocator('vi', dataset, ind.locator);
      const places = panels.flatMap((p) => [...p.querySelectorAll('tr, li[data-indicator]')]);
      const found = places.find(
        (el) =>
          el.textContent?.includes(ind.label.vi) &&
          el.textContent.includes(value) &&
          (el.tagName === 'LI' || el.textContent.includes(where)),
      );
      expect(found, `${ind.id}: ${ind.label.vi} ${value}`).toBeDefined();
      // and in the all-figures table as read ("11/14", "18.742,5")
      const row = document.querySelector(`#figure-table [data-indicator="${ind.id}"]`);
      expect(row, ind.id).toHaveTextContent(formatFigure('vi', ind));
    }
    // the list under the inspection chart: what neither chart draws, with a source button each
    const others = within(panel(INSPECTION)).getByRole('heading', { name: 'Số liệu khác' }).parentElement!;
    expect([...others.querySelectorAll('li[data-indicator]')].map((li) => li.getAttribute('data-indicator'))).toEqual([
      'gscd-to-chuc',
      'giai-quyet-to-cao',
      'giai-quyet-khieu-nai',
      'kt-tai-chinh',
      'dang-phi',
      'tu-kiem-tra',
    ]);
    expect(others).toHaveTextContent('18.742,5');
    expect(within(others).getAllByText('Nguồn')).toHaveLength(6);
  });

  it('tells the chain from checked to disciplined for organisations and members apart, the forms in numbers', async () => {
    await open(halfYearInspection());
    const discipline = panel(DISCIPLINE);
    const desc = discipline.querySelector('.panel__desc')?.textContent ?? '';
    expect(desc).toContain(
      'Tổ chức đảng — Kiểm tra khi có dấu hiệu vi phạm: 14; Kết luận có vi phạm: 11/14; Phải thi hành kỷ luật: 6; Đã thi hành kỷ luật: 5 (Khiển trách: 3, Cảnh cáo: 1, Giải tán: 1).',
    );
    expect(desc).toContain('Đảng viên — Kiểm tra khi có dấu hiệu vi phạm: 57; Kết luận có vi phạm: 49/57');
    expect(within(discipline).getByText('Tổ chức đảng — Đã thi hành kỷ luật 5: Khiển trách 3, Cảnh cáo 1, Giải tán 1.')).toBeVisible();
    expect(
      within(discipline).getByText(
        'Đảng viên — Đã thi hành kỷ luật 36: Khiển trách 20, Cảnh cáo 9, Cách chức 2, Khai trừ 5; trong đó 8 cấp ủy viên.',
      ),
    ).toBeInTheDocument();
    // the forms add up: no warning
    expect(within(discipline).queryByRole('note')).not.toBeInTheDocument();
  });

  it('follows the subject filter, and says "no data matches" only when a filter removed the panel\'s figures', async () => {
    const user = userEvent.setup();
    // members only are disciplined in this variant
    const dataset = halfYearInspection();
    dataset.indicators = dataset.indicators.filter(
      (i) => !(i.subject === 'organisation' && /^(violation-concluded|discipline|disciplined)/.test(i.measure)),
    );
    await open(dataset);
    expect(within(panel(DISCIPLINE)).queryByText(EMPTY)).not.toBeInTheDocument();
    await user.click(within(filterBar()).getByRole('radio', { name: 'Tổ chức đảng' }));
    expect(query().get('subject')).toBe('organisation');
    await waitFor(() => expect(within(panel(DISCIPLINE)).getByText(EMPTY)).toBeInTheDocument());
    expect(within(panel(INSPECTION)).queryByText(EMPTY)).not.toBeInTheDocument();
    expect(within(panel(OTHER)).queryByText(EMPTY)).not.toBeInTheDocument();
    const total = dataset.indicators.length;
    const members = dataset.indicators.filter((i) => i.subject === 'member').length;
    expect(within(filterBar()).getByRole('status')).toHaveTextContent(
      `Đang hiển thị ${total - members}/${total} chỉ tiêu (bộ lọc ẩn ${members})`,
    );
  });

  it('warns when the forms do not add up to the disciplined total', async () => {
    const dataset = halfYearInspection();
    dataset.indicators.find((i) => i.id === 'kl-dang-vien')!.value = 40;
    await open(dataset);
    expect(within(panel(DISCIPLINE)).getByRole('note')).toHaveTextContent(
      'Đảng viên: các hình thức kỷ luật tệp số liệu nêu cộng lại 36, ít hơn tổng số 40 đã thi hành kỷ luật; phần còn lại (4) vẽ là "không rõ hình thức".',
    );
  });
});

describe('a file of organisation work only (SYNTHETIC)', { timeout: 30_000 }, () => {
  it('hides the subject, activity and level filters and every panel but its own and the sources', async () => {
    const dataset = halfYearInspection();
    dataset.indicators = dataset.indicators.filter((i) => i.category === 'organisation' || i.category === 'other');
    await open(dataset);
    expect(panelBoxes()).toEqual(['other', 'source']);
    expect(screen.queryByRole('region', { name: INSPECTION })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: DISCIPLINE })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Số liệu chính' })).not.toBeInTheDocument();
    for (const group of ['Đối tượng', 'Hoạt động kiểm tra, giám sát', 'Cấp tổ chức (đại hội)'])
      expect(within(filterBar()).queryByRole('group', { name: group })).not.toBeInTheDocument();
    expect(within(filterBar()).getByRole('status')).toHaveTextContent('Đang hiển thị 3/3 chỉ tiêu (bộ lọc ẩn 0)');
    const other = panel(OTHER);
    expect(other.querySelector('.panel__desc')).toHaveTextContent('Kết nạp đảng viên mới: 1.286 đảng viên');
    expect(other.querySelector('.panel__desc')).toHaveTextContent('17/21 tổ chức');
    expect(other.querySelector('.panel__desc')).toHaveTextContent('97,4%');
    expect(screen.queryByText(EMPTY)).not.toBeInTheDocument();
  });

  it("ignores a link's filter the page does not offer (it could hide figures with no way back)", async () => {
    const dataset = halfYearInspection();
    dataset.indicators = dataset.indicators.filter(
      (i) => i.category !== 'inspection' || !['inspected', 'supervised', 'violation-checked'].includes(i.measure),
    );
    await open(dataset, '&activity=inspected');
    expect(within(filterBar()).queryByRole('group', { name: 'Hoạt động kiểm tra, giám sát' })).not.toBeInTheDocument();
    expect(within(filterBar()).getByRole('status')).toHaveTextContent(
      `Đang hiển thị ${dataset.indicators.length}/${dataset.indicators.length} chỉ tiêu`,
    );
    expect(within(panel(DISCIPLINE)).queryByText(EMPTY)).not.toBeInTheDocument();
  });
});
