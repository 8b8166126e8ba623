import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../model/filters';
import { THEME } from '../../theme/theme';
import { makeDataset, makeIndicator, shippedJson } from '../../../test/fixtures/dataset';
import { DEFAULT_FILTERS } from '../../../test/fixtures/filters';
import { inspectionSeries } from './series';
import { inspectionView } from './view';

describe('inspection view (shipped report)', () => {
  const dataset = shippedJson();
  const view = (subject: 'all' | 'member', lang: 'vi' | 'en' = 'vi') => {
    const filters = { ...DEFAULT_FILTERS, subject };
    const indicators = applyFilters(dataset.indicators, filters);
    return inspectionView(inspectionSeries(dataset, indicators, filters, lang), { dataset, indicators, filters, lang });
  };

  it('draws organisations and members side by side in the theme colours, members hatched', () => {
    const v = view('all');
    expect(v.chart?.kind).toBe('bar');
    const series = v.chart?.kind === 'bar' ? v.chart.series : [];
    expect(series.map((s) => [s.key, s.color, s.pattern])).toEqual([
      ['organisation', THEME.subject.organisation.color, null],
      ['member', THEME.subject.member.color, 'hatch'],
    ]);
    expect(v.description).toContain('1.282 tổ chức, 360 đảng viên');
    expect(v.drawn).toEqual({ shown: 3, total: 3 });
    expect(v.fileSlug).toBe('kiem-tra-giam-sat');
  });

  it('says where each bar stands in the report in its tooltip notes', () => {
    const v = view('all');
    if (v.chart?.kind !== 'bar') throw new Error('expected a bar chart');
    const notes = v.chart.notes?.(v.chart.rows[0]!) ?? [];
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((n) => n.startsWith('Nguồn: '))).toBe(true);
  });

  it('follows the subject filter and the language', () => {
    const v = view('member', 'en');
    expect(v.title).toBe('Inspection and supervision');
    expect(v.description).not.toContain('1,282');
    expect(v.description).toContain('Inspected (party committees): 360 members');
    expect(v.chart?.kind === 'bar' && v.chart.series.map((s) => s.key)).toEqual(['member']);
  });
});

describe('inspection view comparing periods (SYNTHETIC figures)', () => {
  const p = (id: string, vi: string, start: string, end: string) => ({ id, label: { vi, en: id }, start, end });
  const dataset = makeDataset({
    periods: [
      p('H1-a', '6 tháng đầu năm trước', '2030-01-01', '2030-06-30'),
      p('H1-b', '6 tháng đầu năm nay', '2031-01-01', '2031-06-30'),
      p('Y-a', 'Cả năm trước', '2030-01-01', '2030-12-31'),
    ],
    indicators: [
      makeIndicator({ id: 'a', value: 1200, period: 'H1-a' }),
      makeIndicator({ id: 'b', value: 1282, period: 'H1-b' }),
      makeIndicator({ id: 'c', value: 2500, period: 'Y-a' }),
    ],
  });
  const view = (period: string | null, only?: string[]) => {
    const filters = { ...DEFAULT_FILTERS, period };
    const all = applyFilters(dataset.indicators, filters);
    const indicators = only ? all.filter((i) => only.includes(i.period)) : all;
    return inspectionView(inspectionSeries(dataset, indicators, filters, 'vi'), { dataset, indicators, filters, lang: 'vi' });
  };

  it('shows the change against the same half of the earlier year, in numbers and percent', () => {
    const v = view(null, ['H1-a', 'H1-b']);
    expect(v.description).toContain('1.282 tổ chức (+82; +6,8% so với 6 tháng đầu năm trước)');
    if (v.chart?.kind !== 'bar') throw new Error('expected a bar chart');
    const labels = v.chart.rows.map((r) => (v.chart?.kind === 'bar' ? v.chart.labelFor?.(r, v.chart.series[0]!) : ''));
    expect(labels).toEqual(['1.200', '1.282 (+82; +6,8%)']);
  });

  it('never compares a year with a half year, and says the lengths differ when both are drawn', () => {
    const v = view(null);
    expect(v.description).not.toContain('so với Cả năm trước');
    expect(v.subtitle).toContain('các thời kỳ dài khác nhau (6 tháng, năm)');
  });

  it('lists the figures it does not draw in its table, and says so when it can draw none', () => {
    // SYNTHETIC: a file with settlements only
    const settled = makeDataset({
      indicators: [makeIndicator({ id: 'settled', measure: 'denunciations-settled', subject: undefined, unit: 'cases', value: 23 })],
    });
    const filters = DEFAULT_FILTERS;
    const indicators = applyFilters(settled.indicators, filters);
    const v = inspectionView(inspectionSeries(settled, indicators, filters, 'vi'), { dataset: settled, indicators, filters, lang: 'vi' });
    expect(v.empty).toBe(false);
    expect(v.chart).toBeNull();
    expect(v.description).toContain('được liệt kê bên dưới');
    expect(v.table.rows.map((r) => r['id'])).toEqual(['settled']);
    expect(v.figures?.map((i) => i.id)).toEqual(['settled']);
  });
});
