import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { makeDataset, makeIndicator, shippedJson } from '../fixtures/dataset';
import { jsonResponse, renderApp } from './render-app';

afterEach(() => vi.unstubAllGlobals());

const EMPTY = 'Không có số liệu phù hợp với bộ lọc đang chọn.';
const query = () => new URLSearchParams(window.location.search);
const panel = (name: string) => screen.getByRole('region', { name });
const filterBar = () => screen.getByRole('search', { name: 'Bộ lọc' });
/** the panel's text description: the same series the chart draws, in words */
const desc = (name: string) => panel(name).querySelector('.panel__desc')?.textContent ?? '';

async function openShipped(search = '') {
  renderApp(search, () => jsonResponse(shippedJson()));
  await screen.findByRole('region', { name: 'Kiểm tra, giám sát' });
}

describe('the dashboard (shipped report)', { timeout: 30_000 }, () => {
  it('changing the subject changes the inspection series, its table view and the URL', async () => {
    const user = userEvent.setup();
    await openShipped('?lang=vi');
    expect(desc('Kiểm tra, giám sát')).toContain('1.282 tổ chức, 360 đảng viên');
    await user.click(within(panel('Kiểm tra, giám sát')).getByRole('button', { name: 'Bảng' }));
    const table = within(panel('Kiểm tra, giám sát')).getByRole('table');
    expect(within(table).getByRole('row', { name: /Tổ chức đảng được cấp ủy kiểm tra/ })).toHaveTextContent('1.282');

    await user.click(within(filterBar()).getByRole('radio', { name: 'Đảng viên' }));
    expect(query().get('subject')).toBe('member');
    expect(query().get('lang')).toBe('vi');
    expect(query().get('table')).toBe('inspection');
    expect(desc('Kiểm tra, giám sát')).not.toContain('1.282');
    expect(desc('Kiểm tra, giám sát')).toContain('360 đảng viên');
    const after = within(panel('Kiểm tra, giám sát')).getByRole('table');
    expect(within(after).queryByRole('row', { name: /Tổ chức đảng được cấp ủy kiểm tra/ })).not.toBeInTheDocument();
    expect(within(after).getByRole('row', { name: /^Đảng viên được cấp ủy kiểm tra/ })).toHaveTextContent('360');
    expect(panel('Kiểm tra, giám sát').querySelector('.panel__subtitle')).toHaveTextContent('Đảng viên');
  });

  it('changing activity, level and panels changes the series and the URL; reset restores the default view', async () => {
    const user = userEvent.setup();
    await openShipped('?lang=vi');
    const bar = filterBar();

    await user.click(within(bar).getByRole('checkbox', { name: 'Giám sát' }));
    expect(query().get('activity')).toBe('inspected,violation-checked');
    expect(desc('Kiểm tra, giám sát')).not.toMatch(/Giám sát:/);
    expect(desc('Kiểm tra, giám sát')).toContain('1.282');

    expect(desc('Đại hội đảng các cấp')).toContain('Chi bộ trực thuộc đảng bộ cơ sở: 17.118');
    await user.click(within(bar).getByRole('checkbox', { name: 'Chi bộ trực thuộc đảng bộ cơ sở' }));
    expect(query().get('level')).toBe('grassroots,upper-grassroots,city');
    expect(desc('Đại hội đảng các cấp')).not.toContain('Chi bộ trực thuộc đảng bộ cơ sở: 17.118');
    expect(desc('Đại hội đảng các cấp')).toContain('Tổ chức cơ sở đảng: 2.310');

    expect(screen.getByRole('region', { name: 'Các ngày kỷ niệm' })).toBeInTheDocument();
    await user.click(within(bar).getByRole('checkbox', { name: 'Kỷ niệm' }));
    expect(query().get('panels')).toBe('overview,inspection,congress,programme,source');
    expect(screen.queryByRole('region', { name: 'Các ngày kỷ niệm' })).not.toBeInTheDocument();

    await user.click(within(bar).getByRole('button', { name: 'Đặt lại bộ lọc' }));
    expect(query().toString()).toBe('lang=vi');
    expect(desc('Kiểm tra, giám sát')).toMatch(/Giám sát: 766 tổ chức, 184 đảng viên/);
    expect(desc('Đại hội đảng các cấp')).toContain('Chi bộ trực thuộc đảng bộ cơ sở: 17.118');
    expect(screen.getByRole('region', { name: 'Các ngày kỷ niệm' })).toBeInTheDocument();
  });

  it('one congress panel answers "did every level hold its congress, on time?": counts, completions, the date against plan', async () => {
    await openShipped();
    const congress = panel('Đại hội đảng các cấp');
    // the chart: numbers with their unit per level (no log axis), each completion against its whole, the plan
    for (const text of ['17.118 chi bộ', '2.310 tổ chức', '50 tổ chức', '83/83 (100%)', '226/226 (100%)', 'Sớm 10 ngày', 'Dự kiến'])
      expect(await within(congress).findByText(text)).toBeInTheDocument();
    expect(within(congress).getByText('Hoàn thành so với tổng số')).toBeInTheDocument();
    expect(within(congress).queryByText(/logarit/)).not.toBeInTheDocument();
    // the figures not drawn are listed with their source, as before
    const listed = congress.querySelectorAll('.figure-list [data-indicator]');
    expect([...listed].map((li) => li.getAttribute('data-indicator'))).toEqual([
      'congress-city-ordinal',
      'difficult-organisations-listed',
      'grassroots-consolidated-percent',
    ]);
    for (const li of listed) expect(within(li as HTMLElement).getByText('Nguồn')).toBeInTheDocument();
    // the completion panel is gone: merged into this one, and out of the filter bar
    expect(screen.queryByRole('region', { name: 'Củng cố tổ chức và hoàn thành đại hội' })).not.toBeInTheDocument();
    expect(within(filterBar()).queryByRole('checkbox', { name: /Củng cố/ })).not.toBeInTheDocument();
  });

  it('an old link naming the completion panel still opens (the value is ignored)', async () => {
    await openShipped('?panels=completion');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(panel('Đại hội đảng các cấp')).toBeInTheDocument();
    expect(document.querySelector('[data-panel="completion"]')).toBeNull();
  });

  it('the last ticked box of a list cannot be unticked (no empty selection)', async () => {
    const user = userEvent.setup();
    await openShipped('?activity=supervised');
    const only = within(filterBar()).getByRole('checkbox', { name: 'Giám sát' });
    expect(only).toBeChecked();
    expect(only).toBeDisabled();
    await user.click(only);
    expect(query().get('activity')).toBe('supervised');
  });

  it('a period without inspection figures empties the chart panels with a message, not a blank box', async () => {
    const user = userEvent.setup();
    await openShipped();
    await user.selectOptions(within(filterBar()).getByRole('combobox', { name: 'Thời kỳ' }), '2021');
    expect(query().get('period')).toBe('2021');
    expect(within(panel('Kiểm tra, giám sát')).getByText(EMPTY)).toBeInTheDocument();
    expect(within(panel('Đại hội đảng các cấp')).getByText(EMPTY)).toBeInTheDocument();
    // the programme panel still has its 2021 plan
    expect(within(panel('Chương trình toàn khóa, kế hoạch và hội nghị')).queryByText(EMPTY)).not.toBeInTheDocument();
    expect(desc('Chương trình toàn khóa, kế hoạch và hội nghị')).toContain('Năm 2021');
  });

  it('junk filter values in the URL open the default view without an error', async () => {
    await openShipped('?subject=xyz&activity=,,&level=foo&panels=bar&period=1999');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(within(filterBar()).getByRole('radio', { name: 'Cả hai' })).toBeChecked();
    expect(desc('Kiểm tra, giám sát')).toContain('1.282 tổ chức, 360 đảng viên');
    expect(screen.getByRole('region', { name: 'Các ngày kỷ niệm' })).toBeInTheDocument();
  });
});

