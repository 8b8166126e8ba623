import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { cspMetaOf, headerCsp } from '../../scripts/deploy-headers';
import { appUrl, hasChromium, openPage, useBrowser } from './harness';

/** The built app as served to the browser tests: every response carries the deployment headers (issue 15, item 8). */
describe('deployment headers on the built app', () => {
  it('CSP (index.html’s meta + frame-ancestors), nosniff, Referrer-Policy, and Cache-Control by kind of file', async () => {
    const page = await fetch(appUrl());
    const html = await page.text();
    const meta = cspMetaOf(html);
    expect(meta).toMatch(/script-src 'self' 'sha256-/); // the built page pins its inline script
    const csp = headerCsp(meta ?? '');
    expect(csp).toContain("frame-ancestors 'self'");
    const asset = /src="\.\/(assets\/index-[\w-]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const expected: Record<string, string> = {
      '': 'no-cache',
      'sw.js': 'no-cache',
      'data/ha-noi-2020.json': 'no-cache',
      [asset ?? '']: 'public, max-age=31536000, immutable',
    };
    for (const [file, cacheControl] of Object.entries(expected)) {
      const response = file === '' ? page : await fetch(appUrl(file));
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-security-policy'), file).toBe(csp);
      expect(response.headers.get('x-content-type-options'), file).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), file).toBe('same-origin');
      expect(response.headers.get('cache-control'), file).toBe(cacheControl);
    }
  });

  describe.skipIf(!hasChromium())('in Chromium', () => {
    const browser = useBrowser();

    /** Whether a page of `parentUrl` shows the dashboard in an iframe, and the console errors it logged. */
    async function frameFrom(parentUrl: string) {
      const { page, context, consoleErrors } = await openPage(browser());
      await page.goto(parentUrl);
      await page.evaluate((src) => {
        document.body.innerHTML = `<iframe src="${src}" width="800" height="600"></iframe>`;
      }, appUrl());
      await expect.poll(() => page.frames().length).toBe(2);
      const frame = page.frames()[1];
      await frame?.waitForLoadState('load');
      const shown = (await frame?.evaluate(() => document.getElementById('root') !== null).catch(() => false)) ?? false;
      await context.close();
      return { shown, consoleErrors };
    }

    it('its own origin can frame the dashboard; another origin cannot (frame-ancestors)', async () => {
      const own = await frameFrom(appUrl('data/ha-noi-2020.json'));
      expect(own.shown).toBe(true);
      // another origin: a plain page (no CSP of its own) on another port
      const server = createServer((_req, res) =>
        res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>x</title>'),
      );
      await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
      try {
        const other = await frameFrom(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
        expect(other.shown).toBe(false);
        expect(other.consoleErrors.join('\n')).toContain("frame-ancestors 'self'");
      } finally {
        server.closeAllConnections();
        server.close();
      }
    });
  });
});
