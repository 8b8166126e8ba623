/**
 * `npm run validate -- path/to/file.json [--lang en]`: checks a dataset file before it is published.
 * Exit 0 with a one-line summary, 1 with every problem by path, 2 on wrong usage. The checking itself is
 * src/data/check-file.ts (shared with the app); this file only reads the file and prints.
 */
import { readFileSync, statSync } from 'node:fs';
import { checkFileBytes, describeCheck, isTooLarge } from '../src/data/check-file';
import { isLang, loadLanguage, translate } from '../src/i18n/translate';
import { terminalSafe } from './terminal-text';
import { readArgs } from './cli-args';

const USAGE = 'usage: npm run validate -- <file.json> [--lang vi|en]';

function main(argv: string[]): number {
  const parsed = readArgs(argv, { lang: { type: 'string', default: 'vi' } }, USAGE);
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  const lang = values.lang;
  if (positionals.length !== 1 || !isLang(lang)) {
    console.error(USAGE);
    return 2;
  }
  const file = positionals[0] as string;

  let bytes: Uint8Array;
  try {
    const { size } = statSync(file);
    // Refuse an oversized file before reading it into memory.
    if (isTooLarge(size)) return print(describeCheck({ ok: false, reason: 'too-large', bytes: size }, lang, file));
    bytes = readFileSync(file);
  } catch (error) {
    const detail = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    console.error(terminalSafe(translate(lang, 'check.cannotRead', { name: file, detail })));
    return 1;
  }
  return print(checkFileBytes(bytes, { lang, name: file }));
}

function print(report: { exitCode: 0 | 1; lines: string[] }): 0 | 1 {
  const write = report.exitCode === 0 ? console.log : console.error;
  // the lines quote the file (unknown keys, JSON errors): a terminal must not obey what they hold
  for (const line of report.lines) write(terminalSafe(line));
  return report.exitCode;
}

await loadLanguage('en');
process.exitCode = main(process.argv.slice(2));
