import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { importCsv, importWorkbook, templateWorkbook } from '../../src/workbook';
import { COLUMNS } from '../../src/workbook/layout';
import { shippedJson } from '../fixtures/dataset';
import { halfYearInspection } from '../fixtures/half-year';

// The template opened by a real spreadsheet program: Debian's LibreOffice (apt-get install -y libreoffice-calc-nogui),
// headless. Skipped, saying why, where it is not installed.
const OFFICE = (process.env.PATH ?? '')
  .split(delimiter)
  .map((dir) => join(dir, 'libreoffice'))
  .find((path) => existsSync(path));
if (!OFFICE)
  console.info('skipped "the template in LibreOffice": libreoffice is not installed (apt-get install -y libreoffice-calc-nogui)');

const dir = mkdtempSync(join(tmpdir(), 'workbook-office-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `libreoffice --headless --convert-to <filter> <file>` into a folder of its own; the files it wrote. */
function convert(file: string, filter: string, name: string): string[] {
  const out = join(dir, name);
  execFileSync(
    OFFICE as string,
    [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', filter, '--outdir', out, file],
    { timeout: 120_000, stdio: 'pipe' },
  );
  return readdirSync(out).map((f) => join(out, f));
}

describe.skipIf(!OFFICE)('the template in LibreOffice', { timeout: 180_000 }, () => {
  it('opens with its sheets, headings, notes and drop-downs (read back from LibreOffice’s own .ods)', async () => {
    const xlsx = join(dir, 'mau.xlsx');
    writeFileSync(xlsx, await templateWorkbook('vi', shippedJson()));
    const [ods] = convert(xlsx, 'ods', 'ods');
    const content = strFromU8(unzipSync(new Uint8Array(readFileSync(ods!)), { filter: (f) => f.name === 'content.xml' })['content.xml']!);
    const xml = content.replace(/&apos;/g, "'").replace(/&gt;/g, '>');
    expect([...xml.matchAll(/<table:table table:name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'Hướng dẫn',
      'Báo cáo',
      'Mục',
      'Nguồn khác',
      'Đơn vị',
      'Thời kỳ',
      'Chỉ tiêu',
      'Văn bản',
      'Danh mục',
    ]);
    const figures = xml.slice(xml.indexOf('<table:table table:name="Chỉ tiêu"'), xml.indexOf('<table:table table:name="Văn bản"'));
    const headingRow = figures.slice(figures.indexOf('<table:table-row'), figures.indexOf('</table:table-row>'));
    const headings = [...headingRow.matchAll(/<text:p>([^<]*)<\/text:p>/g)].map((m) => m[1]);
    for (const column of COLUMNS.figures) expect(headings).toContain(column.header.vi);
    // a note on every heading of every sheet, and the field notes of the report sheet
    const notes = (xml.match(/<office:annotation/g) ?? []).length;
    expect(notes).toBeGreaterThanOrEqual(Object.values(COLUMNS).reduce((n, cols) => n + cols.length, 0) + 4);
    const lists = [...xml.matchAll(/table:condition="of:cell-content-is-in-list\(\[\$([^\]]+)\]\)"/g)].map((m) => m[1]);
    expect(lists).toEqual(
      expect.arrayContaining([
        "'Danh mục'.$A$2:.$A$23", // the measure catalogue
        "'Danh mục'.$G$2:.$G$8", // categories
        "'Danh mục'.$J$2:.$J$3", // subjects
        "'Danh mục'.$M$2:.$M$5", // levels
        "'Danh mục'.$P$2:.$P$21", // units
        "'Danh mục'.$S$2:.$S$3", // qualifiers
        "'Danh mục'.$V$2:.$V$7", // period kinds
        "'Thời kỳ'.$A$2:.$A$1000",
        "'Đơn vị'.$A$2:.$A$1000",
      ]),
    );
    // report 1, sections 1, units 1, periods 1, figures 11, documents 3; and paragraphs and "of" as whole numbers
    expect(lists.length).toBe(18);
    expect(xml.match(/of:cell-content-is-whole-number\(\) and cell-content\(\)>=1/g)).toHaveLength(3);
  });

  it('saved again by LibreOffice as .xlsx, and its figures sheet as CSV with ;, both read back as the same dataset', async () => {
    for (const dataset of [shippedJson(), halfYearInspection()]) {
      const xlsx = join(dir, `${dataset.meta.id}.xlsx`);
      writeFileSync(xlsx, await templateWorkbook('vi', dataset));
      const [resaved] = convert(xlsx, 'xlsx', `resaved-${dataset.meta.id}`);
      const result = await importWorkbook(new Uint8Array(readFileSync(resaved!)), 'vi');
      expect(result.ok && result.dataset).toEqual(dataset);
      // separator ;, UTF-8, the figures sheet (the 7th) only
      const [csv] = convert(xlsx, 'csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,7', `csv-${dataset.meta.id}`);
      const figures = importCsv(readFileSync(csv!, 'utf8'), 'vi', dataset);
      expect(figures.ok && figures.dataset).toEqual(dataset);
    }
  });
});
