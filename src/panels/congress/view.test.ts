import { describe, expect, it } from 'vitest';
import type { ChartSpec, FigureRow } from '../../charts';
import { applyFilters } from '../../model/filters';
import { makeDataset, shippedJson } from '../../../test/fixtures/dataset';
import { DEFAULT_FILTERS } from '../../../test/fixtures/filters';
import { held } from '../../../test/fixtures/series';
import { congressSeries } from './series';
import { congressView } from './view';

const sectionsOf = (chart: ChartSpec | null) => {
  if (chart?.kind !== 'figures') throw new Error(`expected a figures chart, got ${chart?.kind}`);
  return chart.sections;
};
const rowText = (rows: readonly FigureRow[]) => rows.map((r) => [r.label, r.text]);

describe('congress view (shipped report): did every level hold its congress, on time?', () => {
  const dataset = shippedJson();
  const input = { dataset, indicators: applyFilters(dataset.indicators, DEFAULT_FILTERS), filters: DEFAULT_FILTERS, lang: 'vi' as const };
  const view = congressView(congressSeries(dataset, input.indicators, 'vi'), input);
  const sections = sectionsOf(view.chart);

  it('has no log scale, nor any axis: three sections, held by level, completion against the whole, the date against plan', () => {
    expect(view.chart?.kind).toBe('figures');
    expect(JSON.stringify(view.chart)).not.toMatch(/log/i);
    expect(view.exportNote).toBeUndefined();
    expect(view.description).not.toMatch(/logarit/);
    expect(sections.map((s) => s.title)).toEqual([
      'Đại hội đã tổ chức, theo cấp',
      'Hoàn thành so với tổng số',
      'Ngày tổ chức so với dự kiến',
    ]);
  });

  it('writes the congresses held at each level as numbers with their unit, with no bar: cells, organisations and congresses share no scale', () => {
    const [levels] = sections;
    expect(rowText(levels!.rows)).toEqual([
      ['Chi bộ trực thuộc đảng bộ cơ sở', '17.118 chi bộ'],
      ['Tổ chức cơ sở đảng', '2.310 tổ chức'],
      ['Đảng bộ cấp trên cơ sở', '50 tổ chức'],
      ['Đảng bộ Thành phố', '1 đại hội (tính toán)'],
    ]);
    expect(levels!.rows.every((r) => r.mark === undefined)).toBe(true);
    // why there is no share of the whole: the report gives none
    expect(levels!.note).toMatch(/không nêu tổng số phải tổ chức/);
  });

  it('draws each completion against its own whole, labelled with its counts', () => {
    const completion = sections[1]!;
    expect(rowText(completion.rows)).toEqual([
      ['Tổ chức cơ sở đảng có khó khăn đã tổ chức thành công đại hội', '83/83 (100%)'],
      ['Tổ chức cơ sở đảng được củng cố', '226/226 (100%)'],
    ]);
    expect(completion.rows.map((r) => r.mark)).toEqual([
      { kind: 'part', done: 83, total: 83 },
      { kind: 'part', done: 226, total: 226 },
    ]);
  });

  it('sets the city congress against its plan: 10 days before it', () => {
    const plan = sections[2]!;
    expect(rowText(plan.rows)).toEqual([['Đại hội Đảng bộ Thành phố sớm hơn dự kiến', 'Sớm 10 ngày']]);
    expect(plan.rows[0]!.mark).toEqual({ kind: 'offset', value: -10, plan: 'Dự kiến', actual: 'Tổ chức' });
  });

  it('cites every drawn figure, and says every figure in words (the chart text alternative)', () => {
    for (const row of sections.flatMap((s) => s.rows)) expect(row.notes?.join(' '), row.key).toMatch(/Nguồn: .*đoạn \d+/);
    for (const n of ['17.118 chi bộ', '2.310 tổ chức', '50 tổ chức', '83/83 (100%)', '226/226 (100%)', 'Sớm 10 ngày'])
      expect(view.description).toContain(n);
  });

  it('keeps every congress figure of the report: drawn, or listed under the chart, and all in the table', () => {
    const congress = dataset.indicators.filter((i) => i.category === 'congress').map((i) => i.id);
    const series = congressSeries(dataset, input.indicators, 'vi');
    const drawn = [
      ...series.levels.flatMap((r) => r.sources.map((s) => s.id)),
      ...sections.slice(1).flatMap((s) => s.rows.map((r) => r.key)), // completion and plan rows are keyed by their figure
    ];
    const listed = series.others.map((i) => i.id);
    expect([...drawn, ...listed].sort()).toEqual([...congress].sort());
    expect(listed.sort()).toEqual(['congress-city-ordinal', 'difficult-organisations-listed', 'grassroots-consolidated-percent']);
    expect(view.table.rows.map((r) => r.id).sort()).toEqual([...congress].sort());
  });

  it('in English too', () => {
    const en = congressView(congressSeries(dataset, input.indicators, 'en'), { ...input, lang: 'en' });
    const texts = sectionsOf(en.chart).flatMap((s) => s.rows.map((r) => r.text));
    expect(texts).toEqual([
      '17,118 party cells',
      '2,310 organisations',
      '50 organisations',
      expect.stringMatching(/^1 .*\(computed\)$/),
      '83/83 (100%)',
      '226/226 (100%)',
      '10 days early',
    ]);
  });
});

describe('congress view on a file that gives the whole of a level (SYNTHETIC)', () => {
  it('draws "x of y held" for the levels with a whole, and says which have none', () => {
    const dataset = makeDataset({
      indicators: [
        held('cells', 'party-cell', 120, '2020', 'city', { denominator: 150 }),
        held('grassroots', 'grassroots', 2310, '2020', 'city'),
      ],
    });
    const input = { dataset, indicators: dataset.indicators, filters: DEFAULT_FILTERS, lang: 'vi' as const };
    const [levels, ...rest] = sectionsOf(congressView(congressSeries(dataset, dataset.indicators, 'vi'), input).chart);
    expect(rest).toEqual([]);
    expect(levels!.rows.map((r) => [r.text, r.mark])).toEqual([
      ['120/150 (80%)', { kind: 'part', done: 120, total: 150 }],
      ['2.310 tổ chức', undefined],
    ]);
    expect(levels!.note).toMatch(/^Thanh: số đã tổ chức trên tổng số/);
  });

  it('has no chart and is empty when the file has no congress figure', () => {
    const dataset = makeDataset({ indicators: [] });
    const v = congressView(congressSeries(dataset, [], 'vi'), { dataset, indicators: [], filters: DEFAULT_FILTERS, lang: 'vi' });
    expect(v.chart).toBeNull();
    expect(v.empty).toBe(true);
  });
});
