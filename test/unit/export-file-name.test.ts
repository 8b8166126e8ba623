import { describe, expect, it } from 'vitest';
import { exportFileName, slugify } from '../../src/export/file-name';

describe('slugify', () => {
  it('strips Vietnamese diacritics, including đ/Đ, and lowercases', () => {
    expect(slugify('Kiểm tra, giám sát')).toBe('kiem-tra-giam-sat');
    expect(slugify('Đại hội Đảng bộ')).toBe('dai-hoi-dang-bo');
    expect(slugify('Ư Ơ Ă Â Ê Ô ư ơ ă â ê ô ỹ Ỷ')).toBe('u-o-a-a-e-o-u-o-a-a-e-o-y-y');
  });

  it('works on decomposed (NFD) input the same as composed', () => {
    expect(slugify('Kiểm tra'.normalize('NFD'))).toBe('kiem-tra');
    expect(slugify('đảng'.normalize('NFD'))).toBe('dang');
  });

  it('turns punctuation and runs of spaces into single hyphens, trimmed', () => {
    expect(slugify('  Năm 2020 · Tổ chức đảng, Đảng viên!! ')).toBe('nam-2020-to-chuc-dang-dang-vien');
    expect(slugify('226/226 (100%)')).toBe('226-226-100');
    expect(slugify('---')).toBe('');
    expect(slugify('a\u00a0b\tc')).toBe('a-b-c');
  });

  it('leaves only [a-z0-9-]', () => {
    const all = Array.from({ length: 0x2000 }, (_, i) => String.fromCharCode(i)).join(' ');
    expect(slugify(all)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('exportFileName', () => {
  it('joins the slugged parts with hyphens and adds the extension', () => {
    expect(exportFileName(['Kiểm tra, giám sát', '2020'], 'png')).toBe('kiem-tra-giam-sat-2020.png');
    expect(exportFileName(['kiem-tra-giam-sat', '', '2020'], '.csv')).toBe('kiem-tra-giam-sat-2020.csv');
  });

  it('has a name even when every part is empty', () => {
    expect(exportFileName(['', '!!'], 'svg')).toMatch(/^[a-z0-9-]+\.svg$/);
  });

  it('keeps names to 100 characters, cut at a word and without a trailing hyphen', () => {
    const words = Array.from({ length: 40 }, (_, i) => `tu${i}`);
    const name = exportFileName([words.join(' '), '2020'], 'png');
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name.length).toBeGreaterThan(80);
    expect(name).toMatch(/^tu0-tu1-.*[a-z0-9]\.png$/);
    // the cut is at a hyphen: the last word is whole
    const stem = name.slice(0, -4);
    expect(words).toContain(stem.split('-').at(-1));
  });

  it('cuts a single very long word too', () => {
    const name = exportFileName(['a'.repeat(300)], 'png');
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name.endsWith('.png')).toBe(true);
  });

  it('keeps the tail whole however long the name (a slide: "-16x9", "-16x9-2-3")', () => {
    const parts = ['Đại hội đảng các cấp', 'Năm 2020, Nhiệm kỳ 2020 - 2025 · Đảng bộ thành phố Hà Nội · Lưu ý: các thời kỳ dài khác nhau'];
    const name = exportFileName(parts, 'png', ['16x9', '2-3']);
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name).toMatch(/^dai-hoi-dang-cac-cap-nam-2020-.*[a-z0-9]-16x9-2-3\.png$/);
    expect(exportFileName(['Kiểm tra, giám sát', '2020'], 'png', ['16x9'])).toBe('kiem-tra-giam-sat-2020-16x9.png');
  });
});
