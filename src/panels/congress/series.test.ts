import { describe, expect, it } from 'vitest';
import { applyFilters, type Filters } from '../../model/filters';
import { makeDataset, makeIndicator } from '../../../test/fixtures/dataset';
import { f, held, twoByTwo } from '../../../test/fixtures/series';
import { congressSeries } from './series';

describe('congress series', () => {
  const ds = makeDataset({
    indicators: [
      held('cells', 'party-cell', 17118),
      held('grassroots', 'grassroots', 2310),
      held('upper', 'upper-grassroots', 50),
      held('city', 'city', 1, 'p1', 'u1', { computed: { from: ['x'], method: { vi: 'đếm', en: 'count' } }, unit: 'congresses' }),
      makeIndicator({
        id: 'ahead',
        category: 'congress',
        measure: 'days-ahead-of-plan',
        subject: undefined,
        level: 'city',
        value: 10,
        unit: 'days',
      }),
      makeIndicator({
        id: 'consolidated',
        category: 'congress',
        measure: 'consolidated',
        subject: undefined,
        level: 'grassroots',
        value: 226,
        denominator: 226,
        unit: 'organisations',
      }),
      makeIndicator({
        id: 'difficult',
        category: 'congress',
        measure: 'difficult-congress-held',
        subject: undefined,
        level: 'grassroots',
        value: 60,
        denominator: 83,
        unit: 'organisations',
      }),
      makeIndicator({
        id: 'ordinal',
        category: 'congress',
        measure: 'congress-ordinal',
        subject: undefined,
        level: 'city',
        value: 17,
        unit: 'ordinal',
      }),
    ].map((i) => ({ ...i, period: '2020', orgUnit: 'city' })),
  });
  const series = (over: Partial<Filters> = {}) => congressSeries(ds, applyFilters(ds.indicators, f(over)), 'vi');

  it('gives the congresses held at each level in level order', () => {
    expect(series().levels.map((r) => [r.level, r.label, r.value])).toEqual([
      ['party-cell', 'Chi bộ trực thuộc đảng bộ cơ sở', 17118],
      ['grassroots', 'Tổ chức cơ sở đảng', 2310],
      ['upper-grassroots', 'Đảng bộ cấp trên cơ sở', 50],
      ['city', 'Đảng bộ Thành phố', 1],
    ]);
  });

  it('gives completion as done, remaining and share of the whole', () => {
    expect(series().completion.map((c) => [c.key, c.done, c.remaining, c.total, c.share])).toEqual([
      ['consolidated', 226, 0, 226, 1],
      ['difficult', 60, 23, 83, 60 / 83],
    ]);
  });

  it('draws every ratio on the same 0-100% scale, done and remaining adding up to the whole', () => {
    expect(series().completion.map((c) => [c.key, c.donePercent, c.remainingPercent])).toEqual([
      ['consolidated', 100, 0],
      ['difficult', (100 * 60) / 83, (100 * 23) / 83],
    ]);
  });

  it('keeps the lead on plan apart, and the rest as other figures', () => {
    const s = series();
    expect(s.aheadOfPlan.map((i) => [i.id, i.value])).toEqual([['ahead', 10]]);
    expect(s.plan.map((p) => [p.key, p.label, p.daysAhead])).toEqual([['ahead', 'Chỉ tiêu ahead', 10]]);
    expect(s.others.map((i) => i.id)).toEqual(['ordinal']);
  });

  it('gives no level a whole the file does not give (the report says how many held, not how many were due)', () => {
    expect(series().levels.every((r) => r.total === undefined)).toBe(true);
  });

  it('gives a level its whole when every figure of the row has one, and draws it there, not among the other completions', () => {
    const withWhole = makeDataset({
      indicators: [
        held('cells-a', 'party-cell', 120, '2020', 'city', { denominator: 150 }),
        held('cells-b', 'party-cell', 30, '2020', 'city', { denominator: 30 }),
        held('grassroots', 'grassroots', 2310, '2020', 'city'),
        held('upper', 'upper-grassroots', 40, '2020', 'city', { denominator: 50 }),
      ],
    });
    const s = congressSeries(withWhole, withWhole.indicators, 'vi');
    expect(s.levels.map((r) => [r.level, r.value, r.total])).toEqual([
      ['party-cell', 150, 180],
      ['grassroots', 2310, undefined],
      ['upper-grassroots', 40, 50],
    ]);
    expect(s.completion).toEqual([]);
    expect(s.others).toEqual([]);
  });

  it('follows the level filter', () => {
    const s = series({ levels: ['party-cell', 'upper-grassroots'] });
    expect(s.levels.map((r) => r.value)).toEqual([17118, 50]);
    expect(s.completion).toEqual([]);
    expect(s.aheadOfPlan).toEqual([]);
  });

  it('is empty when nothing matches', () => {
    expect(congressSeries(ds, [], 'vi')).toEqual({ levels: [], completion: [], aheadOfPlan: [], plan: [], others: [] });
  });

  it('with two periods and two units: one row per level and slice, named by slice; completions named by slice too', () => {
    const big = twoByTwo();
    const s = congressSeries(big, applyFilters(big.indicators, f()), 'vi');
    expect(s.levels.map((r) => [r.label, r.value])).toEqual([
      ['Chi bộ trực thuộc đảng bộ cơ sở · Năm 2020 · Thành phố', 1000],
      ['Chi bộ trực thuộc đảng bộ cơ sở · Năm 2020 · Quận A', 2000],
      ['Chi bộ trực thuộc đảng bộ cơ sở · Năm 2021 · Thành phố', 3000],
      ['Chi bộ trực thuộc đảng bộ cơ sở · Năm 2021 · Quận A', 4000],
      ['Đảng bộ Thành phố · Năm 2020 · Thành phố', 1],
      ['Đảng bộ Thành phố · Năm 2020 · Quận A', 2],
      ['Đảng bộ Thành phố · Năm 2021 · Thành phố', 3],
      ['Đảng bộ Thành phố · Năm 2021 · Quận A', 4],
    ]);
    // completion rows must be told apart when several slices are shown (a chart of four identical labels says nothing)
    const labels = s.completion.map((c) => c.label);
    expect(new Set(labels).size).toBe(4);
    expect(labels).toEqual([
      'Tổ chức được củng cố · Năm 2020 · Thành phố',
      'Tổ chức được củng cố · Năm 2020 · Quận A',
      'Tổ chức được củng cố · Năm 2021 · Thành phố',
      'Tổ chức được củng cố · Năm 2021 · Quận A',
    ]);
    expect(s.completion.map((c) => [c.done, c.remaining])).toEqual([
      [1, 3],
      [2, 2],
      [3, 1],
      [4, 0],
    ]);
  });
});
