import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../model/filters';
import { makeDataset, makeIndicator } from '../../../test/fixtures/dataset';
import { f, PERIODS, UNITS } from '../../../test/fixtures/series';
import { otherSeries } from './series';
import { otherView } from './view';

// SYNTHETIC figures built in the test (made-up counts, not from any report).
const org = (id: string, measure: string, value: number, extra = {}) =>
  makeIndicator({
    id,
    category: 'organisation',
    measure,
    value,
    subject: undefined,
    unit: 'members',
    period: 'p1',
    orgUnit: 'u1',
    ...extra,
  });
const dataset = makeDataset({
  periods: PERIODS,
  orgUnits: UNITS,
  indicators: [
    org('admitted', 'members-admitted', 1286, { label: { vi: 'Kết nạp đảng viên mới', en: 'New members admitted' } }),
    org('weak', 'weak-units-consolidated', 17, {
      unit: 'organisations',
      denominator: 21,
      label: { vi: 'Tổ chức cơ sở đảng yếu kém được củng cố', en: 'Weak units consolidated' },
    }),
    org('moved', 'members-transferred', 312, { label: { vi: 'Đảng viên chuyển sinh hoạt', en: 'Members transferred' } }),
    org('share', 'dues-on-time', 97.4, { category: 'other', unit: 'percent', label: { vi: 'Nộp đảng phí đúng hạn', en: 'Dues on time' } }),
    makeIndicator({ id: 'not-mine', measure: 'inspected', value: 5, period: 'p1', orgUnit: 'u1' }),
  ],
});

describe('other figures panel', () => {
  const filters = f();
  const series = otherSeries(dataset, applyFilters(dataset.indicators, filters), 'vi');
  const view = otherView(series, { dataset, filters, lang: 'vi', indicators: [] });

  it('keeps every figure of organisation work and "other", grouped by the unit counted', () => {
    expect(series.groups.map((g) => [g.unit, g.rows.map((r) => r.key)])).toEqual([
      ['members', ['admitted', 'moved']],
      ['organisations', ['weak']],
      ['percent', ['share']],
    ]);
    expect(series.figures.map((i) => i.id)).toEqual(['admitted', 'moved', 'weak', 'share']);
  });

  it('draws bars only between counts of one unit and period, x of y as a share of its whole, every number written', () => {
    if (view.chart?.kind !== 'figures') throw new Error('expected a figures chart');
    const rows = view.chart.sections.flatMap((s) => s.rows);
    expect(rows.map((r) => [r.label, r.text, r.mark?.kind ?? null])).toEqual([
      ['Kết nạp đảng viên mới', '1.286 đảng viên', 'bar'],
      ['Đảng viên chuyển sinh hoạt', '312 đảng viên', 'bar'],
      ['Tổ chức cơ sở đảng yếu kém được củng cố', '17/21 tổ chức', 'part'],
      ['Nộp đảng phí đúng hạn', '97,4%', null],
    ]);
    expect(view.chart.sections.map((s) => s.title)).toEqual(['Đảng viên', 'Tổ chức', 'Tỷ lệ (%)']);
    expect(rows.every((r) => r.notes?.[0]?.startsWith('Nguồn: '))).toBe(true);
    expect(view.table.rows.map((r) => r['id'])).toEqual(['admitted', 'moved', 'weak', 'share']);
    expect(view.empty).toBe(false);
  });

  it('names the period of each figure when several are shown, and draws no bar across periods', () => {
    const two = makeDataset({
      periods: PERIODS,
      orgUnits: UNITS,
      indicators: [org('a', 'members-admitted', 10), org('b', 'members-admitted', 12, { period: 'p2' })],
    });
    const s = otherSeries(two, two.indicators, 'vi');
    expect(s.groups[0]!.rows.map((r) => r.label)).toEqual(['Chỉ tiêu a (Năm 2020)', 'Chỉ tiêu b (Năm 2021)']);
    const v = otherView(s, { dataset: two, filters, lang: 'vi', indicators: [] });
    expect(v.chart?.kind === 'figures' && v.chart.sections[0]!.rows.map((r) => r.mark)).toEqual([undefined, undefined]);
  });

  it('is empty when nothing matches', () => {
    const s = otherSeries(dataset, [], 'vi');
    expect(s).toEqual({ groups: [], figures: [] });
    expect(otherView(s, { dataset, filters, lang: 'vi', indicators: [] })).toMatchObject({ empty: true, chart: null });
  });
});
