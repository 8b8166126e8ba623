import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMBEDDED_FACES, fontPath, loadEmbeddedFontCss } from '../../src/export/embedded-font';

const publicDir = resolve(import.meta.dirname, '../../public');
const fontsCss = readFileSync(resolve(publicDir, 'fonts/fonts.css'), 'utf8');

type Face = { file: string; weight: string; range: string };
function faces(css: string): Face[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => ({
    file: /url\(([^)]+)\)/.exec(body!)![1]!,
    weight: /font-weight:\s*(\d+)/.exec(body!)![1]!,
    range: /unicode-range:\s*([^;]+);/.exec(body!)![1]!.trim(),
  }));
}

/** Serves public/ from disk as fetch would, counting requests. */
function fakeFetch(fail: (url: string) => boolean = () => false) {
  return vi.fn(async (url: string | URL) => {
    const href = String(url);
    if (fail(href)) return new Response('nope', { status: 404 });
    const path = new URL(href).pathname.replace('/bao-cao/xdd/', '');
    return new Response(readFileSync(resolve(publicDir, path)));
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('loadEmbeddedFontCss', () => {
  it('lists the same faces, weights and unicode-ranges as public/fonts/fonts.css', () => {
    const shipped = faces(fontsCss).map((f) => ({ file: f.file.replace('./', 'fonts/'), weight: f.weight, range: f.range }));
    const ours = EMBEDDED_FACES.map((f) => ({ file: fontPath(f.subset, f.weight), weight: String(f.weight), range: f.unicodeRange }));
    expect(ours).toEqual(shipped);
  });

  it('inlines every woff2 file as base64, byte for byte', async () => {
    const fetch = fakeFetch();
    vi.stubGlobal('fetch', fetch);
    const css = await loadEmbeddedFontCss('http://test.local/bao-cao/xdd/');
    const embedded = faces(css);
    expect(embedded).toHaveLength(4);
    for (const [i, face] of embedded.entries()) {
      const expected = readFileSync(resolve(publicDir, fontPath(EMBEDDED_FACES[i]!.subset, EMBEDDED_FACES[i]!.weight)));
      expect(face.file).toMatch(/^data:font\/woff2;base64,/);
      expect(Buffer.from(face.file.split(',')[1]!, 'base64').equals(expected)).toBe(true);
    }
    expect(css).toContain("font-family: 'Be Vietnam Pro'");
    expect(fetch.mock.calls.map(([u]) => String(u))).toContain(
      'http://test.local/bao-cao/xdd/fonts/be-vietnam-pro-vietnamese-700-normal.woff2',
    );
  });

  it('fetches once per base URI', async () => {
    const fetch = fakeFetch();
    vi.stubGlobal('fetch', fetch);
    const base = 'http://memo.local/bao-cao/xdd/';
    const [a, b] = await Promise.all([loadEmbeddedFontCss(base), loadEmbeddedFontCss(base)]);
    expect(a).toBe(b);
    await loadEmbeddedFontCss(`${base}index.html?lang=en`); // same folder, same fonts
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it('rejects on a missing file and tries again next time', async () => {
    const base = 'http://retry.local/bao-cao/xdd/';
    vi.stubGlobal(
      'fetch',
      fakeFetch((u) => u.includes('latin-700')),
    );
    await expect(loadEmbeddedFontCss(base)).rejects.toThrow(/latin-700.*404/);
    const fetch = fakeFetch();
    vi.stubGlobal('fetch', fetch);
    expect(faces(await loadEmbeddedFontCss(base))).toHaveLength(4);
    expect(fetch).toHaveBeenCalledTimes(4);
  });
});
