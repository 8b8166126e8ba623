/**
 * `npm run import -- <in.xlsx|in.csv> [-o out.json] [--lang en] [--frame dataset.json]`: reads a workbook filled from
 * the template (or a CSV of its figures sheet) into a dataset (src/workbook) and validates it with the dataset schema.
 * Exit 0: the dataset's JSON is written to out.json (or printed); 1: one line per problem, by sheet, row and column;
 * 2: wrong usage. `--frame` gives a CSV file (figures only) the rest of its dataset: report, units, periods, sources.
 */
import { writeFileSync } from 'node:fs';
import { describeCheck } from '../src/data/check-file';
import type { Dataset } from '../src/data/schema';
import { isLang, loadLanguage } from '../src/i18n/translate';
import { importFile, readFrame } from './import-file';
import { jsonForTerminal, terminalSafe } from './terminal-text';
import { readArgs } from './cli-args';

const USAGE = 'usage: npm run import -- <in.xlsx|in.csv> [-o out.json] [--lang vi|en] [--frame dataset.json]';

async function main(argv: string[]): Promise<number> {
  const parsed = readArgs(
    argv,
    { out: { type: 'string', short: 'o' }, lang: { type: 'string', default: 'vi' }, frame: { type: 'string' } },
    USAGE,
  );
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  const lang = values.lang;
  const file = positionals[0];
  if (positionals.length !== 1 || file === undefined || !isLang(lang)) {
    console.error(USAGE);
    return 2;
  }
  let frame: Dataset | undefined;
  if (values.frame !== undefined) {
    const read = readFrame(values.frame, lang);
    if (!read.ok) {
      for (const line of read.lines) console.error(terminalSafe(line));
      return 1;
    }
    frame = read.dataset;
  }
  const result = await importFile(file, lang, frame);
  if (!result.ok) {
    for (const line of result.lines) console.error(terminalSafe(line));
    return 1;
  }
  const json = `${JSON.stringify(result.dataset, null, 2)}\n`;
  if (values.out === undefined) {
    process.stdout.write(jsonForTerminal(json));
    return 0;
  }
  writeFileSync(values.out, json);
  console.log(terminalSafe(describeCheck(result, lang, file).lines.join('\n')));
  console.log(terminalSafe(`→ ${values.out}`));
  return 0;
}

await loadLanguage('en');
process.exitCode = await main(process.argv.slice(2));
