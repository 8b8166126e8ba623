import { describe, expect, it } from 'vitest';
import { resolveDatasetSource } from '../../src/data/dataset-source';

const BASE = 'http://127.0.0.1:5000/bao-cao/xdd/';

describe('?dataset= resolution', () => {
  it('defaults to the shipped file, relative to the base path', () => {
    expect(resolveDatasetSource(null, BASE)).toEqual({ ok: true, url: `${BASE}data/ha-noi-2020.json`, shipped: true });
  });

  it('accepts relative paths and http(s) URLs', () => {
    expect(resolveDatasetSource('data/other.json', BASE)).toMatchObject({ ok: true, url: `${BASE}data/other.json`, shipped: false });
    expect(resolveDatasetSource('https://example.org/x.json', BASE)).toMatchObject({ ok: true, url: 'https://example.org/x.json' });
    expect(resolveDatasetSource('http://example.org/x.json', BASE)).toMatchObject({ ok: true });
  });

  it.each([
    'javascript:alert(1)',
    'data:application/json,{}',
    'file:///etc/passwd',
    'ftp://example.org/x.json',
    'JavaScript:1',
    '//evil.example/x.json',
  ])('refuses %s', (value) => {
    expect(resolveDatasetSource(value, BASE)).toEqual({ ok: false, rejected: value });
  });
});
