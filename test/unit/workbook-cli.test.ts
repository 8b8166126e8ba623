import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importWorkbook, templateWorkbook } from '../../src/workbook';
import { COLUMNS } from '../../src/workbook/layout';
import { SHIPPED_PATH, shippedJson } from '../fixtures/dataset';
import { halfYearInspection } from '../fixtures/half-year';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'workbook-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a real command line script, as `npm run <name>` does (tsx scripts/<name>.ts). */
function cli(script: string, ...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      'npx',
      ['tsx', `scripts/${script}.ts`, ...args],
      { cwd: ROOT, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}

const file = (name: string) => join(dir, name);
const shippedText = readFileSync(SHIPPED_PATH, 'utf8');

/** The half-year template with three mistakes, made as a person would in Excel. */
async function brokenWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await templateWorkbook('vi', halfYearInspection())) as never);
  const figures = wb.getWorksheet('Chỉ tiêu')!;
  const at = (key: string, row: number) => `${String.fromCharCode(65 + COLUMNS.figures.findIndex((c) => c.key === key))}${row}`;
  figures.getCell(at('value', 2)).value = -5;
  figures.getCell(at('orgUnit', 3)).value = 'huyen-khong-co';
  wb.getWorksheet('Thời kỳ')!.getCell('E2').value = 'cuối tháng 6';
  const path = file('broken.xlsx');
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

const BROKEN_LINES = [
  'Trang Thời kỳ, dòng 2, cột Đến ngày: "cuối tháng 6" không phải một ngày',
  'Trang Chỉ tiêu, dòng 2, cột Giá trị: số đếm không được âm',
  'Trang Chỉ tiêu, dòng 3, cột Đơn vị: không tìm thấy "huyen-khong-co" trong Đơn vị',
];

