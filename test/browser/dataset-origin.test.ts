import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureDist } from '../../scripts/deployment-config';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';
import { shippedJson } from '../fixtures/dataset';
import { hasChromium, openPage, useBrowser } from './harness';

/**
 * Issue 15, items 1 and 2, in Chromium: `?dataset=` on another origin (a second server the test starts on 127.0.0.1)
 * is refused unless the deployment's config.json lists it, and bannered (page and exports) when it does; hostile
 * values never leave the origin; the download's size limit, timeout and retry; UTF-16 and "not JSON" on two doors.
 */

/** SYNTHETIC test data: the shipped file with its first figure changed to 9999, so the page shows which file it has. */
function otherSiteDataset() {
  const data = shippedJson();
  data.indicators[0]!.value = 9999;
  return JSON.stringify(data);
}

const BROKEN_JSON = '{\n  "meta": {},\n  x\n}\n';

/** The second origin: serves files with CORS open to all (as the issue's attack did) and counts what it is asked. */
function startDataServer() {
  const requests: string[] = [];
  const state = { bigSent: 0, bigClosed: false, slowCalls: 0 };
  const held: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const headers = { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' };
    if (path === '/x.json') res.writeHead(200, headers).end(otherSiteDataset());
    else if (path === '/big.json') {
      // more than 40 MB, never announced: only counting while reading can stop it
      res.writeHead(200, headers);
      res.on('close', () => (state.bigClosed = true));
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      const pump = () => {
        while (!res.destroyed && state.bigSent < 200 * 1024 * 1024 && res.write(chunk)) state.bigSent += chunk.length;
        if (!res.destroyed && state.bigSent < 200 * 1024 * 1024) res.once('drain', pump);
        else res.end();
      };
      pump();
    } else if (path === '/slow.json') {
      // the first request is held (headers never sent); later ones are answered
      state.slowCalls += 1;
      if (state.slowCalls === 1) held.push(() => res.destroy());
      else res.writeHead(200, headers).end(otherSiteDataset());
    } else if (path === '/utf16.json') {
      res.writeHead(200, headers).end(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(otherSiteDataset(), 'utf16le')]));
    } else if (path === '/broken.json') res.writeHead(200, headers).end(BROKEN_JSON);
    else res.writeHead(404, headers).end();
  });
  return {
    requests,
    state,
    start: () =>
      new Promise<string>((ok) => server.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
    close: () =>
      new Promise<void>((ok) => {
        for (const release of held) release();
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** A page of the configured copy of the app, recording requests outside its own origin and the data server. */
async function openConfigured(
  browser: Browser,
  app: StaticServer,
  query: string,
  viewport = { width: 1366, height: 768 },
  beforeGoto?: (page: Page) => Promise<void>,
) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const elsewhere: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(app.origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) elsewhere.push(r.url());
  });
  await beforeGoto?.(page);
  await page.goto(`${app.appUrl}${query}`);
  return { page, context, elsewhere };
}

const firstScreen = async (page: Page, selector: string) => {
  const box = await page.locator(selector).boundingBox();
  const viewport = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0 && box.x + box.width <= viewport.width;
};

describe.skipIf(!hasChromium())('?dataset= from another origin, and the limits of every door', () => {
  const browser = useBrowser();
  const data = startDataServer();
  let dataOrigin = '';
  let configured: StaticServer;
  let copy = '';

  beforeAll(async () => {
    dataOrigin = await data.start();
    // a copy of the built app whose deployment lists the data server, its CSP rewritten by `npm run configure`
    const root = resolve(import.meta.dirname, '..', '..');
    const dist = process.env.XDD_DIST ? resolve(process.env.XDD_DIST) : join(root, 'dist');
    copy = mkdtempSync(join(tmpdir(), 'xdd-configured-'));
    cpSync(dist, copy, { recursive: true });
    writeFileSync(join(copy, 'config.json'), JSON.stringify({ datasetOrigins: [dataOrigin] }));
    expect(configureDist(copy)).toEqual([dataOrigin]);
    configured = await startStaticServer({ distDir: copy });
  });
  afterAll(async () => {
    await configured?.close();
    await data.close();
    rmSync(copy, { recursive: true, force: true });
  });

  it('refuses another origin when config.json does not list it: nothing is asked of that server', async () => {
    const before = data.requests.length;
    const { page, context, foreignRequests } = await openPage(browser(), `?dataset=${encodeURIComponent(`${dataOrigin}/x.json`)}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(`máy chủ khác (${dataOrigin})`);
    expect(await alert.locator('q').innerText()).toContain(`${dataOrigin}/x.json`);
    expect(await page.getByText('9.999').count()).toBe(0);
    expect(foreignRequests).toEqual([]);
    expect(data.requests.length).toBe(before);
    await context.close();
  });

  it.each([
    ['1366×768', { width: 1366, height: 768 }],
    ['390×844', { width: 390, height: 844 }],
  ])('loads it when listed, with a banner naming it inside the first screen (%s)', async (_name, viewport) => {
    const { page, context, elsewhere } = await openConfigured(
      browser(),
      configured,
      `?dataset=${encodeURIComponent(`${dataOrigin}/x.json`)}`,
      viewport,
    );
    await page.getByText('9.999').first().waitFor();
    const banner = page.getByRole('region', { name: 'Nguồn của số liệu' });
    expect(await banner.innerText()).toContain(`được tải từ máy chủ khác: ${dataOrigin.replace('http://', '')}/x.json`);
    expect(await firstScreen(page, '.origin-banner')).toBe(true);
    expect(elsewhere).toEqual([`${dataOrigin}/x.json`]);
    await context.close();
  });

  it('names the origin in the footer of an exported SVG, and shows no banner for the shipped file', async () => {
    const { page, context } = await openConfigured(browser(), configured, `?dataset=${encodeURIComponent(`${dataOrigin}/x.json`)}`);
    await page.getByText('9.999').first().waitFor();
    const section = page.locator('#panel-inspection');
    await section.getByRole('button', { name: 'Tải xuống', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('menuitem', { name: /SVG/ }).click()]);
    const svg = await import('node:fs').then((fs) => download.path().then((p) => fs.readFileSync(p, 'utf8')));
    expect(svg).toContain(`${dataOrigin.replace('http://', '')}/x.json`);
    expect(svg).toContain('Số liệu tải từ');
    await page.goto(configured.appUrl);
    await page.getByText('1.282').first().waitFor();
    expect(await page.locator('.origin-banner').count()).toBe(0);
    await context.close();
  });

  it.each([
    ['a tab inside javascript:', 'java\tscript:alert(1)', /http hoặc https/],
    ['a newline inside data:', 'da\nta:application/json,{}', /http hoặc https/],
    ['a tab inside file:', 'fi\tle:///etc/passwd', /http hoặc https/],
    ['/\\ host', '/\\evil.example/x.json', /máy chủ khác \(http:\/\/evil\.example\)/],
    ['\\\\ host', '\\\\evil.example\\x.json', /máy chủ khác \(http:\/\/evil\.example\)/],
    ['a 12 KB message', `javascript:/* Hệ thống đã bị khóa. Gọi 0900… ${'x'.repeat(12_000)} */`, /http hoặc https/],
  ])('refuses %s, quoting it short and set apart, on a page no wider than the screen', async (_name, value, says) => {
    const { page, context, foreignRequests, consoleErrors } = await openPage(browser(), `?dataset=${encodeURIComponent(value)}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(says);
    const quoted = await alert.locator('q.quoted').innerText();
    expect(Array.from(quoted).length).toBeLessThanOrEqual(84);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shortens a long path of this site wherever the page names it (alert, dataset box): no page wider than the screen', async () => {
    const path = `data/${'tep-rat-dai-'.repeat(700)}.json`;
    const { page, context } = await openPage(browser(), `?dataset=${encodeURIComponent(path)}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('404');
    expect((await page.locator('.page-main').innerText()).length).toBeLessThan(2000);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await context.close();
  });

  it('never requests anything outside its origin, whatever the parameter (fuzzed, a handful of values)', async () => {
    const pieces = fc.constantFrom(
      'http:',
      'https:',
      'javascript:',
      '//',
      '/',
      '\\',
      '\t',
      '\n',
      '%09',
      '@',
      dataOrigin,
      'evil.example',
      'x.json',
      '..',
    );
    const values = fc.sample(
      fc.oneof(
        fc.array(pieces, { minLength: 1, maxLength: 6 }).map((p) => p.join('')),
        fc.webUrl(),
        fc.string({ minLength: 1 }),
      ),
      { numRuns: 8, seed: 15 },
    );
    for (const value of values) {
      const { page, context, foreignRequests } = await openPage(browser(), `?dataset=${encodeURIComponent(value)}`);
      await page.locator('[role="alert"], .dashboard').first().waitFor();
      expect(foreignRequests, JSON.stringify(value)).toEqual([]);
      await context.close();
    }
  });

  it('stops a download over 40 MB and says how much it had received', async () => {
    const { page, context } = await openConfigured(browser(), configured, `?dataset=${encodeURIComponent(`${dataOrigin}/big.json`)}`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.innerText()).toMatch(/big\.json: tệp quá lớn: đã nhận 4\d(\.\d)? MB thì dừng tải; giới hạn là 40 MB\./);
    await expect.poll(() => data.state.bigClosed).toBe(true);
    expect(data.state.bigSent).toBeLessThan(200 * 1024 * 1024);
    expect(await alert.getByRole('button', { name: 'Thử lại' }).count()).toBe(0);
    await context.close();
  });

  it('gives up after 30 s without data, says so in Vietnamese, and "Thử lại" loads it', async () => {
    const { page, context } = await openConfigured(
      browser(),
      configured,
      `?dataset=${encodeURIComponent(`${dataOrigin}/slow.json`)}`,
      undefined,
      (p) => p.clock.install(),
    );
    await expect.poll(() => data.state.slowCalls).toBe(1);
    await page.getByRole('status').first().waitFor();
    await page.clock.fastForward(31_000);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('không nhận được dữ liệu trong 30 giây');
    await alert.getByRole('button', { name: 'Thử lại' }).click();
    await page.getByText('9.999').first().waitFor();
    expect(data.state.slowCalls).toBe(2);
    await context.close();
  });

  it('refuses UTF-16 by name and gives line and column for "not JSON", through ?dataset=', async () => {
    for (const [file, says] of [
      ['utf16.json', 'utf16.json: tệp được lưu bằng mã UTF-16; hãy lưu lại dạng UTF-8'],
      ['broken.json', 'broken.json: tệp không phải JSON hợp lệ — dòng 3, cột 3: gặp “x” ở chỗ không được có.'],
    ]) {
      const { page, context } = await openConfigured(browser(), configured, `?dataset=${encodeURIComponent(`${dataOrigin}/${file}`)}`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toContain(says);
      // a file that will not mend: a way back, no useless retry
      expect(await alert.getByRole('button', { name: 'Thử lại' }).count()).toBe(0);
      await context.close();
    }
  });

  it('says the same through the file picker', async () => {
    const { page, context } = await openPage(browser());
    await page.getByText('1.282').first().waitFor();
    const input = page.locator('[data-testid="dataset-picker"] input[type="file"]');
    const alert = page.locator('[data-testid="dataset-picker"] [role="alert"]');
    await input.setInputFiles({
      name: 'unicode.json',
      mimeType: 'application/json',
      buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(otherSiteDataset(), 'utf16le')]),
    });
    await expect.poll(() => alert.innerText()).toContain('unicode.json: tệp được lưu bằng mã UTF-16');
    // a CSV saved as "Unicode Text" by Excel is named the same way (not "not UTF-8 at byte 0")
    await input.setInputFiles({
      name: 'bang.csv',
      mimeType: 'text/csv',
      buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id;value\nx;1\n', 'utf16le')]),
    });
    await expect.poll(() => alert.innerText()).toContain('bang.csv: tệp được lưu bằng mã UTF-16');
    await input.setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from(BROKEN_JSON) });
    await expect
      .poll(() => alert.innerText())
      .toContain('hong.json: tệp không phải JSON hợp lệ — dòng 3, cột 3: gặp “x” ở chỗ không được có.');
    // a good file opened in the page is bannered too, once shown
    expect(await page.locator('.origin-banner').count()).toBe(0);
    await input.setInputFiles({ name: 'quan-1.json', mimeType: 'application/json', buffer: Buffer.from(otherSiteDataset()) });
    await page.locator('[data-testid="dataset-preview"]').getByRole('button', { name: 'Hiển thị' }).click();
    await page.getByText('9.999').first().waitFor();
    expect(await page.getByRole('region', { name: 'Nguồn của số liệu' }).innerText()).toContain('tệp “quan-1.json” mở trên máy này');
    // the first screen is the top of the page (the preview's button may sit lower in the sidebar)
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await firstScreen(page, '.origin-banner')).toBe(true);
    await context.close();
  });
});
