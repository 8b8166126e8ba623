import { describe, expect, it } from 'vitest';
import { limitRows, MAX_CHART_ROWS } from '../../src/model/limit-rows';

describe('limitRows', () => {
  it('keeps short lists whole and cuts long ones to the first rows, saying how many there were', () => {
    expect(limitRows([1, 2, 3])).toEqual({ shown: [1, 2, 3], total: 3 });
    const many = Array.from({ length: MAX_CHART_ROWS + 5 }, (_, i) => i);
    const limited = limitRows(many);
    expect(limited.shown).toEqual(many.slice(0, MAX_CHART_ROWS));
    expect(limited.total).toBe(MAX_CHART_ROWS + 5);
  });
});

describe('lazyTable', () => {
  it('builds the table on first read, once', async () => {
    const { lazyTable } = await import('../../src/model/indicator-table');
    let builds = 0;
    const table = lazyTable(() => {
      builds += 1;
      return { columns: [{ key: 'value', label: 'Giá trị' }], rows: [{ value: 1282 }] };
    });
    expect(builds).toBe(0);
    expect(table.rows).toEqual([{ value: 1282 }]);
    expect(table.columns.map((c) => c.label)).toEqual(['Giá trị']);
    expect(builds).toBe(1);
  });
});
