import { describe, expect, it } from 'vitest';
import type { Dataset, Indicator } from '../../src/data/schema';
import { applyFilters, type Filters } from '../../src/model/filters';
import { DEFAULT_FILTERS, derivePanels } from '../fixtures/filters';
import { anniversarySeries, type AnniversaryRow } from '../../src/panels/anniversary/series';
import { congressSeries, type CongressSeries } from '../../src/panels/congress/series';
import { inspectionSeries, type InspectionSeries } from '../../src/panels/inspection/series';
import { overviewSeries, type OverviewSeries } from '../../src/panels/overview/series';
import { programmeSeries, type ProgrammeSeries } from '../../src/panels/programme/series';
import { focusSlice, sliceLabeler, slicesOf } from '../../src/model/slices';
import { makeDataset, makeIndicator, shippedJson } from '../fixtures/dataset';

// SYNTHETIC data built in the test (not from the report): two periods and two units, small made-up counts.
const PERIODS: Dataset['periods'] = [
  { id: 'p1', label: { vi: 'Năm 2020', en: '2020' }, start: '2020-01-01', end: '2020-12-31' },
  { id: 'p2', label: { vi: 'Năm 2021', en: '2021' }, start: '2021-01-01', end: '2021-12-31' },
];
const UNITS: Dataset['orgUnits'] = [
  { id: 'u1', label: { vi: 'Thành phố', en: 'City' } },
  { id: 'u2', label: { vi: 'Quận A', en: 'District A' } },
];

const insp = (id: string, measure: string, subject: 'organisation' | 'member', value: number, period = 'p1', orgUnit = 'u1') =>
  makeIndicator({
    id,
    category: 'inspection',
    measure,
    subject,
    value,
    unit: subject === 'organisation' ? 'organisations' : 'members',
    period,
    orgUnit,
  });
const held = (id: string, level: Indicator['level'], value: number, period = 'p1', orgUnit = 'u1', extra: Partial<Indicator> = {}) =>
  makeIndicator({
    id,
    category: 'congress',
    measure: 'congress-held',
    subject: undefined,
    level,
    value,
    unit: 'organisations',
    period,
    orgUnit,
    ...extra,
  });

function twoByTwo(): Dataset {
  const indicators: Indicator[] = [];
  let n = 0;
  for (const p of ['p1', 'p2']) {
    for (const u of ['u1', 'u2']) {
      n += 1;
      indicators.push(
        insp(`i-o-${p}-${u}`, 'inspected', 'organisation', 100 * n),
        insp(`i-m-${p}-${u}`, 'inspected', 'member', 10 * n),
        insp(`s-o-${p}-${u}`, 'supervised', 'organisation', 200 * n),
        held(`h-cell-${p}-${u}`, 'party-cell', 1000 * n),
        held(`h-city-${p}-${u}`, 'city', n),
        makeIndicator({
          id: `done-${p}-${u}`,
          category: 'congress',
          measure: 'consolidated',
          subject: undefined,
          level: 'grassroots',
          label: { vi: 'Tổ chức được củng cố', en: 'Consolidated' },
          value: n,
          denominator: 4,
          unit: 'organisations',
        }),
      );
      for (const ind of indicators.slice(-6)) Object.assign(ind, { period: p, orgUnit: u });
    }
  }
  return makeDataset({ periods: PERIODS, orgUnits: UNITS, indicators });
}

const f = (over: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, ...over });

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

