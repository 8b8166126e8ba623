import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../charts';
import { COUNT_UNITS } from '../../data/schema';
import { applyFilters } from '../../model/filters';
import { shippedJson } from '../../../test/fixtures/dataset';
import { DEFAULT_FILTERS } from '../../../test/fixtures/filters';
import { programmeSeries } from './series';
import { programmeView } from './view';

const sectionsOf = (chart: ChartSpec | null) => {
  if (chart?.kind !== 'figures') throw new Error(`expected a figures chart, got ${chart?.kind}`);
  return chart.sections;
};

describe('programme view (shipped report): the figures by the unit counted', () => {
  const dataset = shippedJson();
  const input = { dataset, indicators: applyFilters(dataset.indicators, DEFAULT_FILTERS), filters: DEFAULT_FILTERS, lang: 'vi' as const };
  const series = programmeSeries(dataset, input.indicators, 'vi');
  const view = programmeView(series, input);
  const sections = sectionsOf(view.chart);
  const byId = new Map(dataset.indicators.map((i) => [i.id, i]));

  it('one section per unit counted, headed by that unit: no section (and so no scale) holds two units', () => {
    expect(sections.map((s) => s.title)).toEqual([
      'Mục tiêu',
      'Nhiệm vụ',
      'Nghị quyết',
      'Chương',
      'Điều',
      'Hội nghị',
      'Chương trình',
      'Năm',
      'Ý kiến',
    ]);
    for (const s of sections) expect(new Set(s.rows.map((r) => byId.get(r.key)!.unit)).size, s.title).toBe(1);
  });

  it('draws bars only among figures of one unit and one period; the others are numbers alone', () => {
    const barred = sections.filter((s) => s.rows.some((r) => r.mark)).map((s) => s.title);
    expect(barred).toEqual(['Nhiệm vụ', 'Ý kiến']);
    for (const s of sections) {
      const marks = s.rows.map((r) => r.mark);
      expect(marks.every((m) => m === undefined) || marks.every((m) => m?.kind === 'bar'), s.title).toBe(true);
      if (marks[0]) expect(new Set(s.rows.map((r) => byId.get(r.key)!.period)).size, s.title).toBe(1);
    }
    // resolutions of the 2021 plan and of the term: the same unit, periods of different length, not drawn as comparable
    const resolutions = sections.find((s) => s.title === 'Nghị quyết')!;
    expect(resolutions.rows.map((r) => [r.text, r.mark])).toEqual([
      ['2 nghị quyết', undefined],
      ['2 nghị quyết', undefined],
    ]);
    expect(view.chart?.kind === 'figures' && view.chart.note).toBe(
      'Số liệu xếp theo đơn vị đếm; thanh chỉ so sánh các số cùng đơn vị, cùng thời kỳ.',
    );
  });

  it('writes every counted figure in full with its qualifier and unit, cites it, and lists the rest under the chart', () => {
    const texts = sections.flatMap((s) => s.rows.map((r) => r.text));
    expect(texts).toEqual([
      '4 mục tiêu',
      '3 nhiệm vụ',
      '7 nhiệm vụ',
      '2 nghị quyết',
      '2 nghị quyết',
      '5 chương',
      '32 điều',
      'khoảng 26 hội nghị',
      '10 chương trình',
      '10 năm',
      '8 ý kiến',
      '6 ý kiến',
    ]);
    for (const row of sections.flatMap((s) => s.rows)) expect(row.notes?.join(' '), row.key).toMatch(/Nguồn: .*đoạn \d+/);
    const counted = new Set<string>(COUNT_UNITS);
    const all = dataset.indicators.filter((i) => i.category === 'programme' || i.category === 'conference');
    const drawn = sections.flatMap((s) => s.rows.map((r) => r.key));
    expect(drawn.sort()).toEqual(
      all
        .filter((i) => counted.has(i.unit) && i.denominator === undefined)
        .map((i) => i.id)
        .sort(),
    );
    expect(series.others.map((i) => i.id).sort()).toEqual(
      all
        .filter((i) => !drawn.includes(i.id))
        .map((i) => i.id)
        .sort(),
    );
    expect(view.table.rows.length).toBe(all.length);
  });

  it('follows the period filter', () => {
    const filters = { ...DEFAULT_FILTERS, period: '2021' };
    const indicators = applyFilters(dataset.indicators, filters);
    const v = programmeView(programmeSeries(dataset, indicators, 'vi'), { dataset, indicators, filters, lang: 'vi' });
    expect(sectionsOf(v.chart).map((s) => s.title)).toEqual(['Mục tiêu', 'Nhiệm vụ', 'Nghị quyết']);
    expect(v.description).toContain('Năm 2021');
  });
});
