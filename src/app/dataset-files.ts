import { decodeDatasetBytes, describeCheck, isTooLarge } from '../data/check-file';
import { checkDatasetBytesOffThread, type OffThreadOptions } from '../data/check-off-thread';
import type { Dataset } from '../data/schema';
import { downloadBlob } from '../export/download';
import { exportFileName } from '../export/file-name';
import { countOf, translate, type Lang } from '../i18n/translate';

/**
 * The dataset box's files: reading a dataset from JSON, Excel or CSV, and writing the template, the whole
 * dataset as a workbook, and the checked dataset as JSON. Loaded on first use (DatasetPicker imports it
 * lazily); the workbook code (exceljs) loads only when a workbook is read or written.
 */

/** A file read and checked: a usable dataset, or the lines that say why not (a heading, then one a problem). */
export type FileOutcome = { ok: true; dataset: Dataset } | { ok: false; lines: string[] };

type FileKind = 'json' | 'xlsx' | 'xls' | 'csv';

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((b, i) => head[i] === b);

/** A file's bytes; through FileReader where Blob.arrayBuffer is missing (jsdom, where the component tests run). */
async function bytesOf(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === 'function') return new Uint8Array(await blob.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(blob);
  });
}

/** What a file is, by its first bytes (Excel saves zips and old OLE files whatever they are named), else its name. */
async function kindOf(file: File): Promise<FileKind> {
  const head = await bytesOf(file.slice(0, 8));
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) return 'xls';
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || name.endsWith('.txt')) return 'csv';
  if (name.endsWith('.json')) return 'json';
  // no telling extension: JSON starts with "{" (after a byte-order mark and spaces), a CSV with a heading
  const text = new TextDecoder()
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  return text.startsWith('{') || text.startsWith('[') ? 'json' : 'csv';
}

const oneLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();

/**
 * Reads and checks a dataset file of any kind the page takes. A CSV holds only figures: the rest (report, units,
 * periods) comes from `frame`, the dataset on screen. A JSON file is checked in a worker (`options`: its progress, and a
 * signal that cancels it). Never throws, except an AbortError once cancelled: an unreadable file is a line to show.
 */
export async function readDatasetFile(file: File, lang: Lang, frame?: Dataset, options: OffThreadOptions = {}): Promise<FileOutcome> {
  const name = file.name;
  // Refuse before reading: a 500 MB file would freeze the tab before any message could show.
  if (isTooLarge(file.size))
    return { ok: false, lines: describeCheck({ ok: false, reason: 'too-large', bytes: file.size }, lang, name).lines };
  try {
    const kind = await kindOf(file);
    if (kind === 'xls') return { ok: false, lines: [translate(lang, 'data.oldExcel', { name })] };
    if (kind === 'json') {
      // strictly UTF-8: a broken byte is refused by its offset, never shown as "�"
      const check = await checkDatasetBytesOffThread(await bytesOf(file), options);
      return check.ok ? check : { ok: false, lines: describeCheck(check, lang, name).lines };
    }
    const workbook = await import('../workbook');
    let result;
    if (kind === 'xlsx') result = await workbook.importWorkbook(await bytesOf(file), lang);
    else {
      // a CSV is read as UTF-8 (Excel's "CSV UTF-8"), as strictly as the JSON
      const decoded = decodeDatasetBytes(await bytesOf(file));
      if (!('text' in decoded)) return { ok: false, lines: describeCheck(decoded, lang, name).lines };
      result = workbook.importCsv(decoded.text, lang, frame);
    }
    if (result.ok) return result;
    const lines = result.lines.length > 0 ? result.lines : result.problems.map((p) => p.message);
    return {
      ok: false,
      lines: [translate(lang, 'check.invalid', { name, problems: countOf(lang, 'problem', lines.length) }), ...lines],
    };
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { ok: false, lines: [translate(lang, 'check.cannotRead', { name, detail: oneLine(error) })] };
  }
}

/** The empty workbook template ("mau-so-lieu.xlsx"), or the template filled with `dataset` ("<id>.xlsx"); returns the file name. */
export async function downloadWorkbook(lang: Lang, dataset?: Dataset): Promise<string> {
  const { templateWorkbook, XLSX_TYPE } = await import('../workbook');
  const bytes = await templateWorkbook(lang, dataset);
  const fileName = exportFileName([dataset ? dataset.meta.id : lang === 'vi' ? 'mau-so-lieu' : 'dataset-template'], 'xlsx');
  downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }), fileName);
  return fileName;
}

/** The checked dataset as the JSON file `npm run publish-data` takes ("<id>.json", indented, ending in a newline); returns the file name. */
export function downloadDatasetJson(dataset: Dataset): string {
  const fileName = exportFileName([dataset.meta.id], 'json');
  downloadBlob(new Blob([`${JSON.stringify(dataset, null, 2)}\n`], { type: 'application/json' }), fileName);
  return fileName;
}
