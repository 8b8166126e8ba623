import { describe, expect, it } from 'vitest';
import { shippedJson } from '../fixtures/dataset';
import { appUrl, hasChromium, openPage, useBrowser } from './harness';
import { serveFile } from './overlay';

describe.skipIf(!hasChromium())('the built app in Chromium, served under /bao-cao/xdd/', () => {
  const browser = useBrowser();

  it('loads the shipped dataset at run time and shows the figures, with no console error and no foreign request', async () => {
    const { page, consoleErrors, foreignRequests, context } = await openPage(browser());
    const dataResponse = page.waitForResponse((r) => r.url().endsWith('/bao-cao/xdd/data/ha-noi-2020.json'));
    await page.reload();
    expect((await dataResponse).status()).toBe(200);
    const row = page.getByRole('row', { name: /Tổ chức đảng được cấp ủy kiểm tra/ });
    await expect.poll(() => row.textContent()).toContain('1.282');
    expect(await page.getByRole('row', { name: /Chi bộ trực thuộc đảng bộ cơ sở/ }).textContent()).toContain('17.118');
    expect(await page.locator('h1').textContent()).toBe('Chỉ số công tác xây dựng Đảng');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  const alertCases: [name: string, setup: () => () => void, query: string, expected: RegExp[]][] = [
    ['a missing file', () => () => {}, '?dataset=data/khong-co.json', [/404/, /khong-co\.json/]],
    ['a file that is not JSON', () => serveFile('data/broken.json', '{ "meta": '), '?dataset=data/broken.json', [/không phải JSON/]],
    [
      'a file with a negative count',
      () => {
        const data = shippedJson();
        data.indicators[3]!.value = -360;
        return serveFile('data/negative.json', data);
      },
      '?dataset=data/negative.json',
      [/indicators\[3\]\.value/, /không được âm/],
    ],
    ['a refused scheme', () => () => {}, '?dataset=javascript:alert(1)', [/javascript:alert\(1\)/]],
  ];

  it.each(alertCases)('shows an alert for %s, with the page frame intact', async (_name, setup, query, expected) => {
    const cleanup = setup();
    const { page, context } = await openPage(browser(), query);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    for (const pattern of expected) expect(text).toMatch(pattern);
    expect(await page.locator('header h1').isVisible()).toBe(true);
    expect(await page.locator('main').count()).toBe(1);
    await context.close();
    cleanup();
  });

  it('works from the sub-path: every asset is requested under /bao-cao/xdd/', async () => {
    const { page, context } = await openPage(browser());
    const urls: string[] = [];
    page.on('request', (r) => urls.push(new URL(r.url()).pathname));
    await page.goto(appUrl());
    await page.getByText('1.282').first().waitFor();
    expect(urls.length).toBeGreaterThan(2);
    for (const path of urls) expect(path.startsWith('/bao-cao/xdd/')).toBe(true);
    await context.close();
  });
});
