import { describe, expect, it } from 'vitest';
import { appUrl, hasChromium, useBrowser } from './harness';

describe.skipIf(!hasChromium())('a chart whose code failed to download', () => {
  const browser = useBrowser();

  it('says so in Vietnamese, and "Thử lại" downloads the code again and draws the chart', async () => {
    // the service worker would answer the chart code from its cache, out of page.route's sight
    const context = await browser().newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    let online = false;
    let refused = 0;
    let served = 0;
    // the office network is down when the chart code is asked for, and comes back later
    await page.route(/ChartBody-[^/?]*\.js(\?retry=\d+)?$/, async (route) => {
      if (online) {
        served += 1;
        await route.continue();
      } else {
        refused += 1;
        await route.abort('internetdisconnected');
      }
    });
    await page.goto(appUrl('?lang=vi'));
    const failed = page.locator('#panel-inspection').or(page.locator('[data-panel-error="inspection"]'));
    const error = page.locator('[data-panel-error="inspection"]');
    await error.waitFor({ timeout: 20_000 });
    const alert = await error.getByRole('alert').innerText();
    expect(alert).toContain('Không tải được mã vẽ biểu đồ');
    expect(alert).not.toMatch(/Failed to fetch|dynamically imported/i);
    online = true;
    await error.getByRole('button', { name: 'Thử lại' }).click();
    await expect.poll(() => failed.locator('svg.recharts-surface').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
    expect(served).toBeGreaterThan(0);
    await context.close();
  });
});
