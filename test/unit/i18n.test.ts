import { describe, expect, it } from 'vitest';
import { CATEGORIES, DOCUMENT_KINDS, LEVELS, QUALIFIERS, SUBJECTS, UNITS } from '../../src/data/schema';
import { en } from '../../src/i18n/en';
import { translate, type MessageKey } from '../../src/i18n/translate';
import { vi } from '../../src/i18n/vi';
import { ACTIVITIES, SUBJECT_CHOICES } from '../../src/model/filters';
import { PANELS } from '../../src/panels/registry';

// Letters only Vietnamese uses: none may appear in an English string (except the switch back to Vietnamese).
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const MEANT_IN_VIETNAMESE = new Set<MessageKey>(['lang.switchTo']);

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

  it('have no stray whitespace at either end', () => {
    for (const [key, value] of [...Object.entries(vi), ...Object.entries(en)]) expect(value, key).toBe(value.trim());
  });

  it('English has no Vietnamese text, apart from the switch to Vietnamese', () => {
    const untranslated = Object.entries(en).filter(([key, value]) => !MEANT_IN_VIETNAMESE.has(key as MessageKey) && VIETNAMESE.test(value));
    expect(untranslated).toEqual([]);
    expect(en['lang.switchTo']).toBe('Tiếng Việt');
    expect(vi['lang.switchTo']).toBe('English');
  });

  it('English differs from Vietnamese wherever the Vietnamese has Vietnamese letters (nothing copied untranslated)', () => {
    for (const key of Object.keys(vi) as MessageKey[]) if (VIETNAMESE.test(vi[key])) expect(en[key], key).not.toBe(vi[key]);
  });

  it('has a label for every value of every enumeration the UI names', () => {
    const keys = [
      ...CATEGORIES.map((c) => `category.${c}`),
      ...SUBJECTS.map((s) => `subject.${s}`),
      ...SUBJECT_CHOICES.map((s) => `subject.${s}`),
      ...LEVELS.map((l) => `level.${l}`),
      ...QUALIFIERS.map((q) => `qualifier.${q}`),
      ...DOCUMENT_KINDS.map((d) => `documentKind.${d}`),
      ...UNITS.map((u) => `unit.${u}`),
      ...ACTIVITIES.map((a) => `activity.${a}`),
      ...PANELS.flatMap((p) => [p.short, `panel.${p.id}.title`]),
    ];
    const missing = keys.filter((k) => !(k in vi) || !(k in en));
    expect(missing).toEqual([]);
  });

  it('names each export format in its menu item, in both languages', () => {
    for (const dict of [vi, en]) {
      expect(dict['export.png']).toMatch(/PNG/);
      expect(dict['export.pngSlide']).toMatch(/PNG/);
      expect(dict['export.svg']).toMatch(/SVG/);
      expect(dict['export.csv']).toMatch(/CSV/);
    }
  });

  it('fills placeholders', () => {
    expect(translate('vi', 'app.reportDate', { date: '28/11/2020' })).toBe('Ngày báo cáo: 28/11/2020');
    expect(translate('en', 'validation.duplicate_id', { id: 'x' })).toBe('id "x" is used twice');
  });
});
