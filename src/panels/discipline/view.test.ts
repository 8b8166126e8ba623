import { describe, expect, it } from 'vitest';
import type { Dataset, Indicator } from '../../data/schema';
import { applyFilters, type Filters } from '../../model/filters';
import { THEME } from '../../theme/theme';
import { makeDataset, makeIndicator } from '../../../test/fixtures/dataset';
import { f, insp, UNITS } from '../../../test/fixtures/series';
import { disciplineSeries } from './series';
import { disciplineNotes, disciplineView, type DisciplineRow } from './view';

// SYNTHETIC figures built in the test (made-up counts, not from any report).
const part = (id: string, measure: string, subject: 'organisation' | 'member', value: number, whole: string) => ({
  ...insp(id, measure, subject, value),
  partOf: whole,
});
const CHAIN: Indicator[] = [
  insp('checked-o', 'violation-checked', 'organisation', 14),
  insp('checked-m', 'violation-checked', 'member', 1204),
  { ...insp('concluded-o', 'violation-concluded', 'organisation', 11), denominator: 14 },
  { ...insp('concluded-m', 'violation-concluded', 'member', 49), denominator: 1204 },
  insp('required-m', 'discipline-required', 'member', 38),
  insp('disc-o', 'disciplined', 'organisation', 5),
  part('disc-o-reprimand', 'discipline-reprimand', 'organisation', 3, 'disc-o'),
  part('disc-o-warning', 'discipline-warning', 'organisation', 1, 'disc-o'),
  part('disc-o-dissolution', 'discipline-dissolution', 'organisation', 1, 'disc-o'),
  insp('disc-m', 'disciplined', 'member', 36),
  part('disc-m-reprimand', 'discipline-reprimand', 'member', 20, 'disc-m'),
  part('disc-m-warning', 'discipline-warning', 'member', 9, 'disc-m'),
  part('disc-m-dismissal', 'discipline-dismissal', 'member', 2, 'disc-m'),
  part('disc-m-expulsion', 'discipline-expulsion', 'member', 5, 'disc-m'),
  part('committee-m', 'disciplined-committee-members', 'member', 8, 'disc-m'),
];

const datasetOf = (indicators: Indicator[]): Dataset =>
  makeDataset({ orgUnits: UNITS, indicators: indicators.map((i) => ({ ...i, period: '2020', orgUnit: 'u1' })) });

function viewOf(indicators: Indicator[], over: Partial<Filters> = {}, lang: 'vi' | 'en' = 'vi') {
  const dataset = datasetOf(indicators);
  const filters = f(over);
  const input = { dataset, filters, lang, indicators: applyFilters(dataset.indicators, filters, ['period', 'unit', 'subject']) };
  const series = disciplineSeries(dataset, input.indicators, filters, lang);
  return { series, view: disciplineView(series, input) };
}

function bars(view: ReturnType<typeof disciplineView>) {
  if (view.chart?.kind !== 'bar') throw new Error('expected a bar chart');
  return view.chart as unknown as {
    rows: DisciplineRow[];
    series: { key: string; label: string; color: string; pattern?: string | null; outline?: string }[];
    stacked?: boolean;
    scale?: string;
    labelFor: (row: DisciplineRow, s: { key: string }) => string;
    notes: (row: DisciplineRow) => string[];
  };
}

