import { countOf, translate, type Lang } from '../i18n/translate';
import type { Dataset } from './schema';
import { findJsonFault, type JsonFault } from './json-syntax';
import { validateDataset, type Problem } from './validate';

/**
 * The largest dataset file we accept (40 MB): room for every district over several periods (100k
 * figures take about 31 MB); beyond this an office PC's tab would struggle and a mistake is likely.
 */
export const MAX_DATASET_BYTES = 40 * 1024 * 1024;

/** What checking a dataset file's text found: usable, or why not. No I/O, no language: see `describeCheck`. */
export type FileCheck =
  | { ok: true; dataset: Dataset }
  | { ok: false; reason: 'too-large'; bytes: number; /** a download stopped at the limit: the file has more */ stopped?: boolean }
  | { ok: false; reason: 'utf-16' }
  | { ok: false; reason: 'not-utf8'; offset: number }
  | { ok: false; reason: 'not-json'; fault: JsonFault | null; detail: string }
  | { ok: false; reason: 'invalid'; problems: Problem[] };

/** Why a file cannot be used (every door shows these the same way: `describeCheck`). */
export type FileProblem = Exclude<FileCheck, { ok: true }>;

/** What a command line (or a dialog) shows: exit code 0 when the file is usable, 1 when not, and the lines to print. */
export interface CheckReport {
  exitCode: 0 | 1;
  lines: string[];
}

/** Number of bytes `text` takes in UTF-8, without allocating an encoded copy. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Offset of the first byte that does not belong to well-formed UTF-8 (the start of a broken sequence), or -1.
 * The same rules as the fatal TextDecoder: no overlong forms, no surrogates, nothing above U+10FFFF.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** A file's bytes as text (a UTF-8 byte-order mark dropped), or the offset of the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; offset: number } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // the decoder does not say where: find it (only on this rare path)
    return { ok: false, offset: Math.max(0, firstInvalidUtf8Offset(bytes)) };
  }
}

/**
 * True when the bytes are UTF-16 (Notepad's "Unicode", PowerShell's default): a UTF-16 byte-order mark, or a NUL
 * byte among the first two, which a JSON text in UTF-8 never has. Refused by name on every door, never decoded:
 * one encoding for files, from the picker to `publish-data`.
 */
export function isUtf16(bytes: Uint8Array): boolean {
  const [a, b] = [bytes[0], bytes[1]];
  return (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff) || (bytes.length >= 2 && (a === 0 || b === 0));
}

/** The same, for text already decoded as UTF-8 by a caller that read the file as text (U+FFFD for FF/FE, or NUL). */
const looksLikeUtf16Text = (text: string): boolean => text.startsWith('\uFFFD\uFFFD') || text.slice(0, 2).includes('\u0000');

/** True when a file of this many bytes is refused before reading it. */
export const isTooLarge = (bytes: number): boolean => bytes > MAX_DATASET_BYTES;

/**
 * Checks a dataset file's text: size, JSON syntax, then the schema. Never throws.
 * Pass `bytes` when the caller already knows the file size (fs.stat, File.size); otherwise it is computed.
 */
export function checkDatasetText(text: string, bytes: number = utf8ByteLength(text)): FileCheck {
  if (isTooLarge(bytes)) return { ok: false, reason: 'too-large', bytes };
  let json: unknown;
  try {
    // Editors on Windows often save UTF-8 with a byte-order mark, which JSON.parse rejects.
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    if (looksLikeUtf16Text(text)) return { ok: false, reason: 'utf-16' };
    // The place comes from our own scan (browsers word and place JSON.parse's errors differently); the engine's
    // message, on one line, is kept for the rare text the two disagree on.
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
    return { ok: false, reason: 'not-json', fault: findJsonFault(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text), detail };
  }
  const result = validateDataset(json);
  return result.ok ? result : { ok: false, reason: 'invalid', problems: result.problems };
}

/**
 * A file's bytes as text, or why not: too large, UTF-16 (named), or not UTF-8 (with the offset of the first bad
 * byte). The first steps of every door (the JSON check here and in the worker, the CSV import).
 */
