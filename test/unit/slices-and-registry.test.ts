import { describe, expect, it } from 'vitest';
import { applyFilters, type Filters } from '../../src/model/filters';
import { focusSlice, sliceLabeler, slicesOf } from '../../src/model/slices';
import type { AnniversaryRow } from '../../src/panels/anniversary/series';
import type { CongressSeries } from '../../src/panels/congress/series';
import type { InspectionSeries } from '../../src/panels/inspection/series';
import type { OverviewSeries } from '../../src/panels/overview/series';
import type { ProgrammeSeries } from '../../src/panels/programme/series';
import { shippedJson } from '../fixtures/dataset';
import { DEFAULT_FILTERS, derivePanels } from '../fixtures/filters';
import { twoByTwo } from '../fixtures/series';

describe('slices', () => {
  const ds = twoByTwo();
  it('lists (period, unit) pairs in dataset order and labels only what varies', () => {
    const slices = slicesOf(ds, ds.indicators);
    expect(slices.map((s) => s.key)).toEqual(['p1|u1', 'p1|u2', 'p2|u1', 'p2|u2']);
    expect(sliceLabeler(ds, slices, 'vi')('p2|u2')).toBe('Năm 2021 · Quận A');
    expect(
      sliceLabeler(
        ds,
        slices.filter((s) => s.orgUnit === 'u1'),
        'en',
      )('p2|u1'),
    ).toBe('2021');
    expect(sliceLabeler(ds, slices.slice(0, 1), 'vi')('p1|u1')).toBe('');
  });

  it('focuses on the latest period of the top unit that has data', () => {
    expect(focusSlice(ds, ds.indicators)?.key).toBe('p2|u1');
    expect(
      focusSlice(
        ds,
        ds.indicators.filter((i) => i.orgUnit === 'u2'),
      )?.key,
    ).toBe('p2|u2');
    expect(focusSlice(ds, [])).toBeNull();
  });
});

describe('every panel of the registry on the shipped report', () => {
  const ds = shippedJson();
  const series = (filters: Filters) => {
    const d = derivePanels(ds, filters);
    const el = (id: string) => (d[id]!.element.props as { series: unknown }).series;
    return {
      inspection: el('inspection') as InspectionSeries,
      congress: el('congress') as CongressSeries,
      overview: el('overview') as OverviewSeries,
      programme: el('programme') as ProgrammeSeries,
      anniversary: el('anniversary') as AnniversaryRow[],
    };
  };
  it("gives the report's figures in every panel", () => {
    const d = series(DEFAULT_FILTERS);
    expect(applyFilters(ds.indicators, DEFAULT_FILTERS).length).toBe(ds.indicators.length);
    expect(d.inspection.rows.map((r) => [r.organisation, r.member])).toEqual([
      [1282, 360],
      [766, 184],
      [81, 343],
    ]);
    expect(d.congress.levels.map((r) => r.value)).toEqual([17118, 2310, 50, 1]);
    expect(d.congress.completion.map((c) => `${c.done}/${c.total}`).sort()).toEqual(['226/226', '83/83']);
    expect(d.congress.aheadOfPlan.map((i) => i.value)).toEqual([10]);
    expect(d.overview.slice?.period).toBe('2020');
    expect(d.overview.tiles.map((t) => t.key)).toEqual(
      expect.arrayContaining(['inspected', 'supervised', 'violation-checked', 'congress-held']),
    );
    expect(d.programme.counts.length).toBeGreaterThan(0);
    expect(d.anniversary.map((r) => r.originYear)).toEqual([1010, 1890, 1930, 1930, 1945, 1954]);
  });

  it('leaves every chart panel empty for a period without its figures', () => {
    const d = series({ ...DEFAULT_FILTERS, period: '2011-2020' });
    expect(d.inspection.rows).toEqual([]);
    expect(d.congress.levels).toEqual([]);
    expect(d.overview.tiles).toEqual([]);
    expect(d.anniversary).toEqual([]);
  });
});
