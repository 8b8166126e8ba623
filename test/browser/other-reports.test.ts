import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { loadLanguage } from '../../src/i18n/translate';
import { formatFigure } from '../../src/model/format';
import { halfYearInspection, twoSources, twoYearsThreeUnits } from '../fixtures/other-reports';
import { drawAllCharts, hasChromium, openPage, useBrowser } from './harness';
import { serveFile } from './overlay';

await loadLanguage('en');

// SYNTHETIC reports of the same kind as the shipped one (test/fixtures/other-reports.ts), opened with ?dataset=.
const SHIPPED_FIGURES = ['1.282', '17.118', '2.310', 'Hà Nội'];
const HARD_CODED_YEARS = /\b(2020|2021)\b/;

/** Everything a person or a screen reader can get from the page: its text, the charts' names and descriptions, tooltips' titles. */
function everythingSaid(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[aria-label], [title], title')].map(
      (el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''} ${el.localName === 'title' ? el.textContent : ''}`,
    );
    const hidden = [...document.querySelectorAll('.panel__desc, .visually-hidden')].map((el) => el.textContent ?? '');
    return [document.title, document.body.innerText, ...attrs, ...hidden, document.querySelector('svg')?.textContent ?? ''].join('\n');
  });
}

async function open(browser: Parameters<typeof openPage>[0], name: string, dataset: Dataset, query = '') {
  serveFile(`data/${name}.json`, dataset);
  const watched = await openPage(browser, `?dataset=data/${name}.json${query}`);
  await watched.page.locator('.dashboard').waitFor();
  await drawAllCharts(watched.page);
  return watched;
}

async function exportSvg(page: Page, panelId: string): Promise<string> {
  const section = page.locator(`#panel-${panelId}`);
  await section.getByRole('button', { name: 'Tải xuống', exact: true }).click();
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    section.getByRole('menuitem', { name: /SVG/ }).click(),
  ]);
  const chunks: Buffer[] = [];
  for await (const chunk of await dl.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const footerOf = (svg: string) => [...svg.matchAll(/<text[^>]*data-role="footer"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');

describe.skipIf(!hasChromium())('reports of other periods, units and sources (synthetic)', () => {
  const browser = useBrowser();

  it.each([
    ['half-year inspection commission file', 'nua-nam', halfYearInspection()],
    ['two-year, three-unit file', 'hai-nam', twoYearsThreeUnits()],
    ['file with two sources', 'hai-nguon', twoSources()],
  ] as const)('%s: every figure in vi-VN format, no figure of the shipped file, no year the app made up', async (_name, file, dataset) => {
    const { page, context, consoleErrors } = await open(browser(), file, dataset);
    const table = page.locator('#figure-table');
    for (const ind of dataset.indicators) {
      await expect.poll(() => table.locator(`[data-indicator="${ind.id}"]`).innerText()).toContain(formatFigure('vi', ind));
    }
    const said = await everythingSaid(page);
    for (const shipped of SHIPPED_FIGURES) expect(said).not.toContain(shipped);
    expect(said.match(HARD_CODED_YEARS)?.[0] ?? null).toBeNull();
    // every chart drawn, none empty
    expect(await page.locator('.panel__empty').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('the half-year file: conclusions, discipline by form and committee members are drawn, and its exports name only its years', async () => {
    const { page, context } = await open(browser(), 'nua-nam-2', halfYearInspection());
    const discipline = page.locator('#panel-discipline');
    await expect.poll(() => discipline.innerText()).toMatch(/Khai trừ/);
    const text = await discipline.locator('.panel__desc').textContent();
    expect(text).toContain('171/219');
    expect(text).toContain('88');
    expect(await discipline.innerText()).toMatch(/23 cấp ủy viên/);
    const svg = await exportSvg(page, 'discipline');
    expect(svg).toContain('6 tháng đầu năm 2032');
    expect(svg.match(HARD_CODED_YEARS)).toBeNull();
    await context.close();
  });

  it('the two-year file: a year is compared with the year before, with the change in numbers and percent; units form a tree', async () => {
    const { page, context } = await open(browser(), 'hai-nam-2', twoYearsThreeUnits());
    const inspection = page.locator('#panel-inspection');
    // Đảng bộ tỉnh: 1.500 organisations in the first year, 1.517 in the second
    await expect.poll(() => inspection.locator('.value-label').allTextContents()).toContain('1.517 (+17; +1,1%)');
    expect(await inspection.locator('.panel__desc').textContent()).toContain('1.517 tổ chức (+17; +1,1% so với Năm 2034)');
    // only the activity the file has is offered
    const activities = page.getByRole('group', { name: 'Hoạt động kiểm tra, giám sát' }).getByRole('checkbox');
    expect(await activities.count()).toBe(1);
    expect(await activities.first().isDisabled()).toBe(true);
    const units = await page.getByRole('combobox', { name: 'Đơn vị' }).locator('option').allTextContents();
    expect(units.map((u) => u.replace(/\u00a0/g, '·'))).toEqual([
      'Tất cả đơn vị',
      'Đảng bộ tỉnh Thử Nghiệm',
      '···Đảng bộ huyện Cũ (đến 30/6/2035)',
      '···Đảng bộ xã Mới',
    ]);
    await context.close();
  });

  it('the two-source file: each export footer names exactly the sources of the figures it shows', async () => {
    const { page, context } = await open(browser(), 'hai-nguon-2', twoSources());
    const both = footerOf(await exportSvg(page, 'discipline'));
    expect(both).toContain('Báo cáo công tác kiểm tra, giám sát 6 tháng đầu năm (tổng hợp)');
    expect(both).toContain('Biểu thống kê số 3 của Ủy ban Kiểm tra Tỉnh ủy (tổng hợp)');
    await page.getByRole('radio', { name: 'Tổ chức đảng' }).check();
    await expect.poll(() => page.url()).toContain('subject=organisation');
    const organisations = footerOf(await exportSvg(page, 'discipline'));
    expect(organisations).toContain('Báo cáo công tác kiểm tra, giám sát 6 tháng đầu năm (tổng hợp)');
    expect(organisations).not.toContain('Ủy ban Kiểm tra Tỉnh ủy');
    await page.getByRole('radio', { name: 'Đảng viên' }).check();
    await expect.poll(() => page.url()).toContain('subject=member');
    const members = footerOf(await exportSvg(page, 'discipline'));
    expect(members).toContain('Biểu thống kê số 3 của Ủy ban Kiểm tra Tỉnh ủy (tổng hợp)');
    expect(members).not.toContain('Báo cáo công tác kiểm tra, giám sát');
    // the panel names its sources on the page too
    expect(await page.locator('#panel-discipline .panel__sources').innerText()).toContain('https://example.org/ubkt/bieu-3.xlsx');
    await context.close();
  });
});
