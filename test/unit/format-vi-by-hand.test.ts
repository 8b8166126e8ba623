import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent } from '../../src/model/format';

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

  it('shares as percent: one decimal, rounding on the shortest decimal, shares of whole numbers, signs', () => {
    const intl = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });
    const values = [0, -0, 1, 0.5, 0.8145, 0.814, 0.9995, 0.00049, -0.00049, -0.25, 12.345, 0.1 + 0.2, 83 / 83, 48 / 59, 1e-7, 123456.789];
    for (let n = 1; n <= 300; n++) for (let k = 0; k <= n; k += Math.max(1, Math.floor(n / 17))) values.push(k / n);
    let seed = 11;
    const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < 3000; i++) values.push(Math.round((rand() - 0.2) * 10 ** (rand() * 4) * 100000) / 100000);
    for (const value of values) expect(formatPercent('vi', value), String(value)).toBe(intl.format(value));
  });

  it('dates', () => {
    const intl = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    for (const iso of ['2020-11-28', '2021-01-05', '1930-02-03', '2020-12-31']) {
      const [y, m, d] = iso.split('-').map(Number);
      expect(formatDate('vi', iso)).toBe(intl.format(new Date(Date.UTC(y!, m! - 1, d!))));
    }
  });
});
