import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteForDisplay, resolveDatasetSource, shortLocation } from '../../src/data/dataset-source';

const BASE = 'http://127.0.0.1:5000/bao-cao/xdd/';
const OTHER = 'http://127.0.0.1:5001';

describe('?dataset= resolution', () => {
  it('defaults to the shipped file, relative to the base path', () => {
    expect(resolveDatasetSource(null, BASE)).toEqual({ ok: true, url: `${BASE}data/ha-noi-2020.json`, shipped: true });
    expect(resolveDatasetSource('  ', BASE)).toMatchObject({ ok: true, shipped: true });
  });

  it('accepts relative paths and absolute URLs on the same origin', () => {
    expect(resolveDatasetSource('data/other.json', BASE)).toEqual({ ok: true, url: `${BASE}data/other.json`, shipped: false });
    expect(resolveDatasetSource('/khac/x.json', BASE)).toMatchObject({ ok: true, url: 'http://127.0.0.1:5000/khac/x.json' });
    expect(resolveDatasetSource('http://127.0.0.1:5000/x.json', BASE)).toMatchObject({ ok: true });
    expect(resolveDatasetSource('data/ha-noi-2020.json', BASE)).toMatchObject({ ok: true, shipped: true });
    // a scheme-relative path with the page's own scheme is a path on this site, as the browser reads it
    expect(resolveDatasetSource('http:evil.example/x.json', BASE)).toMatchObject({ ok: true, url: `${BASE}evil.example/x.json` });
  });

  it('refuses another origin unless the deployment lists it', () => {
    expect(resolveDatasetSource(`${OTHER}/x.json`, BASE)).toEqual({
      ok: false,
      rejected: `${OTHER}/x.json`,
      reason: 'other-origin',
      origin: OTHER,
    });
    expect(resolveDatasetSource(`${OTHER}/x.json`, BASE, [OTHER])).toEqual({ ok: true, url: `${OTHER}/x.json`, shipped: false });
    // the same host on https, or another port, is another origin
    expect(resolveDatasetSource('https://127.0.0.1:5001/x.json', BASE, [OTHER])).toMatchObject({ ok: false, reason: 'other-origin' });
    expect(resolveDatasetSource('https://example.org/x.json', BASE)).toMatchObject({ ok: false, reason: 'other-origin' });
  });

  it.each([
    ['javascript:alert(1)', 'scheme'],
    ['JavaScript:1', 'scheme'],
    ['java\tscript:alert(1)', 'scheme'],
    ['java\nscript:alert(1)', 'scheme'],
    ['da\nta:application/json,{}', 'scheme'],
    ['fi\tle:///etc/passwd', 'scheme'],
    [' \u0000javascript:1', 'scheme'],
    ['data:application/json,{}', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['ftp://example.org/x.json', 'scheme'],
    ['blob:http://127.0.0.1:5000/uuid', 'scheme'],
    ['//evil.example/x.json', 'other-origin'],
    ['/\\evil.example/x.json', 'other-origin'],
    ['\\\\evil.example\\x.json', 'other-origin'],
    ['\t//evil.example/x.json', 'other-origin'],
    ['http://127.0.0.1:5000@evil.example/x.json', 'credentials'],
    ['http://user:pw@127.0.0.1:5000/x.json', 'credentials'],
    ['http://[::1', 'malformed'],
  ])('refuses %j (%s)', (value, reason) => {
    expect(resolveDatasetSource(value, BASE)).toMatchObject({ ok: false, rejected: value, reason });
  });

  it('whatever the string: a same-origin or listed http(s) URL, or a refusal (fuzzed)', { timeout: 60_000 }, () => {
    const allowed = [OTHER];
    const pieces = fc.constantFrom(
      'http:',
      'https:',
      'javascript:',
      'data:',
      'file:',
      '//',
      '/',
      '\\',
      '\t',
      '\n',
      ' ',
      '%09',
      '@',
      ':',
      '127.0.0.1:5001',
      '127.0.0.1:5000',
      'evil.example',
      'x.json',
      '..',
      '?',
      '#',
      '\u0000',
    );
    const values = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.webUrl(),
      fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(values, (value) => {
        const source = resolveDatasetSource(value, BASE, allowed);
        if (!source.ok) return;
        const url = new URL(source.url);
        expect(['http:', 'https:']).toContain(url.protocol);
        expect([new URL(BASE).origin, ...allowed]).toContain(url.origin);
        expect(url.username + url.password).toBe('');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('quoting text from the page address', () => {
  it('shows hidden and reordering characters by their code and keeps both ends of a long value', () => {
    expect(quoteForDisplay('a\tb\u202Ec\u200Bd')).toBe('a\\u{9}b\\u{202E}c\\u{200B}d');
    const long = `javascript:/* ${'Hệ thống đã bị khóa. '.repeat(800)} */`;
    const quoted = quoteForDisplay(long);
    expect(Array.from(quoted)).toHaveLength(80);
    expect(quoted.startsWith('javascript:/* Hệ thống')).toBe(true);
    expect(quoted.endsWith(' */')).toBe(true);
    expect(quoted).toContain('…');
  });

  it('never returns more than the limit, nor a hidden character (fuzzed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 10, max: 120 }), (text, max) => {
        const quoted = quoteForDisplay(text, max);
        expect(Array.from(quoted).length).toBeLessThanOrEqual(max);
        // eslint-disable-next-line no-control-regex -- looking for what must not be there
        expect(quoted).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
      }),
    );
  });

  it('names a URL by host and path, decoded and shortened', () => {
    expect(shortLocation('http://127.0.0.1:5001/s%E1%BB%91-li%E1%BB%87u/x.json?v=1#a')).toBe('127.0.0.1:5001/số-liệu/x.json');
    expect(Array.from(shortLocation(`http://a.example/${'d/'.repeat(100)}x.json`)).length).toBe(64);
  });
});
