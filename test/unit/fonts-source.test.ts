import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// public/fonts/ is a copy of @fontsource/be-vietnam-pro (`npm run fonts`, scripts/copy-fonts.ts): after updating the
// package, re-copy, or these fail.
const publicFonts = resolve(import.meta.dirname, '../../public/fonts');
const pkg = dirname(createRequire(import.meta.url).resolve('@fontsource/be-vietnam-pro/LICENSE'));
const woff2 = readdirSync(publicFonts).filter((f) => f.endsWith('.woff2'));

describe('public/fonts comes from @fontsource/be-vietnam-pro (npm run fonts)', () => {
  it('holds the woff2 files', () => {
    expect(woff2.length).toBeGreaterThan(0);
  });

  it.each(woff2)('%s is byte-identical to the package file of the same name', (file) => {
    expect(readFileSync(join(publicFonts, file)).equals(readFileSync(join(pkg, 'files', file)))).toBe(true);
  });

  it("OFL-LICENSE.txt is the package's LICENSE", () => {
    expect(readFileSync(join(publicFonts, 'OFL-LICENSE.txt'), 'utf8')).toBe(readFileSync(join(pkg, 'LICENSE'), 'utf8'));
  });
});
