import { describe, expect, it } from 'vitest';
import { applyFilters, type Filters } from '../../model/filters';
import { makeDataset } from '../../../test/fixtures/dataset';
import { f, insp, twoByTwo } from '../../../test/fixtures/series';
import { hasInspectionFigures, inspectionSeries } from './series';

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

  it('lists every inspection figure it does not draw, except those the discipline panel shows', () => {
    // SYNTHETIC: settlements, finance, thematic supervision, a measure the catalogue does not know, an activity without a subject
    const extra = [
      insp('thematic', 'supervised-thematic', 'organisation', 12),
      { ...insp('denunciations', 'denunciations-settled', 'member', 4), subject: undefined, unit: 'cases' as const },
      insp('finance', 'finance-inspected', 'organisation', 30),
      { ...insp('dues', 'dues-collected', 'organisation', 1250.5), subject: undefined, unit: 'million-vnd' as const },
      insp('unknown', 'self-inspected', 'organisation', 7),
      { ...insp('no-subject', 'inspected', 'organisation', 99), subject: undefined },
      insp('concluded', 'violation-concluded', 'member', 3),
    ];
    const all = makeDataset({ indicators: [...ds.indicators, ...extra] });
    const s = inspectionSeries(all, applyFilters(all.indicators, f()), f(), 'vi');
    expect(s.others.map((i) => i.id)).toEqual(['thematic', 'denunciations', 'finance', 'dues', 'unknown', 'no-subject']);
    expect(s.rows.flatMap((r) => r.sources.map((i) => i.id))).not.toContain('no-subject');
    expect(hasInspectionFigures(makeDataset({ indicators: [insp('c', 'violation-concluded', 'member', 3)] }))).toBe(false);
    expect(hasInspectionFigures(makeDataset({ indicators: [insp('u', 'self-inspected', 'member', 3)] }))).toBe(true);
  });

  it('is empty when nothing matches', () => {
    expect(inspectionSeries(ds, [], f(), 'vi')).toEqual({ rows: [], subjects: [], others: [] });
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