describe('npm run template (scripts/template.ts)', { timeout: 120_000 }, () => {
  it('writes the empty template, Vietnamese by default', async () => {
    const out = file('mau.xlsx');
    const run = await cli('template', out);
    expect(run).toMatchObject({ code: 0, stdout: `→ ${out}\n` });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as never);
    expect(wb.worksheets.map((ws) => ws.name)).toContain('Chỉ tiêu');
    expect(wb.getWorksheet('Chỉ tiêu')!.getCell('I1').value).toBe('Giá trị');
  });

  it('fills it with --from, in English with --lang en; it imports back as the same file', async () => {
    const out = file('shipped-en.xlsx');
    const run = await cli('template', '--from', 'data/ha-noi-2020.json', '--lang', 'en', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`OK: ha-noi-2020 — 44 indicators, 4 periods, 1 unit\n→ ${out}\n`);
    const result = await importWorkbook(new Uint8Array(readFileSync(out)), 'en');
    expect(result.ok && `${JSON.stringify(result.dataset, null, 2)}\n`).toBe(shippedText);
  });

  it('refuses an invalid --from file (exit 1) and wrong usage (exit 2)', async () => {
    const bad = shippedJson();
    bad.indicators[0]!.value = -1;
    writeFileSync(file('bad.json'), JSON.stringify(bad));
    const [refused, noArgs, notXlsx] = await Promise.all([
      cli('template', '--from', file('bad.json'), file('x.xlsx')),
      cli('template'),
      cli('template', file('x.json')),
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('indicators[0].value: số đếm không được âm');
    expect(existsSync(file('x.xlsx'))).toBe(false);
    expect(noArgs.code).toBe(2);
    expect(noArgs.stderr).toContain('usage: npm run template --');
    expect(notXlsx.code).toBe(2);
  });
});

describe('npm run import (scripts/import.ts)', { timeout: 120_000 }, () => {
  it('prints the dataset of a good workbook (exit 0), or writes it with -o', async () => {
    const xlsx = file('good.xlsx');
    writeFileSync(xlsx, await templateWorkbook('vi', shippedJson()));
    const printed = await cli('import', xlsx);
    expect(printed).toEqual({ code: 0, stdout: shippedText, stderr: '' });
    const out = file('good.json');
    const written = await cli('import', xlsx, '-o', out);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe(`OK: ha-noi-2020 — 44 chỉ tiêu, 4 thời kỳ, 1 đơn vị\n→ ${out}\n`);
    expect(readFileSync(out, 'utf8')).toBe(shippedText);
    const validate = await cli('validate', out);
    expect(validate.code).toBe(0);
  });

  it('lists every problem of a bad workbook by sheet, row and column (exit 1), in English with --lang en', async () => {
    const xlsx = await brokenWorkbook();
    const run = await cli('import', xlsx);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([`${xlsx}: dữ liệu không hợp lệ (3 lỗi):`, ...BROKEN_LINES]);
    const en = await cli('import', '--lang', 'en', xlsx);
    expect(en.stderr).toContain('Sheet Chỉ tiêu, row 2, column Giá trị: a count cannot be negative');
  });

  it('reads a CSV with ; (UTF-8 with a byte-order mark), alone or with --frame', async () => {
    const csv = file('chi-tieu.csv');
    writeFileSync(
      csv,
      '\uFEFFLoại chỉ tiêu;Đối tượng;Thời kỳ;Đơn vị;Giá trị;Mục;Đoạn\r\n' +
        'inspected;organisation;H1-2023;tinh;1.282;kiem-tra;1\r\n' +
        'dues-collected;;H1-2023;tinh;18742,5;ky-luat;5\r\n',
    );
    const alone = await cli('import', csv);
    expect(alone.code).toBe(0);
    const dataset = JSON.parse(alone.stdout) as ReturnType<typeof halfYearInspection>;
    expect(dataset.indicators.map((i) => [i.id, i.value, i.unit])).toEqual([
      ['inspected-organisation-tinh-H1-2023', 1282, 'organisations'],
      ['dues-collected-tinh-H1-2023', 18742.5, 'million-vnd'],
    ]);
    expect(dataset.periods[0]).toMatchObject({ id: 'H1-2023', start: '2023-01-01', end: '2023-06-30' });
    writeFileSync(file('frame.json'), JSON.stringify(halfYearInspection()));
    const framed = await cli('import', csv, '--frame', file('frame.json'));
    expect(framed.code).toBe(0);
    expect(JSON.parse(framed.stdout).meta).toEqual(halfYearInspection().meta);
  });

  it('explains a file that is not a workbook, a missing file and wrong usage', async () => {
    writeFileSync(file('not.xlsx'), 'hello');
    const [notWorkbook, missing, noArgs] = await Promise.all([
      cli('import', file('not.xlsx')),
      cli('import', file('nope.xlsx')),
      cli('import'),
    ]);
    expect(notWorkbook.code).toBe(1);
    expect(notWorkbook.stderr).toMatch(/không đọc được tệp Excel \(\.xlsx\)/);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('không đọc được tệp (ENOENT)');
    expect(noArgs.code).toBe(2);
  });
});

describe('npm run publish-data with a workbook (scripts/publish-data.ts)', { timeout: 180_000 }, () => {
  const dist = join(dir, 'dist');

  beforeAll(async () => {
    // a real build (its pre-render step included) in a folder of its own
    const build = await new Promise<Run>((done) =>
      execFile(
        'npx',
        ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'],
        { cwd: ROOT, timeout: 170_000 },
        (error, stdout, stderr) => done({ code: error ? 1 : 0, stdout, stderr }),
      ),
    );
    if (build.code !== 0) throw new Error(`vite build failed: ${build.stderr}`);
  }, 180_000);

  it('imports the .xlsx, publishes its dataset as JSON and pre-renders the page from it', async () => {
    const dataset = halfYearInspection();
    const xlsx = file('next-period.xlsx');
    writeFileSync(xlsx, await templateWorkbook('vi', dataset));
    const before = readFileSync(join(dist, 'index.html'), 'utf8');
    const run = await cli('publish-data', xlsx, '--dist', dist);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`OK: ${dataset.meta.id} — 29 chỉ tiêu, 1 thời kỳ, 1 đơn vị`);
    const published = readFileSync(join(dist, 'data', 'ha-noi-2020.json'), 'utf8');
    expect(JSON.parse(published)).toEqual(dataset);
    expect(published).toBe(`${JSON.stringify(JSON.parse(published), null, 2)}\n`);
    const after = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(after).not.toBe(before);
    expect(after).toContain('Thống kê kiểm tra, giám sát 6 tháng (dữ liệu thử)');
    expect(after).not.toContain('17.118');
  });

  it('refuses a bad .xlsx with its problems by cell and leaves the published files alone', async () => {
    const target = join(dir, 'dist-untouched');
    mkdirSync(join(target, 'data'), { recursive: true });
    writeFileSync(join(target, 'index.html'), '<!-- untouched -->');
    writeFileSync(join(target, 'data', 'ha-noi-2020.json'), shippedText);
    const run = await cli('publish-data', await brokenWorkbook(), target);
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split('\n').slice(1)).toEqual(BROKEN_LINES);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('<!-- untouched -->');
    expect(readFileSync(join(target, 'data', 'ha-noi-2020.json'), 'utf8')).toBe(shippedText);
  });

  it('still publishes a JSON file byte for byte', async () => {
    const json = file('again.json');
    writeFileSync(json, shippedText);
    const run = await cli('publish-data', json, dist);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dist, 'data', 'ha-noi-2020.json'), 'utf8')).toBe(shippedText);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('17.118');
  });
});
