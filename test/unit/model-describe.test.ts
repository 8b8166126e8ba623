import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { describeFilters } from '../../src/model/describe-filters';
import type { Filters } from '../../src/model/filters';
import { buildExportSpec } from '../../src/panels/export-spec';
import { DEFAULT_FILTERS } from '../fixtures/filters';
import { indicatorTable } from '../../src/model/indicator-table';
import { makeDataset, makeIndicator } from '../fixtures/dataset';

// SYNTHETIC dataset (not from the report): two periods, two units.
const ds: Dataset = makeDataset({
  periods: [
    { id: 'p1', label: { vi: 'Năm 2020', en: '2020' }, start: '2020-01-01', end: '2020-12-31' },
    { id: 'p2', label: { vi: 'Năm 2021', en: '2021' }, start: '2021-01-01', end: '2021-12-31' },
  ],
  orgUnits: [
    { id: 'u1', label: { vi: 'Thành phố', en: 'City' } },
    { id: 'u2', label: { vi: 'Quận A', en: 'District A' } },
  ],
  source: { sections: [{ id: 's1', label: { vi: 'Phần 2: Kết quả', en: 'Part 2: Results' } }] },
  indicators: [
    makeIndicator({ id: 'a', value: 1282, period: 'p1', orgUnit: 'u1', locator: { section: 's1', paragraph: 5 } }),
    makeIndicator({
      id: 'b',
      value: 17118,
      unit: 'party-cells',
      subject: undefined,
      category: 'congress',
      measure: 'congress-held',
      level: 'party-cell',
      period: 'p2',
      orgUnit: 'u2',
    }),
    makeIndicator({
      id: 'c',
      value: 226,
      denominator: 226,
      subject: undefined,
      category: 'congress',
      measure: 'consolidated',
      period: 'p1',
      orgUnit: 'u1',
    }),
    makeIndicator({
      id: 'd',
      value: 26,
      qualifier: 'about',
      unit: 'conferences',
      subject: undefined,
      category: 'programme',
      measure: 'regular-conferences',
      period: 'p1',
      orgUnit: 'u1',
    }),
    makeIndicator({
      id: 'e',
      value: 1930,
      unit: 'year',
      subject: undefined,
      category: 'anniversary',
      measure: 'origin-year',
      computed: { from: ['x'], method: { vi: '2020 trừ 90 năm', en: '2020 minus 90 years' } },
      period: 'p1',
      orgUnit: 'u1',
    }),
  ],
});
const f = (over: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, ...over });
const [a, b] = ds.indicators;

describe('describeFilters', () => {
  it('names the periods and units actually drawn, and both subjects by default', () => {
    expect(describeFilters(ds, f(), 'vi', ['subject', 'activity'], [a!])).toBe('Năm 2020 · Thành phố · Tổ chức đảng, Đảng viên');
    expect(describeFilters(ds, f(), 'vi', [], [a!, b!])).toBe('Năm 2020, Năm 2021 · Thành phố, Quận A');
    expect(describeFilters(ds, f(), 'en', ['subject'], [b!])).toBe('2021 · District A · Party organisations, Party members');
  });

  it('names the chosen period and unit even when nothing is drawn', () => {
    expect(describeFilters(ds, f({ period: 'p2', orgUnit: 'u1' }), 'vi', [], [])).toBe('Năm 2021 · Thành phố');
    expect(describeFilters(ds, f(), 'vi', [], [])).toBe('Tất cả thời kỳ · Tất cả đơn vị');
  });

  it('adds the subject, and activities and levels only when narrowed', () => {
    expect(describeFilters(ds, f({ subject: 'member' }), 'vi', ['subject', 'activity', 'level'], [a!])).toBe(
      'Năm 2020 · Thành phố · Đảng viên',
    );
    expect(describeFilters(ds, f({ activities: ['supervised'] }), 'vi', ['activity'], [a!])).toBe('Năm 2020 · Thành phố · Giám sát');
    expect(describeFilters(ds, f({ levels: ['party-cell', 'city'] }), 'vi', ['level'], [b!])).toBe(
      'Năm 2021 · Quận A · Chi bộ trực thuộc đảng bộ cơ sở, Đảng bộ Thành phố',
    );
    // an aspect the panel does not show is not described even if narrowed
    expect(describeFilters(ds, f({ levels: ['city'] }), 'vi', ['subject'], [a!])).not.toContain('Đảng bộ Thành phố');
  });

  it('says "all periods" rather than listing more than three', () => {
    const many = makeDataset({
      periods: ['1', '2', '3', '4'].map((id) => ({ id, label: { vi: `Kỳ ${id}`, en: `P${id}` }, start: '2020-01-01', end: '2020-12-31' })),
      indicators: ['1', '2', '3', '4'].map((p) => makeIndicator({ id: `x${p}`, period: p })),
    });
    expect(describeFilters(many, f(), 'vi', [], many.indicators)).toBe('Tất cả thời kỳ · Thành phố');
    expect(describeFilters(many, f(), 'vi', [], many.indicators.slice(0, 3))).toBe('Kỳ 1, Kỳ 2, Kỳ 3 · Thành phố');
  });
});

