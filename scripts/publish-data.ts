/**
 * `npm run publish-data -- <file.json|file.xlsx|file.csv> [distDir | --dist distDir] [--lang en] [--frame dataset.json]`:
 * publishes a new shipped dataset into a built app (dist/ by default) so that its first view is pre-rendered from it
 * (issue 11, point 9). It checks the file the way `npm run validate` does, copies it byte for byte to
 * <distDir>/data/ha-noi-2020.json (the name the page fetches) and pre-renders index.html from it again
 * (scripts/prerender.ts), so the HTML, its data version and the file match. A workbook filled from the template
 * (.xlsx), or a CSV of its figures sheet (with --frame for the rest of its dataset), is imported the way
 * `npm run import` does (issue 12) and published as the dataset's JSON.
 * Exit 0 when published, 1 when the file is refused (nothing in distDir changes), 2 on wrong usage.
 *
 * A file copied by hand instead is safe but slower: the page finds that the served file's version is not the one
 * its HTML was rendered from, never shows the pre-rendered figures, and renders the new file once it has loaded.
 */
import { copyFileSync, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkDatasetText, describeCheck, isTooLarge, type FileCheck } from '../src/data/check-file';
import type { Dataset } from '../src/data/schema';
import { SHIPPED_DATASET } from '../src/data/dataset-source';
import { isLang, loadLanguage, translate, type Lang } from '../src/i18n/translate';
import { importFile, isWorkbookFile, readFrame } from './import-file';
import { prerender } from './prerender';
import { readArgs } from './cli-args';

const USAGE =
  'usage: npm run publish-data -- <file.json|file.xlsx|file.csv> [distDir | --dist distDir] [--lang vi|en] [--frame dataset.json]';
const ROOT = resolve(import.meta.dirname, '..');

async function main(argv: string[]): Promise<number> {
  const parsed = readArgs(argv, { lang: { type: 'string', default: 'vi' }, dist: { type: 'string' }, frame: { type: 'string' } }, USAGE);
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  const lang = values.lang;
  if (positionals.length < 1 || positionals.length > 2 || (positionals.length === 2 && values.dist !== undefined) || !isLang(lang)) {
    console.error(USAGE);
    return 2;
  }
  const file = positionals[0] as string;
  const distDir = resolve(values.dist ?? positionals[1] ?? join(ROOT, 'dist'));
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error(`${join(distDir, 'index.html')}: not found; build the app first (npm run build)\n${USAGE}`);
    return 2;
  }

  if (isWorkbookFile(file)) {
    let frame: Dataset | undefined;
    if (values.frame !== undefined) {
      const read = readFrame(values.frame, lang);
      if (!read.ok) return print({ exitCode: 1, lines: read.lines });
      frame = read.dataset;
    }
    const read = await importFile(file, lang, frame);
    if (!read.ok) return print({ exitCode: 1, lines: read.lines });
    return publish(distDir, read, lang, file, (target) => writeFileSync(target, `${JSON.stringify(read.dataset, null, 2)}\n`));
  }

  let text: string;
  try {
    const { size } = statSync(file);
    if (isTooLarge(size)) return print(describeCheck({ ok: false, reason: 'too-large', bytes: size }, lang, file));
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const detail = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    console.error(translate(lang, 'check.cannotRead', { name: file, detail }));
    return 1;
  }
  const check = checkDatasetText(text);
  if (!check.ok) return print(describeCheck(check, lang, file));
  return publish(distDir, check, lang, file, (target) => copyFileSync(file, target));
}

/** Puts the data file in place (`write` writes it to the path given) and pre-renders the page from it. */
async function publish(
  distDir: string,
  check: FileCheck & { ok: true },
  lang: Lang,
  file: string,
  write: (target: string) => void,
): Promise<0> {
  // The file first (through a rename, so a server never sends half of it), then the page rendered from it. Between
  // the two, a visitor's page sees a version other than its HTML's and renders the new file itself: never old figures.
  const target = join(distDir, SHIPPED_DATASET);
  const temporary = `${target}.${process.pid}.tmp`;
  write(temporary);
  renameSync(temporary, target);
  const { version } = await prerender({ root: ROOT, distDir });
  print(describeCheck(check, lang, file));
  console.log(`→ ${target} (data version ${version}); ${join(distDir, 'index.html')} pre-rendered from it`);
  return 0;
}

function print(report: { exitCode: 0 | 1; lines: string[] }): 0 | 1 {
  const write = report.exitCode === 0 ? console.log : console.error;
  for (const line of report.lines) write(line);
  return report.exitCode;
}

await loadLanguage('en');
process.exitCode = await main(process.argv.slice(2));
