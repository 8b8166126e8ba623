import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { measureInfo, measuresOf } from '../../src/model/measures';
import { periodKind, previousComparable } from '../../src/model/periods';
import { citationsOf, formatLocator, sourcesOfFigures } from '../../src/model/sources';
import { unitTree } from '../../src/model/units';
import { makeDataset, makeIndicator, shippedJson } from '../fixtures/dataset';

// SYNTHETIC datasets built here (not from any report): they exercise the format's newer, optional parts.
const problems = (d: unknown) => {
  const r = validateDataset(d);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.key}`);
};

describe('ids as people write them', () => {
  it('accepts letters of either case, digits and -, _ or . between parts', () => {
    const d = makeDataset({
      periods: [{ id: '2021-H1', label: { vi: '6 tháng đầu năm', en: 'H1' }, start: '2021-01-01', end: '2021-06-30' }],
      orgUnits: [{ id: 'Phuong_Ba_Dinh', label: { vi: 'Phường Ba Đình', en: 'Ba Dinh Ward' } }],
      indicators: [makeIndicator({ id: 'q1.2021', period: '2021-H1', orgUnit: 'Phuong_Ba_Dinh' })],
    });
    expect(problems(d)).toEqual([]);
  });

  it('refuses ids with spaces or diacritics, and two ids of one list that differ only in case', () => {
    const d = makeDataset({
      periods: [
        { id: '2021-H1', label: { vi: 'A', en: 'A' }, start: '2021-01-01', end: '2021-06-30' },
        { id: '2021-h1', label: { vi: 'B', en: 'B' }, start: '2021-01-01', end: '2021-06-30' },
      ],
      indicators: [makeIndicator({ id: 'quý 1', period: '2021-H1' })],
    });
    expect(problems(d)).toEqual(expect.arrayContaining(['periods[1].id: validation.duplicate_id', 'indicators[0].id: validation.slug']));
  });
});

describe('parts of a whole', () => {
  const base = (partValue: number, extra = {}) =>
    makeDataset({
      indicators: [
        makeIndicator({ id: 'disciplined', measure: 'disciplined', subject: 'member', unit: 'members', value: 10 }),
        makeIndicator({
          id: 'warning',
          measure: 'discipline-warning',
          subject: 'member',
          unit: 'members',
          value: partValue,
          partOf: 'disciplined',
          ...extra,
        }),
      ],
    });

  it('accepts a part no larger than its whole, in the same period and unit', () => {
    expect(problems(base(4))).toEqual([]);
  });

  it('refuses a part larger than its whole, a missing whole, and a whole of another period', () => {
    expect(problems(base(11))).toEqual(['indicators[1].value: validation.part_above_whole']);
    expect(problems(base(1, { partOf: 'nope' }))).toEqual(['indicators[1].partOf: validation.unknown_reference']);
    const elsewhere = base(1);
    elsewhere.periods.push({ id: '2019', label: { vi: 'Năm 2019', en: '2019' }, start: '2019-01-01', end: '2019-12-31' });
    elsewhere.indicators[1]!.period = '2019';
    expect(problems(elsewhere)).toEqual(['indicators[1].partOf: validation.part_elsewhere']);
  });
});

describe('several sources', () => {
  const twoSources = (): Dataset =>
    makeDataset({
      sources: [
        {
          id: 'ubkt-h1',
          report: { vi: 'Báo cáo thống kê của Ủy ban Kiểm tra (tổng hợp)', en: 'Inspection commission statistics (synthetic)' },
          publisher: { vi: 'Ủy ban Kiểm tra', en: 'Inspection Commission' },
          date: '2021-07-15',
          url: 'https://example.org/bao-cao.pdf',
          sections: [{ id: 'bieu-1', label: { vi: 'Biểu 1', en: 'Table 1' } }],
        },
      ],
      indicators: [
        makeIndicator({ id: 'a', value: 5 }),
        makeIndicator({
          id: 'b',
          value: 7,
          subject: 'member',
          unit: 'members',
          locator: { source: 'ubkt-h1', section: 'bieu-1', paragraph: 3 },
        }),
      ],
    });

  it('lets a figure name its source, and checks the section belongs to it', () => {
    expect(problems(twoSources())).toEqual([]);
    const bad = twoSources();
    bad.indicators[1]!.locator = { source: 'ubkt-h1', section: 's1', paragraph: 1 };
    expect(problems(bad)).toEqual(['indicators[1].locator.section: validation.unknown_reference']);
    bad.indicators[1]!.locator = { source: 'nope', section: 's1', paragraph: 1 };
    expect(problems(bad)).toEqual(['indicators[1].locator.source: validation.unknown_reference']);
  });

  it('cites exactly the sources of the figures shown, with the address when known', () => {
    const d = twoSources();
    const [a, b] = d.indicators;
    expect(citationsOf(d, [a!], 'vi')).toEqual(['Nguồn: Báo cáo thử (dữ liệu tổng hợp), Bộ kiểm thử, 30/06/2021.']);
    expect(citationsOf(d, [b!], 'vi')).toEqual([
      'Nguồn: Báo cáo thống kê của Ủy ban Kiểm tra (tổng hợp), Ủy ban Kiểm tra, 15/07/2021. https://example.org/bao-cao.pdf',
    ]);
    expect(sourcesOfFigures(d, [a!, b!]).map((s) => s.id)).toEqual([null, 'ubkt-h1']);
    expect(formatLocator('vi', d, b!.locator)).toBe('Báo cáo thống kê của Ủy ban Kiểm tra (tổng hợp) — Biểu 1, đoạn 3');
  });
});

describe('periods as party reporting uses them', () => {
  const p = (id: string, start: string, end: string) => ({ id, label: { vi: id, en: id }, start, end });
  const d = makeDataset({
    periods: [
      p('2020', '2020-01-01', '2020-12-31'),
      p('2020-H1', '2020-01-01', '2020-06-30'),
      p('2021-H1', '2021-01-01', '2021-06-30'),
      p('2021-Q3', '2021-07-01', '2021-09-30'),
      p('2021', '2021-01-01', '2021-12-31'),
      p('2020-2025', '2020-10-01', '2025-09-30'),
    ],
  });
  it('reads the kind from the dates when the file does not say it', () => {
    expect(d.periods.map(periodKind)).toEqual(['year', 'half-year', 'half-year', 'quarter', 'year', 'term']);
    expect(periodKind({ start: '2021-01-01', end: '2021-09-30', kind: undefined })).toBe('nine-months');
    expect(periodKind({ start: '2021-01-01', end: '2021-12-31', kind: 'term' })).toBe('term');
  });
  it('compares a period with the same part of an earlier year, never with a period of another length', () => {
    expect(previousComparable(d, '2021-H1')?.id).toBe('2020-H1');
    expect(previousComparable(d, '2021')?.id).toBe('2020');
    expect(previousComparable(d, '2021-Q3')).toBeNull();
  });
});

describe('units as a hierarchy', () => {
  it('puts each unit under its parent, depth first, both eras in one file', () => {
    const d = makeDataset({
      orgUnits: [
        { id: 'city', label: { vi: 'Thành phố', en: 'City' } },
        { id: 'ward-a', label: { vi: 'Phường A', en: 'Ward A' }, parent: 'city' },
        { id: 'district-b', label: { vi: 'Quận B (đến 30/6/2025)', en: 'District B (to 30/6/2025)' }, parent: 'city' },
        { id: 'ward-b1', label: { vi: 'Phường B1', en: 'Ward B1' }, parent: 'district-b' },
      ],
    });
    expect(unitTree(d).map(({ unit, depth }) => `${depth}:${unit.id}`)).toEqual(['0:city', '1:ward-a', '1:district-b', '2:ward-b1']);
  });
});

describe('the measure catalogue', () => {
  it('knows the inspection commission figures, discipline forms as one family', () => {
    expect(measuresOf('discipline-form')).toEqual([
      'discipline-reprimand',
      'discipline-warning',
      'discipline-dismissal',
      'discipline-expulsion',
      'discipline-dissolution',
    ]);
    expect(measureInfo('violation-checked')?.family).toBe('activity');
    expect(measureInfo('toString')).toBeUndefined();
  });
  it('still validates every figure of the shipped file', () => {
    expect(problems(shippedJson())).toEqual([]);
  });
});
