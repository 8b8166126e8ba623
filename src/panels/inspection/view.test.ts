import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../model/filters';
import { THEME } from '../../theme/theme';
import { shippedJson } from '../../../test/fixtures/dataset';
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