describe('discipline view', () => {
  it('draws each subject apart, step by step, counts from 0 on a linear axis, the disciplined bar stacked by form', () => {
    const { view } = viewOf(CHAIN);
    const chart = bars(view);
    expect(chart.stacked).toBe(true);
    expect(chart.scale ?? 'linear').toBe('linear');
    expect(chart.rows.map((r) => [r.label, r.text])).toEqual([
      ['Tổ chức: kiểm tra khi có dấu hiệu vi phạm', '14'],
      ['Tổ chức: kết luận có vi phạm', '11/14'],
      ['Tổ chức: đã thi hành kỷ luật', '5'],
      ['Đảng viên: kiểm tra khi có dấu hiệu vi phạm', '1.204'],
      ['Đảng viên: kết luận có vi phạm', '49/1.204'],
      ['Đảng viên: phải thi hành kỷ luật', '38'],
      ['Đảng viên: đã thi hành kỷ luật', '36'],
      ['Đảng viên: trong đó cấp ủy viên', '8'],
    ]);
    // organisations and members never on one bar
    for (const row of chart.rows) expect(row['organisation'] != null && row['member'] != null).toBe(false);
    // the forms add up to the total they divide
    const formKeys = chart.series.map((s) => s.key).filter((k) => k.startsWith('discipline-'));
    const sum = (row: DisciplineRow) => formKeys.reduce((n, k) => n + (typeof row[k] === 'number' ? (row[k] as number) : 0), 0);
    expect(sum(chart.rows[2]!)).toBe(5);
    expect(sum(chart.rows[6]!)).toBe(36);
    expect(chart.series.map((s) => s.key)).toEqual([
      'organisation',
      'member',
      'discipline-reprimand',
      'discipline-warning',
      'discipline-dismissal',
      'discipline-expulsion',
      'discipline-dissolution',
    ]);
    expect(chart.series[0]).toMatchObject({ color: THEME.subject.organisation.color });
    expect(chart.series[1]).toMatchObject({ color: THEME.subject.member.color, pattern: 'hatch' });
    // the value is written once, at the end of the whole bar
    const disciplined = chart.rows[6]!;
    expect(chart.series.map((s) => chart.labelFor(disciplined, s)).filter(Boolean)).toEqual(['36']);
    expect(chart.notes(disciplined).every((n) => n.startsWith('Nguồn: '))).toBe(true);
    expect(view.fileSlug).toBe('ket-luan-ky-luat');
  });

  it('tells the chain in words, vi-VN numbers, committee members marked', () => {
    const { view, series } = viewOf(CHAIN);
    expect(view.title).toBe('Kết luận vi phạm và thi hành kỷ luật');
    expect(view.description).toContain('Đảng viên — Kiểm tra khi có dấu hiệu vi phạm: 1.204; Kết luận có vi phạm: 49/1.204');
    expect(view.description).toContain(
      'Đã thi hành kỷ luật: 36 (Khiển trách: 20, Cảnh cáo: 9, Cách chức: 2, Khai trừ: 5); trong đó 8 cấp ủy viên.',
    );
    expect(view.description).toContain('các hình thức kỷ luật cộng lại đúng bằng tổng số đã thi hành kỷ luật (36)');
    expect(disciplineNotes(series, 'vi')).toEqual({
      forms: [
        'Tổ chức đảng — Đã thi hành kỷ luật 5: Khiển trách 3, Cảnh cáo 1, Giải tán 1.',
        'Đảng viên — Đã thi hành kỷ luật 36: Khiển trách 20, Cảnh cáo 9, Cách chức 2, Khai trừ 5; trong đó 8 cấp ủy viên.',
      ],
      mismatches: [],
    });
    expect(view.exportNote).toContain('Khai trừ 5');
  });

  it('lists every figure of the panel in its table, with its source', () => {
    const { view } = viewOf([
      ...CHAIN,
      makeIndicator({ id: 'loose', measure: 'disciplined', subject: undefined, unit: 'members', value: 44 }),
    ]);
    const ids = view.table.rows.map((r) => r['id']);
    expect(ids).toHaveLength(CHAIN.length + 1);
    expect(new Set(ids)).toEqual(new Set([...CHAIN.map((i) => i.id), 'loose']));
    expect(view.table.rows.every((r) => typeof r['source'] === 'string' && r['source'] !== '')).toBe(true);
    expect(view.figures).toHaveLength(CHAIN.length + 1);
  });

  it('says so when the forms fall short of the total, and draws the rest as "form not given"', () => {
    const { view, series } = viewOf([insp('d', 'disciplined', 'member', 10), part('r', 'discipline-reprimand', 'member', 4, 'd')]);
    const chart = bars(view);
    expect(chart.rows[0]).toMatchObject({ 'discipline-reprimand': 4, unspecified: 6, text: '10', last: 'unspecified' });
    expect(chart.series.map((s) => s.key)).toEqual(['discipline-reprimand', 'unspecified']);
    expect(chart.notes(chart.rows[0]!).at(-1)).toContain('tính toán');
    expect(disciplineNotes(series, 'vi').mismatches).toEqual([
      'Đảng viên: các hình thức kỷ luật tệp số liệu nêu cộng lại 4, ít hơn tổng số 10 đã thi hành kỷ luật; phần còn lại (6) vẽ là "không rõ hình thức".',
    ]);
    expect(view.exportNote).toContain('ít hơn tổng số 10');
  });

  it('draws forms that add up to more than the total on a bar of their own, and says the file does not add up', () => {
    const { view } = viewOf([
      insp('d', 'disciplined', 'member', 5),
      part('r', 'discipline-reprimand', 'member', 4, 'd'),
      part('w', 'discipline-warning', 'member', 3, 'd'),
    ]);
    const chart = bars(view);
    expect(chart.rows.map((r) => [r.label, r.text, r['member'] ?? null])).toEqual([
      ['Đảng viên: đã thi hành kỷ luật', '5', 5],
      ['Đảng viên: theo hình thức kỷ luật', '7', null],
    ]);
    expect(view.description).toContain('nhiều hơn tổng số 5 đã thi hành kỷ luật (số liệu trong tệp không khớp)');
  });

  it('with forms and no total, draws the forms added up and says it is computed', () => {
    const { view } = viewOf([insp('r', 'discipline-reprimand', 'organisation', 2), insp('w', 'discipline-warning', 'organisation', 1)]);
    expect(bars(view).rows.map((r) => [r.label, r.text])).toEqual([['Tổ chức: tổng các hình thức kỷ luật', '3']]);
    expect(view.exportNote).toContain('thanh là tổng các hình thức (3, tính toán)');
  });

  it('follows the subject filter and the language', () => {
    const { view } = viewOf(CHAIN, { subject: 'organisation' }, 'en');
    expect(view.title).toBe('Violations concluded and discipline enforced');
    expect(view.subtitle).toContain('Party organisations');
    expect(bars(view).rows.map((r) => r.label)).toEqual([
      'Organisations: checked on signs of violation',
      'Organisations: concluded to have violated',
      'Organisations: disciplined',
    ]);
    expect(view.description).not.toContain('1,204');
  });

  it('is empty only when the filters leave none of its figures; figures it cannot draw are listed, not called missing', () => {
    const none = viewOf(
      CHAIN.filter((i) => i.subject === 'organisation'),
      { subject: 'member' },
    ).view;
    expect(none.empty).toBe(true);
    expect(none.chart).toBeNull();
    const listed = viewOf([makeIndicator({ id: 'loose', measure: 'disciplined', subject: undefined, unit: 'members', value: 44 })]).view;
    expect(listed.empty).toBe(false);
    expect(listed.chart).toBeNull();
    expect(listed.description).toContain('được liệt kê bên dưới');
  });
});