describe('inspection series', () => {
  const ds = makeDataset({
    indicators: [
      insp('io', 'inspected', 'organisation', 1282),
      insp('im', 'inspected', 'member', 360),
      insp('so', 'supervised', 'organisation', 766),
      insp('sm', 'supervised', 'member', 184),
      insp('vo', 'violation-checked', 'organisation', 81),
      insp('vm', 'violation-checked', 'member', 343),
      insp('other', 'disciplined', 'member', 9), // not one of the three activities: left out
    ],
  });
  const series = (over: Partial<Filters> = {}, lang: 'vi' | 'en' = 'vi') =>
    inspectionSeries(ds, applyFilters(ds.indicators, f(over)), f(over), lang);

  it('puts organisations and members side by side, one row per activity, in canonical order', () => {
    const s = series();
    expect(s.subjects).toEqual(['organisation', 'member']);
    expect(s.rows.map((r) => [r.activity, r.label, r.organisation, r.member])).toEqual([
      ['inspected', 'Kiểm tra (cấp ủy)', 1282, 360],
      ['supervised', 'Giám sát', 766, 184],
      ['violation-checked', 'Kiểm tra khi có dấu hiệu vi phạm (ủy ban kiểm tra)', 81, 343],
    ]);
    expect(s.rows[0]!.sources.map((i) => i.id)).toEqual(['io', 'im']);
    expect(series({}, 'en').rows[1]!.label).toBe('Supervised');
  });

  it('follows the subject and activity filters', () => {
    const members = series({ subject: 'member' });
    expect(members.subjects).toEqual(['member']);
    expect(members.rows.map((r) => [r.organisation, r.member])).toEqual([
      [null, 360],
      [null, 184],
      [null, 343],
    ]);
    const supervised = series({ activities: ['supervised', 'violation-checked'], subject: 'organisation' });
    expect(supervised.rows.map((r) => [r.activity, r.organisation, r.member])).toEqual([
      ['supervised', 766, null],
      ['violation-checked', 81, null],
    ]);
  });

  it('shows only subjects that have data', () => {
    const orgOnly = makeDataset({ indicators: [insp('io', 'inspected', 'organisation', 5)] });
    expect(inspectionSeries(orgOnly, orgOnly.indicators, f(), 'vi').subjects).toEqual(['organisation']);
  });

  it('is empty when nothing matches', () => {
    expect(inspectionSeries(ds, [], f(), 'vi')).toEqual({ rows: [], subjects: [] });
  });

  it('groups several periods and units into rows by activity then slice, labelled with the slice', () => {
    const big = twoByTwo();
    const s = inspectionSeries(big, applyFilters(big.indicators, f()), f(), 'vi');
    expect(s.rows.map((r) => [r.label, r.organisation, r.member])).toEqual([
      ['Kiểm tra (cấp ủy) · Năm 2020 · Thành phố', 100, 10],
      ['Kiểm tra (cấp ủy) · Năm 2020 · Quận A', 200, 20],
      ['Kiểm tra (cấp ủy) · Năm 2021 · Thành phố', 300, 30],
      ['Kiểm tra (cấp ủy) · Năm 2021 · Quận A', 400, 40],
      ['Giám sát · Năm 2020 · Thành phố', 200, null],
      ['Giám sát · Năm 2020 · Quận A', 400, null],
      ['Giám sát · Năm 2021 · Thành phố', 600, null],
      ['Giám sát · Năm 2021 · Quận A', 800, null],
    ]);
    // one period chosen: only the unit varies, so only the unit is named
    const p2 = f({ period: 'p2' });
    expect(inspectionSeries(big, applyFilters(big.indicators, p2), p2, 'vi').rows.map((r) => r.label)).toEqual([
      'Kiểm tra (cấp ủy) · Thành phố',
      'Kiểm tra (cấp ủy) · Quận A',
      'Giám sát · Thành phố',
      'Giám sát · Quận A',
    ]);
    const one = f({ period: 'p1', orgUnit: 'u2', activities: ['inspected'] });
    expect(
      inspectionSeries(big, applyFilters(big.indicators, one), one, 'vi').rows.map((r) => [r.label, r.organisation, r.member]),
    ).toEqual([['Kiểm tra (cấp ủy)', 200, 20]]);
  });
});

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
    expect(s.others.map((i) => i.id)).toEqual(['ordinal']);
  });

  it('follows the level filter', () => {
    const s = series({ levels: ['party-cell', 'upper-grassroots'] });
    expect(s.levels.map((r) => r.value)).toEqual([17118, 50]);
    expect(s.completion).toEqual([]);
    expect(s.aheadOfPlan).toEqual([]);
  });

  it('is empty when nothing matches', () => {
    expect(congressSeries(ds, [], 'vi')).toEqual({ levels: [], completion: [], aheadOfPlan: [], others: [] });
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
    expect(programmeSeries(ds, [], 'vi')).toEqual({ counts: [], others: [] });
  });
});

