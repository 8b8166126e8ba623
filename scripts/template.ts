/**
 * `npm run template -- [--from data/<file>.json] [--lang en] <out.xlsx>`: writes the Excel template for a period's
 * figures (src/workbook), headings in Vietnamese (English with --lang en); with --from, filled with that dataset
 * (a worked example, or the current file to edit). Exit 0 when written, 1 when the --from file is refused, 2 on wrong usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { checkDatasetText, describeCheck } from '../src/data/check-file';
import type { Dataset } from '../src/data/schema';
import { isLang, loadLanguage, translate } from '../src/i18n/translate';
import { templateWorkbook } from '../src/workbook';
import { readArgs } from './cli-args';

const USAGE = 'usage: npm run template -- [--from <dataset.json>] [--lang vi|en] <out.xlsx>';

async function main(argv: string[]): Promise<number> {
  const parsed = readArgs(argv, { from: { type: 'string' }, lang: { type: 'string', default: 'vi' } }, USAGE);
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  const lang = values.lang;
  const out = positionals[0];
  if (positionals.length !== 1 || out === undefined || !isLang(lang) || !/\.xlsx$/i.test(out)) {
    console.error(USAGE);
    return 2;
  }
  let dataset: Dataset | undefined;
  if (values.from !== undefined) {
    let text: string;
    try {
      text = readFileSync(values.from, 'utf8');
    } catch (error) {
      const detail = error instanceof Error && 'code' in error ? String(error.code) : String(error);
      console.error(translate(lang, 'check.cannotRead', { name: values.from, detail }));
      return 1;
    }
    const check = checkDatasetText(text);
    if (!check.ok) {
      for (const line of describeCheck(check, lang, values.from).lines) console.error(line);
      return 1;
    }
    dataset = check.dataset;
  }
  writeFileSync(out, await templateWorkbook(lang, dataset));
  if (dataset) console.log(describeCheck({ ok: true, dataset }, lang, values.from ?? '').lines.join('\n'));
  console.log(`→ ${out}`);
  return 0;
}

await loadLanguage('en');
process.exitCode = await main(process.argv.slice(2));
