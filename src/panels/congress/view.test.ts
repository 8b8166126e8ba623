import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../model/filters';
import { shippedJson } from '../../../test/fixtures/dataset';
import { DEFAULT_FILTERS } from '../../../test/fixtures/filters';
import { congressSeries } from './series';
import { completionView, congressLevelsView } from './view';

describe('congress views (shipped report)', () => {
  const dataset = shippedJson();
  const input = { dataset, indicators: applyFilters(dataset.indicators, DEFAULT_FILTERS), filters: DEFAULT_FILTERS, lang: 'vi' as const };
  const series = congressSeries(dataset, input.indicators, 'vi');

  it('levels: says why its axis is logarithmic, with the smallest and largest counts drawn, in the page and in files', () => {
    const v = congressLevelsView(series, input);
    expect(v.description).toContain('17.118');
    expect(v.description).toMatch(/thang logarit.*\(50\).*\(17\.118\)/);
    expect(v.exportNote).toBe('thang logarit');
    expect(v.chart?.kind === 'bar' && v.chart.scale).toBe('log');
  });

  it('completion: each ratio as progress toward its own whole, labelled with its counts', () => {
    const v = completionView(series, input);
    if (v.chart?.kind !== 'bar') throw new Error('expected a bar chart');
    expect(v.chart.stacked).toBe(true);
    const labels = v.chart.rows.map((row) => v.chart?.kind === 'bar' && v.chart.labelFor?.(row, v.chart.series[0]!));
    expect(labels).toEqual(expect.arrayContaining(['226/226 (100%)', '83/83 (100%)']));
    expect(v.chart.rows.every((r) => r['donePercent'] === 100 && r['remainingPercent'] === 0)).toBe(true);
  });
});
