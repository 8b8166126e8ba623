import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/data/check-file';
import { hasChromium, openPage, useBrowser } from './harness';

/**
 * Issue 12, end to end in Chromium: the page's Excel template is downloaded, filled in here as a person would in
 * Excel (a made-up half year of figures, SYNTHETIC, plus deliberate mistakes), opened in the page, the mistakes read
 * back by sheet, row and column, fixed, previewed, shown, and saved as JSON that the validator accepts. Then a
 * panel's Excel export is opened and read.
 */

const ROOT = resolve(import.meta.dirname, '..', '..');
/** Files of this run, kept for a person to open after it. */
const OUT = join(tmpdir(), 'xdd-excel');

const picker = (page: Page) => page.locator('[data-testid="dataset-picker"]');
const inspection = (page: Page) => page.locator('#panel-inspection');

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 45_000 }), click()]);
  const bytes = await readFile(await dl.path());
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, dl.suggestedFilename()), bytes);
  return { name: dl.suggestedFilename(), bytes };
}

async function openWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const textOf = (cell: ExcelJS.Cell): string => (cell.value === null || cell.value === undefined ? '' : String(cell.text).trim());

/** A sheet as a person sees it: find a column by its heading in row 1 and type into the cells below. */
function sheet(workbook: ExcelJS.Workbook, name: string) {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`the template has no sheet "${name}" (it has ${workbook.worksheets.map((w) => w.name).join(', ')})`);
  const column = (heading: string): number => {
    const headings: string[] = [];
    ws.getRow(1).eachCell((cell, col) => void (headings[col] = textOf(cell)));
    const at = headings.findIndex((h) => h === heading);
    if (at < 1) throw new Error(`sheet "${name}" has no column "${heading}" (it has ${headings.filter(Boolean).join(' | ')})`);
    return at;
  };
  return {
    ws,
    column,
    set(row: number, values: Record<string, ExcelJS.CellValue>) {
      for (const [heading, value] of Object.entries(values)) ws.getCell(row, column(heading)).value = value;
    },
  };
}

