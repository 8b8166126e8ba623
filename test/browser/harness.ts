import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/chromium';

export const hasChromium = () => inject('chromium') !== null;
export const appUrl = (query = '') => `${inject('appUrl')}${query}`;

/**
 * The one launch/close of Chromium for a test file. Call it first inside `describe.skipIf(!hasChromium())(…)`:
 * it launches the browser before the block's other beforeAll hooks and closes it after its other afterAll hooks
 * (vitest runs afterAll hooks in reverse order), and returns a getter for the browser, for tests and hooks.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    const executablePath = inject('chromium');
    if (!executablePath) throw new Error('Chromium is not installed: apt-get install -y chromium');
    browser = await launchChromium(executablePath);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('useBrowser(): the browser is launched in beforeAll; use it in tests and hooks');
    return browser;
  };
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  /** requests to anything but the app's own origin (data: and blob: URLs are local) */
  foreignRequests: string[];
}

/**
 * A fresh page that records console errors and every request leaving the app's origin. The app's service worker is
 * blocked unless `serviceWorkers: 'allow'`: Playwright's `page.route` never sees a request the worker answers, and
 * tests hold, slow down or fail requests with it (test/browser/offline.test.ts tests the worker).
 */
export async function openPage(
  browser: Browser,
  query = '',
  options: {
    viewport?: { width: number; height: number };
    javaScriptEnabled?: boolean;
    acceptDownloads?: boolean;
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 768 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    acceptDownloads: options.acceptDownloads ?? true,
    // XDD_TEST_SW=allow runs the other tests with the worker too (those that route requests then fail by design)
    serviceWorkers: options.serviceWorkers ?? (process.env.XDD_TEST_SW === 'allow' ? 'allow' : 'block'),
  });
  const page = await context.newPage();
  const origin = inject('origin');
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  await page.goto(appUrl(query));
  return { page, context, consoleErrors, foreignRequests };
}

/**
 * Scrolls through the page so every chart is drawn (charts may wait until they come into view), waits
 * until none is pending, and returns to the top.
 */
export async function drawAllCharts(page: Page) {
  const pending = page.locator('.chart-pending, .chart-placeholder');
  for (let i = 0; i < 40 && (await pending.count()) > 0; i++) {
    await pending
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'center' }))
      .catch(() => {});
    await page.waitForTimeout(150);
  }
  await page.waitForFunction(() => document.querySelectorAll('.chart-pending, .chart-placeholder').length === 0, null, { timeout: 20_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(200);
}
