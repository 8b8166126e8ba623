import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeDataset, makeIndicator, shippedJson } from '../fixtures/dataset';
import { twoSliceDataset } from '../fixtures/two-slices';
import { hasChromium, openPage, useBrowser } from './harness';
import { serveFile } from './overlay';

const inspectionText = (page: Page) => page.locator('#panel-inspection').innerText();

async function chooseFile(page: Page, name: string, body: string) {
  await page
    .locator('[data-testid="dataset-picker"] input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
}

/** A valid file is previewed first (issue 12); "Hiển thị" replaces the dataset on screen with it. */
async function showPreviewed(page: Page) {
  await page.locator('[data-testid="dataset-preview"]').getByRole('button', { name: 'Hiển thị' }).click();
}

describe.skipIf(!hasChromium())('bring your own dataset', () => {
  const browser = useBrowser();

  it('loads a two-period, two-unit file through the file picker, and the charts show its numbers', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.locator('#panel-inspection svg.recharts-surface').waitFor();
    await chooseFile(page, 'hai-ky.json', JSON.stringify(twoSliceDataset()));
    await showPreviewed(page);
    await expect.poll(() => page.locator('[data-testid="dataset-picker"]').innerText()).toContain('hai-ky.json');
    const text = await inspectionText(page);
    // grouped by period and unit: 4.000 (2020, city) and 5.100 (2021 H1, district)
    expect(text).toContain('4.000');
    expect(text).toContain('5.100');
    expect(text).toContain('6 tháng đầu 2021');
    expect(text).toContain('Quận thử');
    expect(text).not.toContain('1.282');
    // the period and unit filters appear and work across panels
    await page.getByRole('search').getByLabel('Đơn vị').selectOption('district');
    await expect.poll(() => inspectionText(page)).not.toContain('4.000');
    expect(await inspectionText(page)).toContain('4.100');
    expect(consoleErrors.join('\n')).toBe('');
    await context.close();
  });

  it('loads the same file through ?dataset=', async () => {
    const cleanup = serveFile('data/hai-ky.json', twoSliceDataset());
    try {
      const { page, context } = await openPage(browser(), '?dataset=data/hai-ky.json&unit=city&period=2021-h1');
      await page.locator('#panel-inspection svg.recharts-surface').waitFor();
      const text = await inspectionText(page);
      expect(text).toContain('5.000');
      expect(text).not.toContain('4.000');
      expect(await page.locator('[data-testid="dataset-picker"]').innerText()).toContain('data/hai-ky.json');
      await context.close();
    } finally {
      cleanup();
    }
  });

  it('keeps the previous dataset on screen when a broken file is opened, and lists its errors', async () => {
    const { page, context } = await openPage(browser());
    await page.locator('#panel-inspection svg.recharts-surface').waitFor();
    const broken = shippedJson();
    broken.indicators[3]!.value = -1;
    broken.indicators[1]!.id = broken.indicators[0]!.id;
    await chooseFile(page, 'hong.json', JSON.stringify(broken));
    const alert = page.locator('[data-testid="dataset-picker"] [role="alert"]');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('indicators[3].value');
    expect(text).toContain('indicators[1].id');
    expect(text).toContain('hong.json');
    expect(await inspectionText(page)).toContain('1.282');
    await chooseFile(page, 'khong-phai-json.json', '{ nope');
    await expect.poll(() => alert.innerText()).toContain('không phải JSON');
    expect(await inspectionText(page)).toContain('1.282');
    await context.close();
  });

  it('accepts a dropped file', async () => {
    const { page, context } = await openPage(browser());
    await page.locator('#panel-inspection svg.recharts-surface').waitFor();
    const body = JSON.stringify(twoSliceDataset());
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'tha.json', { type: 'application/json' }));
      return dt;
    }, body);
    await page.locator('[data-testid="dataset-picker"]').dispatchEvent('drop', { dataTransfer });
    await showPreviewed(page);
    await expect.poll(() => inspectionText(page)).toContain('5.100');
    await context.close();
  });

  it('renders markup in dataset strings as plain text and runs nothing', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const data = makeDataset({
      meta: {
        ...makeDataset().meta,
        title: { vi: `Tiêu đề ${payload}`, en: `Title ${payload}` },
        organisation: { vi: `Đơn vị ${payload}`, en: 'Org' },
      },
      indicators: [makeIndicator({ id: 'x', label: { vi: `Chỉ tiêu ${payload}`, en: `Indicator ${payload}` }, value: 7777 })],
    });
    const cleanup = serveFile('data/xss.json', data);
    try {
      const { page, context } = await openPage(browser(), '?dataset=data/xss.json');
      await page.locator('#panel-inspection svg.recharts-surface').waitFor();
      expect(await page.locator('body').innerText()).toContain('<img src=x onerror="window.__pwned=1">');
      expect(await page.locator('main img, header img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await context.close();
    } finally {
      cleanup();
    }
  });
});
