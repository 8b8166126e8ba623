/**
 * Reading a dataset from a file for the command line: an .xlsx workbook or a .csv figures sheet (src/workbook), or a
 * JSON dataset (a CSV's --frame). Each returns the dataset or the lines to print, in the reader's language.
 */
import { readFileSync, statSync } from 'node:fs';
import { checkDatasetBytes, decodeUtf8, describeCheck, isTooLarge } from '../src/data/check-file';
import type { Dataset } from '../src/data/schema';
import { countOf, translate, type Lang } from '../src/i18n/translate';
import { importCsv, importWorkbook, type ImportResult } from '../src/workbook';

export type FileRead = { ok: true; dataset: Dataset } | { ok: false; lines: string[] };

/** True for the files the workbook import reads (anything else is taken as JSON). */
export const isWorkbookFile = (file: string): boolean => /\.(xlsx|csv)$/i.test(file);

/** Reads an .xlsx or .csv file into a dataset; the lines to print when it is refused (or cannot be read). */
export async function importFile(file: string, lang: Lang, frame?: Dataset): Promise<FileRead> {
  let bytes: Buffer;
  try {
    const { size } = statSync(file);
    if (isTooLarge(size)) return { ok: false, lines: describeCheck({ ok: false, reason: 'too-large', bytes: size }, lang, file).lines };
    bytes = readFileSync(file);
  } catch (error) {
    const detail = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return { ok: false, lines: [translate(lang, 'check.cannotRead', { name: file, detail })] };
  }
  let result: ImportResult;
  if (/\.csv$/i.test(file)) {
    const text = decodeUtf8(new Uint8Array(bytes));
    if (!text.ok) return { ok: false, lines: describeCheck({ ok: false, reason: 'not-utf8', offset: text.offset }, lang, file).lines };
    result = importCsv(text.text, lang, frame);
  } else result = await importWorkbook(new Uint8Array(bytes), lang);
  if (result.ok) return result;
  const heading = translate(lang, 'check.invalid', { name: file, problems: countOf(lang, 'problem', result.lines.length) });
  return { ok: false, lines: [heading, ...result.lines] };
}

/** A dataset file given as --frame: read and validated like `npm run validate`. */
export function readFrame(file: string, lang: Lang): FileRead {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const detail = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return { ok: false, lines: [translate(lang, 'check.cannotRead', { name: file, detail })] };
  }
  const check = checkDatasetBytes(bytes);
  return check.ok ? check : { ok: false, lines: describeCheck(check, lang, file).lines };
}