describe('anniversary series', () => {
  const years = (id: string, value: number) =>
    makeIndicator({ id, category: 'anniversary', measure: 'anniversary-years', subject: undefined, value, unit: 'years' });
  const origin = (id: string, from: string, value: number) =>
    makeIndicator({
      id,
      category: 'anniversary',
      measure: 'origin-year',
      subject: undefined,
      value,
      unit: 'year',
      computed: { from: [from], method: { vi: '2020 - N', en: '2020 - N' } },
    });
  const ds = makeDataset({
    indicators: [years('party', 90), years('hcm', 130), years('lonely', 5), origin('party-y', 'party', 1930), origin('hcm-y', 'hcm', 1890)],
  });

  it('pairs the stated N years with the computed origin year, on a timeline in origin order', () => {
    const rows = anniversarySeries(ds, ds.indicators, 'vi');
    expect(rows.map((r) => [r.key, r.years, r.originYear, r.anniversaryYear, r.computed?.id ?? null])).toEqual([
      ['hcm', 130, 1890, 2020, 'hcm-y'],
      ['party', 90, 1930, 2020, 'party-y'],
      ['lonely', 5, null, 2020, null],
    ]);
  });

  it('is empty when nothing matches', () => {
    expect(anniversarySeries(ds, [], 'vi')).toEqual([]);
  });
});

describe('overview series', () => {
  it('gives tiles in a fixed order: the three activities (organisations first), congresses, completions, lead on plan', () => {
    const ds = makeDataset({
      indicators: [
        insp('im', 'inspected', 'member', 360),
        insp('io', 'inspected', 'organisation', 1282),
        insp('so', 'supervised', 'organisation', 766),
        held('cells', 'party-cell', 17118),
        held('city', 'city', 1, 'p1', 'u1', { computed: { from: ['x'], method: { vi: 'đếm', en: 'count' } } }),
        makeIndicator({
          id: 'done',
          category: 'congress',
          measure: 'consolidated',
          subject: undefined,
          value: 226,
          denominator: 226,
          unit: 'organisations',
        }),
        makeIndicator({ id: 'ahead', category: 'congress', measure: 'days-ahead-of-plan', subject: undefined, value: 10, unit: 'days' }),
      ].map((i) => ({ ...i, period: '2020', orgUnit: 'city' })),
    });
    const o = overviewSeries(ds, ds.indicators);
    expect(o.slice?.key).toBe('2020|city');
    expect(o.tiles.map((t) => [t.key, t.kind, t.figures.map((i) => i.id)])).toEqual([
      ['inspected', 'inspection', ['io', 'im']],
      ['supervised', 'inspection', ['so']],
      ['congress-held', 'congress', ['cells']], // the computed city congress is not a reported figure
      ['done', 'completion', ['done']],
      ['ahead', 'ahead', ['ahead']],
    ]);
  });

  it('shows one slice (the latest period of the top unit), never sums across slices', () => {
    const ds = twoByTwo();
    const o = overviewSeries(ds, ds.indicators);
    expect(o.slice).toMatchObject({ period: 'p2', orgUnit: 'u1' });
    expect(o.tiles.find((t) => t.key === 'inspected')?.figures.map((i) => i.value)).toEqual([300, 30]);
    const chosen = f({ period: 'p1', orgUnit: 'u2' });
    const o2 = overviewSeries(ds, applyFilters(ds.indicators, chosen));
    expect(o2.slice).toMatchObject({ period: 'p1', orgUnit: 'u2' });
    expect(o2.tiles.find((t) => t.key === 'inspected')?.figures.map((i) => i.value)).toEqual([200, 20]);
  });

  it('is empty when nothing matches', () => {
    expect(overviewSeries(makeDataset(), [])).toEqual({ slice: null, tiles: [] });
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