/** The report sheet holds one field a row, named by its code in the first column: type the value beside it. */
function setReportField(workbook: ExcelJS.Workbook, field: string, vi: ExcelJS.CellValue, en?: string) {
  const report = sheet(workbook, 'Báo cáo');
  const codeColumn = report.column('Mã trường');
  let row = 0;
  report.ws.eachRow((r, n) => {
    if (textOf(r.getCell(codeColumn)) === field) row = n;
  });
  if (row === 0) throw new Error(`the report sheet has no row for ${field}`);
  report.set(row, { 'Tiếng Việt (hoặc giá trị)': vi, ...(en ? { 'Tiếng Anh': en } : {}) });
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Column headings of the figures sheet, as the template writes them. */
const F = {
  id: 'Mã chỉ tiêu',
  measure: 'Loại chỉ tiêu',
  subject: 'Đối tượng',
  unit: 'Đơn vị tính',
  period: 'Thời kỳ',
  orgUnit: 'Đơn vị',
  value: 'Giá trị',
  of: 'Trên tổng số',
  section: 'Mục',
  paragraph: 'Đoạn',
} as const;

/** A made-up half year (SYNTHETIC: not from any report), as a person would type it into the template. */
function fillSyntheticHalfYear(workbook: ExcelJS.Workbook) {
  setReportField(workbook, 'meta.id', 'thu-nghiem-2024-h1');
  setReportField(
    workbook,
    'meta.title',
    'Số liệu thử nghiệm 6 tháng đầu năm 2024 (dữ liệu tổng hợp, không có thật)',
    'Test figures, first half of 2024 (synthetic, not real)',
  );
  setReportField(workbook, 'meta.organisation', 'Đảng bộ thử nghiệm (tổng hợp)', 'Test party organisation (synthetic)');
  setReportField(workbook, 'meta.report', 'Báo cáo thử nghiệm (dữ liệu tổng hợp)', 'Test report (synthetic)');
  setReportField(workbook, 'meta.conference', 'Không có', 'None');
  setReportField(workbook, 'meta.date', day('2024-07-15'));
  setReportField(workbook, 'meta.publisher', 'Bộ kiểm thử', 'Test suite');

  sheet(workbook, 'Mục').set(2, {
    'Mã mục': 'bieu-1',
    'Tên mục (tiếng Việt)': 'Biểu 1 (tổng hợp)',
    'Tên mục (tiếng Anh)': 'Table 1 (synthetic)',
  });
  sheet(workbook, 'Đơn vị').set(2, {
    'Mã đơn vị': 'tinh-thu',
    'Tên đơn vị (tiếng Việt)': 'Đảng bộ tỉnh thử',
    'Tên đơn vị (tiếng Anh)': 'Test province',
  });
  sheet(workbook, 'Thời kỳ').set(2, {
    'Mã thời kỳ': '2024-H1',
    'Tên thời kỳ (tiếng Việt)': '6 tháng đầu năm 2024',
    'Tên thời kỳ (tiếng Anh)': 'H1 2024',
    'Từ ngày': day('2024-01-01'),
    'Đến ngày': day('2024-06-30'),
  });

  const figures = sheet(workbook, 'Chỉ tiêu');
  const rows: Record<string, ExcelJS.CellValue>[] = [
    // the same id as the shipped file's figure, so the preview shows it as changed
    {
      [F.id]: 'inspected-organisations',
      [F.measure]: 'inspected',
      [F.subject]: 'organisation',
      [F.unit]: 'organisations',
      [F.value]: 1111,
    },
    { [F.measure]: 'inspected', [F.subject]: 'member', [F.unit]: 'members', [F.value]: 222 },
    { [F.measure]: 'supervised', [F.subject]: 'organisation', [F.unit]: 'organisations', [F.value]: 333 },
    { [F.measure]: 'supervised', [F.subject]: 'member', [F.unit]: 'members', [F.value]: 44 },
    { [F.measure]: 'violation-checked', [F.subject]: 'organisation', [F.unit]: 'organisations', [F.value]: 55 },
    { [F.measure]: 'violation-concluded', [F.subject]: 'organisation', [F.unit]: 'organisations', [F.value]: 12, [F.of]: 55 },
  ];
  rows.forEach((values, i) =>
    figures.set(i + 2, { [F.period]: '2024-H1', [F.orgUnit]: 'tinh-thu', [F.section]: 'bieu-1', [F.paragraph]: i + 1, ...values }),
  );
  return figures;
}

/**
 * Deliberate mistakes, one a cell, each with the row and the column heading the page must name (`reported`: where
 * the rule puts it when that is not the cell typed wrong: "12 of 10" is a value above its "of").
 */
const MISTAKES = [
  { row: 3, heading: F.value, wrong: -222, right: 222, reported: F.value, says: 'số đếm không được âm' },
  { row: 4, heading: F.unit, wrong: 'quả chuối', right: 'organisations', reported: F.unit, says: 'giá trị không hợp lệ' },
  { row: 5, heading: F.value, wrong: 'bốn mươi tư', right: 44, reported: F.value, says: 'không phải một số' },
  { row: 6, heading: F.period, wrong: '2024-H9', right: '2024-H1', reported: F.period, says: '2024-H9' },
  { row: 7, heading: F.of, wrong: 10, right: 55, reported: F.value, says: 'lớn hơn mẫu số 10' },
] as const;

async function chooseWorkbook(page: Page, workbook: ExcelJS.Workbook, name: string) {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  writeFileSync(join(OUT, name), buffer);
  await picker(page)
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
}

// axe, served from the app's origin (the page's CSP refuses inline scripts), run on the dataset box only
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
async function axeViolations(page: Page): Promise<string[]> {
  await page.route('**/bao-cao/xdd/__axe.js', (route) => route.fulfill({ contentType: 'text/javascript', body: AXE_SOURCE }));
  await page.addScriptTag({ url: '__axe.js' });
  return page.evaluate(async () => {
    type Result = { id: string; nodes: { target: unknown }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Element, opts: object) => Promise<{ violations: Result[] }> } }).axe;
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
    const box = document.querySelector('[data-testid="dataset-picker"]')!;
    const { violations } = await axe.run(box, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

const problemLines = async (alert: Locator) => (await alert.locator('li').allInnerTexts()).map((l) => l.trim());

describe.skipIf(!hasChromium())('Excel in the page: template, import with cell-by-cell problems, preview, publish', () => {
  const browser = useBrowser();

  it('a filled-in template with mistakes is explained cell by cell; fixed, it is previewed, shown and saved as valid JSON', async () => {
    mkdirSync(OUT, { recursive: true });
    const { page, context, consoleErrors } = await openPage(browser());
    await inspection(page).locator('svg.recharts-surface').waitFor();
    expect(await inspection(page).innerText()).toContain('1.282');

    // 1. the empty template, from the dataset box
    const template = await download(page, () => picker(page).getByRole('button', { name: 'Tải mẫu Excel' }).click());
    expect(template.name).toMatch(/\.xlsx$/);
    const workbook = await openWorkbook(template.bytes);
    for (const name of ['Hướng dẫn', 'Báo cáo', 'Mục', 'Đơn vị', 'Thời kỳ', 'Chỉ tiêu', 'Danh mục'])
      expect(workbook.getWorksheet(name), name).toBeDefined();

    // 2. filled in with a made-up half year, with mistakes in five cells
    const figures = fillSyntheticHalfYear(workbook);
    for (const m of MISTAKES) figures.set(m.row, { [m.heading]: m.wrong });
    await chooseWorkbook(page, workbook, 'so-lieu-6-thang.xlsx');

    // 3. every mistake listed at once, by sheet, row and column; the dataset on screen stays
    const alert = picker(page).locator('[role="alert"]');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.innerText()).toContain('so-lieu-6-thang.xlsx');
    const lines = await problemLines(alert);
    // one line a mistake, each "Trang Chỉ tiêu, dòng N, cột <heading>: <what is wrong>"
    expect(lines).toHaveLength(MISTAKES.length);
    for (const m of MISTAKES) {
      const line = lines.find((l) => l.startsWith(`Trang Chỉ tiêu, dòng ${m.row}, cột ${m.reported}: `));
      expect(line, `row ${m.row}, column ${m.reported} in:\n${lines.join('\n')}`).toContain(m.says);
    }
    expect(await inspection(page).innerText()).toContain('1.282');
    expect(await page.locator('[data-testid="dataset-preview"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // 4. fixed and opened again: the preview lists the changes against the dataset on screen
    for (const m of MISTAKES) figures.set(m.row, { [m.heading]: m.right });
    await chooseWorkbook(page, workbook, 'so-lieu-6-thang.xlsx');
    const preview = page.getByRole('region', { name: 'Xem trước: so-lieu-6-thang.xlsx' });
    await preview.waitFor({ timeout: 30_000 });
    expect(await alert.count()).toBe(0);
    // six figures in the file: one id shared with the shipped file (changed), five new; the other 43 removed
    expect(await preview.getByRole('status').innerText()).toBe('Mới: 5 · Thay đổi: 1 · Bị bỏ: 43 · Giữ nguyên: 0');
    const changed = await preview.getByRole('list', { name: 'Chỉ tiêu thay đổi (1)' }).innerText();
    expect(changed).toContain('Giá trị: 1.282 → 1.111');
    expect(changed).toContain('Thời kỳ: Năm 2020 → 6 tháng đầu năm 2024');
    expect(changed).toContain('→ Đảng bộ tỉnh thử');
    const added = await preview.getByRole('list', { name: 'Chỉ tiêu mới (5)' }).innerText();
    expect(added).toContain('12/55');
    expect(added).toContain('222 đảng viên');
    expect(await preview.getByRole('list', { name: 'Chỉ tiêu bị bỏ (43)' }).innerText()).toContain('Đảng viên được cấp ủy kiểm tra');
    expect(await inspection(page).innerText()).toContain('1.282');
    expect(await axeViolations(page)).toEqual([]);

    // 5. "Lưu JSON" downloads the checked dataset; the validator (npm run validate) accepts it
    const saved = await download(page, () => preview.getByRole('button', { name: 'Lưu JSON' }).click());
    expect(saved.name).toBe('thu-nghiem-2024-h1.json');
    const text = saved.bytes.toString('utf8');
    expect(checkFile(text, { lang: 'vi', name: saved.name })).toEqual({
      exitCode: 0,
      lines: ['OK: thu-nghiem-2024-h1 — 6 chỉ tiêu, 1 thời kỳ, 1 đơn vị'],
    });
    const path = join(OUT, saved.name);
    const cli = execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'validate.ts'), path], { encoding: 'utf8' });
    expect(cli).toContain('OK: thu-nghiem-2024-h1');

    // 6. "Hiển thị": the page shows the new figures
    await preview.getByRole('button', { name: 'Hiển thị' }).click();
    await expect.poll(() => picker(page).innerText()).toContain('so-lieu-6-thang.xlsx');
    await expect.poll(() => inspection(page).innerText(), { timeout: 15_000 }).toContain('1.111');
    const shown = await inspection(page).innerText();
    expect(shown).toContain('222');
    expect(shown).not.toContain('1.282');
    const header = await page.locator('header').innerText();
    expect(header).toContain('Đảng bộ thử nghiệm (tổng hợp)');
    expect(header).toContain('Ngày báo cáo: 15/07/2024');
    expect(await picker(page).innerText()).toContain('Số liệu thử nghiệm 6 tháng đầu năm 2024');
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 180_000);

  it('on a phone: the whole dataset as Excel opens back unchanged; its figures saved as CSV with ";" and one value edited show that one change', async () => {
    mkdirSync(OUT, { recursive: true });
    const { page, context, consoleErrors } = await openPage(browser(), '', { viewport: { width: 390, height: 844 } });
    await picker(page).waitFor();
    const whole = await download(page, () => picker(page).getByRole('button', { name: 'Tải toàn bộ dữ liệu (Excel)' }).click());
    expect(whole.name).toBe('ha-noi-2020.xlsx');
    const workbook = await openWorkbook(whole.bytes);

    // the filled template, opened as it is: nothing changes
    await chooseWorkbook(page, workbook, 'ha-noi-2020.xlsx');
    let preview = page.getByRole('region', { name: 'Xem trước: ha-noi-2020.xlsx' });
    await preview.waitFor({ timeout: 30_000 });
    expect(await preview.getByRole('status').innerText()).toBe('Mới: 0 · Thay đổi: 0 · Bị bỏ: 0 · Giữ nguyên: 44');
    expect(await preview.innerText()).toContain('Không có chỉ tiêu nào mới, thay đổi hay bị bỏ.');
    await preview.getByRole('button', { name: 'Hủy' }).click();
    expect(await preview.count()).toBe(0);

    // the figures sheet as Excel on Vietnamese Windows saves it ("CSV UTF-8": BOM, ";"), one value edited
    const figures = sheet(workbook, 'Chỉ tiêu');
    const idColumn = figures.column(F.id);
    const valueColumn = figures.column(F.value);
    const width = figures.ws.getRow(1).cellCount;
    const quote = (s: string) => (/[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const lines: string[] = [];
    figures.ws.eachRow((row) => {
      const cells = Array.from({ length: width }, (_, i) => textOf(row.getCell(i + 1)));
      if (cells[idColumn - 1] === 'inspected-members') cells[valueColumn - 1] = '365';
      lines.push(cells.map(quote).join(';'));
    });
    const csv = `\uFEFF${lines.join('\r\n')}\r\n`;
    await picker(page)
      .locator('input[type="file"]')
      .setInputFiles({ name: 'chi-tieu.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    preview = page.getByRole('region', { name: 'Xem trước: chi-tieu.csv' });
    await preview.waitFor({ timeout: 30_000 });
    expect(await preview.getByRole('status').innerText()).toBe('Mới: 0 · Thay đổi: 1 · Bị bỏ: 0 · Giữ nguyên: 43');
    expect(await preview.getByRole('list', { name: 'Chỉ tiêu thay đổi (1)' }).innerText()).toContain('Giá trị: 360 → 365');
    // the preview fits the phone: no sideways scroll, its buttons side by side within the screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    for (const name of ['Hiển thị', 'Lưu JSON', 'Hủy']) {
      const box = (await preview.getByRole('button', { name }).boundingBox())!;
      expect(box.x + box.width, name).toBeLessThanOrEqual(390);
    }
    expect(await axeViolations(page)).toEqual([]);
    await preview.getByRole('button', { name: 'Hiển thị' }).click();
    await inspection(page).scrollIntoViewIfNeeded();
    await expect.poll(() => inspection(page).innerText(), { timeout: 15_000 }).toContain('365');
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 180_000);

  it('a panel\'s "Excel (.xlsx)" export holds typed numbers under a header row, with the title rows above', async () => {
    const { page, context } = await openPage(browser());
    await inspection(page).locator('svg.recharts-surface').waitFor();
    await inspection(page).getByRole('button', { name: 'Tải xuống', exact: true }).click();
    const file = await download(page, () =>
      inspection(page)
        .getByRole('menuitem', { name: /Excel \(\.xlsx\)/ })
        .click(),
    );
    expect(file.name).toMatch(/^kiem-tra-giam-sat-[a-z0-9-]+\.xlsx$/);
    await expect.poll(() => inspection(page).locator('.export-menu [role="status"]').innerText()).toBe(`Đã tải xuống ${file.name}`);

    const workbook = await openWorkbook(file.bytes);
    const ws = workbook.worksheets[0]!;
    const rows: ExcelJS.CellValue[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n] = (row.values as ExcelJS.CellValue[]).slice(1);
    });
    const header = rows.findIndex((r) => r?.[0] === 'Chỉ tiêu' && r.includes('Giá trị'));
    expect(header, 'a header row starting "Chỉ tiêu", with "Giá trị"').toBeGreaterThan(1);
    // above the header: the title, then the filters, the source and the export date
    const above = rows
      .slice(1, header)
      .flatMap((r) => r ?? [])
      .map(String)
      .join('\n');
    expect(String(rows[1]?.[0])).toBe('Kiểm tra, giám sát');
    expect(above).toContain('Năm 2020');
    expect(above).toMatch(/Nguồn/);
    expect(above).toMatch(/Xuất ngày \d\d\/\d\d\/\d{4}/);
    // below it: numbers stored as numbers, not text
    const valueColumn = rows[header]!.indexOf('Giá trị');
    const body = rows.slice(header + 1).filter(Boolean);
    const inspected = body.find((r) => r[0] === 'Tổ chức đảng được cấp ủy kiểm tra');
    expect(inspected?.[valueColumn]).toBe(1282);
    expect(body.map((r) => typeof r[valueColumn])).toEqual(body.map(() => 'number'));
    await context.close();
  }, 120_000);
});
