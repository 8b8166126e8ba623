import { describe, expect, it } from 'vitest';
import { indicatorTable } from '../../src/model/indicator-table';
import { cellText } from '../../src/model/table';
import { reportTable } from '../../src/export/report-table';
import { makeDataset, makeIndicator } from '../fixtures/dataset';

// synthetic figures: a founding year, an ordinal (the 17th congress) and a count
const dataset = makeDataset({
  indicators: [
    makeIndicator({ id: 'founded', category: 'anniversary', measure: 'founded', value: 1930, unit: 'year' }),
    makeIndicator({ id: 'congress-no', category: 'other', measure: 'other', value: 17, unit: 'ordinal' }),
    makeIndicator({ id: 'cells', category: 'other', measure: 'other', value: 17118, unit: 'party-cells' }),
  ],
});

describe('table cells as people read them', () => {
  const table = indicatorTable(dataset, dataset.indicators, 'vi');
  const byId = (id: string) => table.rows.find((r) => r['id'] === id)!;

  it('writes years and ordinals without grouping and counts grouped the language’s way', () => {
    expect(cellText('vi', byId('founded'), 'value')).toBe('1930');
    expect(cellText('en', byId('founded'), 'value')).toBe('1930');
    expect(cellText('vi', byId('congress-no'), 'value')).toBe('17');
    expect(cellText('vi', byId('cells'), 'value')).toBe('17.118');
    expect(cellText('en', byId('cells'), 'value')).toBe('17,118');
    expect(cellText('vi', byId('cells'), 'denominator')).toBe('');
  });

  it('keeps the marker out of the columns (so CSV and the table view never show it), and the Word table follows it', () => {
    expect(table.columns.map((c) => c.key)).not.toContain('plainNumbers');
    const report = reportTable(table, 'vi');
    const valueAt = report.columns.findIndex((c) => c.label === 'Giá trị');
    expect(report.rows.map((r) => r[valueAt])).toEqual(['1930', '17', '17.118']);
  });
});
