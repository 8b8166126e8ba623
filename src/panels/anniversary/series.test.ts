import { describe, expect, it } from 'vitest';
import { makeDataset, makeIndicator } from '../../../test/fixtures/dataset';
import { anniversarySeries } from './series';

describe('anniversary series', () => {
  const years = (id: string, value: number) =>
    makeIndicator({ id, category: 'anniversary', measure: 'anniversary-years', subject: undefined, value, unit: 'years' });
  const origin = (id: string, from: string, value: number) =>
    makeIndicator({
      id,
      category: 'anniversary',
      measure: 'origin-year',
      subject: undefined,
      value,
      unit: 'year',
      computed: { from: [from], method: { vi: '2020 - N', en: '2020 - N' } },
    });
  const ds = makeDataset({
    indicators: [years('party', 90), years('hcm', 130), years('lonely', 5), origin('party-y', 'party', 1930), origin('hcm-y', 'hcm', 1890)],
  });

  it('pairs the stated N years with the computed origin year, on a timeline in origin order', () => {
    const rows = anniversarySeries(ds, ds.indicators, 'vi');
    expect(rows.map((r) => [r.key, r.years, r.originYear, r.anniversaryYear, r.computed?.id ?? null])).toEqual([
      ['hcm', 130, 1890, 2020, 'hcm-y'],
      ['party', 90, 1930, 2020, 'party-y'],
      ['lonely', 5, null, 2020, null],
    ]);
  });

  it('is empty when nothing matches', () => {
    expect(anniversarySeries(ds, [], 'vi')).toEqual([]);
  });
});