describe('indicatorTable', () => {
  it('keeps raw numbers (not formatted), the unit, period, unit of organisation, locator and how computed values were made', () => {
    const t = indicatorTable(ds, ds.indicators, 'vi');
    expect(t.columns.map((c) => c.key)).toEqual(['label', 'value', 'denominator', 'unit', 'period', 'orgUnit', 'source', 'computed']);
    expect(t.columns.map((c) => c.label)).toEqual([
      'Chỉ tiêu',
      'Giá trị',
      'Trên tổng số',
      'Đơn vị tính',
      'Thời kỳ',
      'Đơn vị',
      'Vị trí trong báo cáo',
      'Cách tính (giá trị tính toán)',
    ]);
    expect(t.rows[0]).toEqual({
      id: 'a',
      label: 'Chỉ tiêu a',
      value: 1282,
      denominator: null,
      unit: 'tổ chức',
      period: 'Năm 2020',
      orgUnit: 'Thành phố',
      source: 'Phần 2: Kết quả, đoạn 5',
      computed: null,
      plainNumbers: null,
    });
    expect(t.rows.map((r) => r.value)).toEqual([1282, 17118, 226, 26, 1930]);
    for (const r of t.rows) expect(typeof r.value).toBe('number');
    expect(t.rows[2]).toMatchObject({ value: 226, denominator: 226 });
    expect(t.rows[3]!.label).toBe('Chỉ tiêu d (khoảng)');
    expect(t.rows[4]!.computed).toBe('2020 trừ 90 năm');
  });

  it('is written in the chosen language, and empty for no figures', () => {
    const t = indicatorTable(ds, [b!], 'en');
    expect(t.columns[0]!.label).toBe('Indicator');
    expect(t.rows[0]).toMatchObject({ label: 'Indicator b', value: 17118, period: '2021', orgUnit: 'District A' });
    expect(indicatorTable(ds, [], 'vi').rows).toEqual([]);
  });
});

describe('buildExportSpec', () => {
  const view = () => ({
    id: 'inspection',
    title: 'Kiểm tra, giám sát',
    subtitle: 'Năm 2020',
    description: '',
    empty: false,
    chart: null,
    drawn: null,
    table: indicatorTable(ds, [a!], 'vi'),
    fileSlug: 'kiem-tra-giam-sat',
    citations: ['Nguồn: Báo cáo thử (dữ liệu tổng hợp), Bộ kiểm thử, 30/06/2021.'],
  });

  it('adds the source line and the export date to what the panel says', () => {
    const spec = buildExportSpec(view(), ds, 'vi', new Date('2026-01-02T10:00:00Z'));
    expect(spec.source).toBe('Nguồn: Báo cáo thử (dữ liệu tổng hợp), Bộ kiểm thử, 30/06/2021.');
    expect(spec.exportedOn).toBe('Xuất ngày 02/01/2026');
    expect(spec).toMatchObject({ title: 'Kiểm tra, giám sát', lang: 'vi', fileNameParts: ['kiem-tra-giam-sat', 'Năm 2020'] });
    // a dataset other than the shipped one is named first in the source line, which every image and workbook carries
    const fromUrl = buildExportSpec(view(), ds, 'vi', new Date(), {
      kind: 'url',
      url: 'http://127.0.0.1:5001/so%20li%E1%BB%87u/x.json?v=2',
    });
    expect(fromUrl.source).toBe(
      'Số liệu tải từ 127.0.0.1:5001/so liệu/x.json, không phải bộ dữ liệu gốc. Nguồn: Báo cáo thử (dữ liệu tổng hợp), Bộ kiểm thử, 30/06/2021.',
    );
    const fromFile = buildExportSpec(view(), ds, 'en', new Date(), { kind: 'file', name: 'quan\u202e1.xlsx' });
    expect(fromFile.source).toMatch(/^Figures from the file “quan\\u\{202E\}1\.xlsx”, not the original dataset\. /);
  });
});
