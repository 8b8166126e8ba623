import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { translate } from '../../src/i18n/translate';
import { vi } from '../../src/i18n/vi';

describe('dictionaries', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('have no empty strings', () => {
    for (const [key, value] of [...Object.entries(vi), ...Object.entries(en)]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) expect(names(en[key]), key).toEqual(names(vi[key]));
  });

  it('fills placeholders', () => {
    expect(translate('vi', 'app.reportDate', { date: '28/11/2020' })).toBe('Ngày báo cáo: 28/11/2020');
    expect(translate('en', 'validation.duplicate_id', { id: 'x' })).toBe('id "x" is used twice');
  });
});
