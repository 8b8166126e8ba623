import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium-args';

export { CHROMIUM_ARGS };

export const hasChromium = () => inject('chromium') !== null;
export const appUrl = (query = '') => `${inject('appUrl')}${query}`;

export async function launchBrowser(): Promise<Browser> {
  const executablePath = inject('chromium');
  if (!executablePath) throw new Error('Chromium is not installed: apt-get install -y chromium');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  /** requests to anything but the app's own origin (data: and blob: URLs are local) */
  foreignRequests: string[];
}

/** A fresh page that records console errors and every request leaving the app's origin. */
export async function openPage(
  browser: Browser,
  query = '',
  options: { viewport?: { width: number; height: number }; javaScriptEnabled?: boolean; acceptDownloads?: boolean } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 768 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    acceptDownloads: options.acceptDownloads ?? true,
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