describe('discipline view comparing half years (SYNTHETIC figures)', () => {
  const p = (id: string, vi: string, start: string, end: string) => ({ id, label: { vi, en: id }, start, end });
  const fig = (id: string, measure: string, value: number, period: string, extra = {}) =>
    makeIndicator({ id, category: 'inspection', measure, subject: 'member', unit: 'members', value, period, ...extra });
  const dataset = makeDataset({
    periods: [p('a', '6 tháng đầu năm trước', '2040-01-01', '2040-06-30'), p('b', '6 tháng đầu năm nay', '2041-01-01', '2041-06-30')],
    indicators: [fig('d-a', 'disciplined', 40, 'a'), fig('d-b', 'disciplined', 50, 'b'), fig('c-b', 'violation-concluded', 12, 'b')],
  });
  it('shows each step against the same half of the earlier year, where both are given', () => {
    const filters = f();
    const indicators = applyFilters(dataset.indicators, filters);
    const v = disciplineView(disciplineSeries(dataset, indicators, filters, 'vi'), { dataset, indicators, filters, lang: 'vi' });
    expect(v.description).toContain('Đã thi hành kỷ luật: 50 (+10; +25% so với 6 tháng đầu năm trước)');
    expect(v.description).not.toMatch(/Kết luận có vi phạm: 12 \(/);
  });
});
