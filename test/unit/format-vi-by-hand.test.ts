import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../src/model/format';

// The default (vi) view formats numbers and dates by hand to spare the first view the cost of loading ICU data;
// the output must stay exactly what Intl gives.
describe('vi formatting by hand equals Intl', () => {
  it('numbers: grouping, two decimals, rounding, signs', () => {
    const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
    const values = [
      0,
      -0,
      1,
      12,
      1234,
      17118,
      1282,
      1.5,
      1.005,
      2.675,
      -2000.25,
      999999.999,
      0.004,
      -0.004,
      1e14 + 0.5,
      1e21,
      33.333333,
      0.1 + 0.2,
    ];
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < 3000; i++) values.push(Math.round((rand() - 0.3) * 10 ** (rand() * 9) * 1000) / 1000);
    for (const value of values) expect(formatNumber('vi', value), String(value)).toBe(intl.format(value));
  });

  it('dates', () => {
    const intl = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    for (const iso of ['2020-11-28', '2021-01-05', '1930-02-03', '2020-12-31']) {
      const [y, m, d] = iso.split('-').map(Number);
      expect(formatDate('vi', iso)).toBe(intl.format(new Date(Date.UTC(y!, m! - 1, d!))));
    }
  });
});