describe('the dashboard on a dataset made in the test (SYNTHETIC: two periods, two units)', { timeout: 30_000 }, () => {
  function twoByTwo(): Dataset {
    return makeDataset({
      periods: [
        { id: 'p1', label: { vi: 'Năm 2020', en: '2020' }, start: '2020-01-01', end: '2020-12-31' },
        { id: 'p2', label: { vi: 'Năm 2021', en: '2021' }, start: '2021-01-01', end: '2021-12-31' },
      ],
      orgUnits: [
        { id: 'u1', label: { vi: 'Thành phố', en: 'City' } },
        { id: 'u2', label: { vi: 'Quận A', en: 'District A' } },
      ],
      indicators: [
        makeIndicator({ id: 'a', measure: 'inspected', subject: 'organisation', value: 111, period: 'p1', orgUnit: 'u1' }),
        makeIndicator({ id: 'b', measure: 'inspected', subject: 'organisation', value: 222, period: 'p1', orgUnit: 'u2' }),
        makeIndicator({ id: 'c', measure: 'inspected', subject: 'member', unit: 'members', value: 333, period: 'p2', orgUnit: 'u1' }),
      ],
    });
  }

  it('offers period and unit filters, names slices in the rows, and shows the empty state for a combination with no data', async () => {
    const user = userEvent.setup();
    renderApp('?dataset=data/synthetic.json', () => jsonResponse(twoByTwo()));
    await screen.findByRole('region', { name: 'Kiểm tra, giám sát' });
    expect(desc('Kiểm tra, giám sát')).toContain('Kiểm tra (cấp ủy) · Năm 2020 · Thành phố: 111 tổ chức');
    expect(desc('Kiểm tra, giám sát')).toContain('Kiểm tra (cấp ủy) · Năm 2020 · Quận A: 222 tổ chức');

    await user.selectOptions(within(filterBar()).getByRole('combobox', { name: 'Đơn vị' }), 'u2');
    expect(query().get('unit')).toBe('u2');
    expect(query().get('dataset')).toBe('data/synthetic.json');
    expect(desc('Kiểm tra, giám sát')).toBe('Kiểm tra (cấp ủy): 222 tổ chức.');

    await user.selectOptions(within(filterBar()).getByRole('combobox', { name: 'Thời kỳ' }), 'p2');
    expect(query().get('period')).toBe('p2');
    await waitFor(() => expect(within(panel('Kiểm tra, giám sát')).getByText(EMPTY)).toBeInTheDocument());
    expect(within(panel('Số liệu chính')).getByText(EMPTY)).toBeInTheDocument();
    expect(within(filterBar()).getByText('Đang hiển thị 0/3 chỉ tiêu (bộ lọc ẩn 3)')).toBeInTheDocument();

    await user.click(within(filterBar()).getByRole('button', { name: 'Đặt lại bộ lọc' }));
    expect(query().toString()).toBe('dataset=data%2Fsynthetic.json');
    expect(within(panel('Kiểm tra, giám sát')).queryByText(EMPTY)).not.toBeInTheDocument();
  });
});
