import { describe, expect, it } from 'vitest';
import { pageOrderPrefix } from '../../src/export/export-chart';

describe('pageOrderPrefix: ZIP entries named in page order', () => {
  it('numbers from 01, two digits at least, so a file browser sorting by name lists them as the page does', () => {
    expect([0, 1, 8, 9, 10].map((i) => pageOrderPrefix(i, 12))).toEqual(['01-', '02-', '09-', '10-', '11-']);
    const names = Array.from({ length: 12 }, (_, i) => `${pageOrderPrefix(i, 12)}x`);
    expect([...names].sort()).toEqual(names);
  });

  it('widens with the count: 100 files and more still sort', () => {
    expect(pageOrderPrefix(0, 120)).toBe('001-');
    expect(pageOrderPrefix(119, 120)).toBe('120-');
  });
});
