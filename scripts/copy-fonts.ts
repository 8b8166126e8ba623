/**
 * `npm run fonts`: copies Be Vietnam Pro from its npm package (@fontsource/be-vietnam-pro) into public/fonts/: the
 * woff2 files that public/fonts/fonts.css names (latin + vietnamese subsets) and the SIL OFL licence. Run it after
 * updating the package; test/unit/fonts-source.test.ts fails while public/fonts/ and the package differ.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const target = resolve(import.meta.dirname, '..', 'public', 'fonts');
const pkg = dirname(createRequire(import.meta.url).resolve('@fontsource/be-vietnam-pro/LICENSE'));
const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string };

const files = [...readFileSync(join(target, 'fonts.css'), 'utf8').matchAll(/url\(\.\/([\w.-]+\.woff2)\)/g)].map((m) => m[1] as string);
if (files.length === 0) throw new Error('public/fonts/fonts.css names no woff2 file');
for (const file of files) copyFileSync(join(pkg, 'files', file), join(target, file));
copyFileSync(join(pkg, 'LICENSE'), join(target, 'OFL-LICENSE.txt'));
console.log(`public/fonts/: ${files.length} woff2 files and OFL-LICENSE.txt from @fontsource/be-vietnam-pro ${version}`);