export function decodeDatasetBytes(bytes: Uint8Array): { text: string } | FileProblem {
  if (isTooLarge(bytes.length)) return { ok: false, reason: 'too-large', bytes: bytes.length };
  if (isUtf16(bytes)) return { ok: false, reason: 'utf-16' };
  const decoded = decodeUtf8(bytes);
  return decoded.ok ? { text: decoded.text } : { ok: false, reason: 'not-utf8', offset: decoded.offset };
}

/**
 * Checks a dataset file's bytes: size, UTF-16 (refused by name), UTF-8 (refused with the offset of the first bad
 * byte), then as `checkDatasetText`. The one function every door ends in: picker, drop, `?dataset=`, the CLI.
 */
export function checkDatasetBytes(bytes: Uint8Array): FileCheck {
  const decoded = decodeDatasetBytes(bytes);
  return 'text' in decoded ? checkDatasetText(decoded.text, bytes.length) : decoded;
}

/** `indicators[3].value: số đếm không được âm` (the whole file is named when the path is empty). */
export function problemLine(problem: Problem, lang: Lang): string {
  const where = problem.path === '' ? translate(lang, 'validation.root') : problem.path;
  return `${where}: ${translate(lang, problem.key, problem.params)}`;
}

// Rounded up, so a file just over the limit never reads as "40 MB; the limit is 40 MB".
const megabytes = (bytes: number) => (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toString();

/** Shows a character from the file: visible ones as they are, the rest (space, controls) by their code. */
const shownChar = (c: string) =>
  /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c) ? c : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** `x.json: tệp không phải JSON hợp lệ — dòng 3, cột 15: gặp “x” ở chỗ không được có.` */
function notJsonLine(fault: JsonFault | null, detail: string, lang: Lang, name: string): string {
  if (fault === null) return translate(lang, 'check.notJson', { name, detail });
  if (fault.kind === 'end' && fault.offset === 0) return translate(lang, 'check.jsonEmpty', { name });
  const what =
    fault.kind === 'end'
      ? translate(lang, 'check.jsonEnd')
      : translate(lang, fault.kind === 'control' ? 'check.jsonControl' : 'check.jsonUnexpected', { char: shownChar(fault.found) });
  return translate(lang, 'check.notJsonAt', { name, line: fault.line, column: fault.column, what });
}

/** Turns a check into the lines a person reads, in their language, and an exit code. */
export function describeCheck(check: FileCheck, lang: Lang, name: string): CheckReport {
  if (check.ok) {
    const { dataset } = check;
    const summary = translate(lang, 'check.summary', {
      id: dataset.meta.id,
      indicators: countOf(lang, 'indicator', dataset.indicators.length),
      periods: countOf(lang, 'period', dataset.periods.length),
      units: countOf(lang, 'unit', dataset.orgUnits.length),
    });
    return { exitCode: 0, lines: [summary] };
  }
  switch (check.reason) {
    case 'too-large': {
      const sizes = { name, size: megabytes(check.bytes), max: megabytes(MAX_DATASET_BYTES) };
      return { exitCode: 1, lines: [translate(lang, check.stopped ? 'check.tooLargeStopped' : 'check.tooLarge', sizes)] };
    }
    case 'utf-16':
      return { exitCode: 1, lines: [translate(lang, 'check.utf16', { name })] };
    case 'not-utf8':
      return { exitCode: 1, lines: [translate(lang, 'check.notUtf8', { name, offset: check.offset })] };
    case 'not-json':
      return { exitCode: 1, lines: [notJsonLine(check.fault, check.detail, lang, name)] };
    case 'invalid':
      return {
        exitCode: 1,
        lines: [
          translate(lang, 'check.invalid', { name, problems: countOf(lang, 'problem', check.problems.length) }),
          ...check.problems.map((p) => problemLine(p, lang)),
        ],
      };
  }
}

/** File text + language -> exit code and lines: the whole of `npm run validate`, minus reading the file. */
export function checkFile(text: string, options: { lang: Lang; name: string; bytes?: number }): CheckReport {
  return describeCheck(checkDatasetText(text, options.bytes), options.lang, options.name);
}

/** File bytes + language -> exit code and lines: as `checkFile`, with the bytes decoded strictly as UTF-8. */
export function checkFileBytes(bytes: Uint8Array, options: { lang: Lang; name: string }): CheckReport {
  return describeCheck(checkDatasetBytes(bytes), options.lang, options.name);
}
