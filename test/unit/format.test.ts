import { describe, expect, it } from 'vitest';
import { figureWithUnit, formatDate, formatFigure, formatNumber, formatValue, unitAfter } from '../../src/model/format';
import { formatLocator } from '../../src/model/sources';
import { makeDataset, makeIndicator } from '../fixtures/dataset';

describe('number and date formatting', () => {
  it('groups thousands the Vietnamese way and the English way', () => {
    expect(formatNumber('vi', 1282)).toBe('1.282');
    expect(formatNumber('vi', 17118)).toBe('17.118');
    expect(formatNumber('en', 1282)).toBe('1,282');
    expect(formatNumber('en', 17118)).toBe('17,118');
    expect(formatNumber('vi', 50)).toBe('50');
  });

  it('writes a count unit in the singular after 1 in English, never in Vietnamese, and no unit after a percentage', () => {
    expect(unitAfter('en', 'congresses', 1)).toBe('congress');
    expect(unitAfter('en', 'congresses', 2)).toBe('congresses');
    expect(unitAfter('en', 'party-cells', 1)).toBe('party cell');
    expect(unitAfter('vi', 'congresses', 1)).toBe('đại hội');
    expect(figureWithUnit('en', makeIndicator({ id: 'a', value: 1, unit: 'congresses' }))).toBe('1 congress');
    expect(figureWithUnit('en', makeIndicator({ id: 'b', value: 17118, unit: 'party-cells' }))).toBe('17,118 party cells');
    expect(figureWithUnit('vi', makeIndicator({ id: 'c', value: 17118, unit: 'party-cells' }))).toBe('17.118 chi bộ');
    expect(figureWithUnit('en', makeIndicator({ id: 'd', value: 45, unit: 'percent' }))).toBe('45%');
    // x of y keeps the plural: "1/3 congresses" reads as a share of congresses
    expect(figureWithUnit('en', makeIndicator({ id: 'e', value: 1, denominator: 3, unit: 'congresses' }))).toBe('1/3 congresses');
  });

  it('writes dates as each language expects', () => {
    expect(formatDate('vi', '2020-11-28')).toBe('28/11/2020');
    expect(formatDate('en', '2020-11-28')).toBe('28 Nov 2020');
  });

  it('shows x/y, percents, qualifiers, and years without grouping', () => {
    expect(formatValue('vi', { value: 226, denominator: 226, unit: 'organisations' })).toBe('226/226');
    expect(formatValue('vi', { value: 100, unit: 'percent' })).toBe('100%');
    expect(formatValue('vi', { value: 1010, unit: 'year' })).toBe('1010');
    expect(formatValue('vi', { value: 1010, unit: 'years' })).toBe('1.010');
    expect(formatFigure('vi', makeIndicator({ id: 'a', value: 26, unit: 'conferences', qualifier: 'about' }))).toBe('khoảng 26');
    expect(formatFigure('en', makeIndicator({ id: 'b', value: 1, denominator: 3, unit: 'share-of-time', qualifier: 'at-least' }))).toBe(
      'at least 1/3',
    );
  });

  it('names the place in the report', () => {
    const dataset = makeDataset();
    expect(formatLocator('vi', dataset, { section: 's1', paragraph: 5 })).toBe('Phần 1, đoạn 5');
    expect(formatLocator('en', dataset, { section: 's1', paragraph: 5 })).toBe('Part 1, paragraph 5');
  });
});
