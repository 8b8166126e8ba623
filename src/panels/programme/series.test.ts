import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../model/filters';
import { makeDataset, makeIndicator } from '../../../test/fixtures/dataset';
import { f, insp, PERIODS, UNITS } from '../../../test/fixtures/series';
import { programmeSeries } from './series';

describe('programme series', () => {
  const ds = makeDataset({
    periods: PERIODS,
    orgUnits: UNITS,
    indicators: [
      makeIndicator({
        id: 'goals',
        category: 'programme',
        measure: 'goals',
        subject: undefined,
        value: 4,
        unit: 'goals',
        period: 'p2',
        orgUnit: 'u1',
      }),
      makeIndicator({
        id: 'conf',
        category: 'conference',
        measure: 'contributions-answered',
        subject: undefined,
        value: 8,
        unit: 'contributions',
        period: 'p1',
        orgUnit: 'u1',
      }),
      makeIndicator({
        id: 'chapters',
        category: 'programme',
        measure: 'regulation-chapters',
        subject: undefined,
        value: 5,
        unit: 'chapters',
        period: 'p1',
        orgUnit: 'u1',
      }),
      makeIndicator({
        id: 'ordinal',
        category: 'programme',
        measure: 'party-congress-ordinal',
        subject: undefined,
        value: 13,
        unit: 'ordinal',
        period: 'p2',
        orgUnit: 'u1',
      }),
      makeIndicator({
        id: 'share',
        category: 'programme',
        measure: 'grassroots-time',
        subject: undefined,
        value: 1,
        denominator: 3,
        unit: 'share-of-time',
        period: 'p1',
        orgUnit: 'u1',
      }),
      insp('inspection', 'inspected', 'organisation', 7, 'p1', 'u1'),
    ],
  });

  it('draws counts as bars (programme before conference, then by period) and keeps the rest as figures', () => {
    const s = programmeSeries(ds, ds.indicators, 'vi');
    expect(s.counts.map((c) => [c.key, c.label, c.value])).toEqual([
      ['chapters', 'Chỉ tiêu chapters (Năm 2020)', 5],
      ['goals', 'Chỉ tiêu goals (Năm 2021)', 4],
      ['conf', 'Chỉ tiêu conf (Năm 2020)', 8],
    ]);
    expect(s.others.map((i) => i.id)).toEqual(['ordinal', 'share']);
  });

  it('groups the counted figures by the unit counted, each unit where its first figure comes, no figure twice', () => {
    const more = makeDataset({
      periods: PERIODS,
      orgUnits: UNITS,
      indicators: [
        ...ds.indicators,
        makeIndicator({
          id: 'goals-2',
          category: 'programme',
          measure: 'more-goals',
          subject: undefined,
          value: 2,
          unit: 'goals',
          period: 'p1',
          orgUnit: 'u1',
        }),
      ],
    });
    const s = programmeSeries(more, more.indicators, 'vi');
    expect(s.groups.map((g) => [g.unit, g.rows.map((r) => r.key)])).toEqual([
      ['chapters', ['chapters']],
      ['goals', ['goals-2', 'goals']],
      ['contributions', ['conf']],
    ]);
    for (const g of s.groups) expect(g.rows.every((r) => r.source.unit === g.unit)).toBe(true);
    expect(s.groups.flatMap((g) => g.rows).sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      [...s.counts].sort((a, b) => a.key.localeCompare(b.key)),
    );
  });

  it('names the unit as well when several units are shown', () => {
    const goals = (id: string, orgUnit: string) =>
      makeIndicator({
        id,
        category: 'programme',
        measure: 'goals',
        subject: undefined,
        label: { vi: 'Mục tiêu', en: 'Goals' },
        value: 4,
        unit: 'goals',
        period: 'p2',
        orgUnit,
      });
    const two = makeDataset({ periods: PERIODS, orgUnits: UNITS, indicators: [goals('g1', 'u1'), goals('g2', 'u2')] });
    expect(programmeSeries(two, two.indicators, 'vi').counts.map((c) => c.label)).toEqual([
      'Mục tiêu (Năm 2021 · Thành phố)',
      'Mục tiêu (Năm 2021 · Quận A)',
    ]);
    expect(programmeSeries(two, two.indicators.slice(1), 'vi').counts.map((c) => c.label)).toEqual(['Mục tiêu (Năm 2021)']);
  });

  it('follows the period filter and is empty when nothing matches', () => {
    const p2 = f({ period: 'p2' });
    const s = programmeSeries(ds, applyFilters(ds.indicators, p2), 'vi');
    expect(s.counts.map((c) => c.key)).toEqual(['goals']);
    expect(s.others.map((i) => i.id)).toEqual(['ordinal']);
    expect(programmeSeries(ds, [], 'vi')).toEqual({ counts: [], groups: [], others: [] });
  });
});
