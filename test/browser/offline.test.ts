import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildVersion, filesUnder, isBuildFile } from '../../scripts/vite-plugin-service-worker';
import { appCacheName, dataCacheName } from '../../src/sw/messages';
import { makeDataset, makeIndicator } from '../fixtures/dataset';
import { appUrl, hasChromium, useBrowser } from './harness';
import { serveFile } from './overlay';

const DIST = process.env.XDD_DIST ? resolve(process.env.XDD_DIST) : resolve(import.meta.dirname, '..', '..', 'dist');

/** SYNTHETIC test data (not from any report): one figure easy to spot on screen, `value` telling its version apart. */
const syntheticFile = (value: number) =>
  makeDataset({
    meta: {
      ...makeDataset().meta,
      id: 'ngoai-tuyen',
      title: { vi: 'Dữ liệu thử ngoại tuyến (tổng hợp)', en: 'Offline test data (synthetic)' },
    },
    indicators: [makeIndicator({ id: 'inspected-org', value })],
  });

/** Today as the Vietnamese note writes it (dd/mm/yyyy, local time: the browser runs on this machine). */
function todayVi(): string {
  const now = new Date();
  return `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${now.getFullYear()}`;
}

/** True once the service worker controls the page and has saved a copy of the data file `url`. */
const savedCopyOf = (page: Page, url: string) =>
  page.evaluate(
    async ([dataUrl, cacheName]) => {
      if (!navigator.serviceWorker.controller) return false;
      return (await (await caches.open(cacheName)).match(dataUrl)) !== undefined;
    },
    [url, dataCacheName(appUrl())] as const,
  );
/** Offline, the page reloads with `figure` on screen and the note saying that it shows the saved copy. */
async function reloadOffline(context: BrowserContext, page: Page, figure: string) {
  await context.setOffline(true);
  await page.reload();
  await page.getByText(figure).first().waitFor();
  await page.locator('[data-offline-note]').waitFor();
}

/** The name of a build's cache in the app's folder: `xdd-app-<version> /bao-cao/xdd/`. */
const appCache = (version: string) => appCacheName(version, appUrl());

describe.skipIf(!hasChromium())('offline use once opened (issue 15, item 7)', () => {
  const browser = useBrowser();

  async function openWithWorker(query: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser().newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'allow' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(appUrl(query));
    return { context, page, errors };
  }

  /** The default view, opened online and left until the worker controls it and has saved the shipped file. */
  async function openUntilSaved() {
    const opened = await openWithWorker('');
    await opened.page.locator('#panel-overview').getByText('1.282').first().waitFor();
    await expect.poll(() => savedCopyOf(opened.page, appUrl('data/ha-noi-2020.json')), { timeout: 30_000 }).toBe(true);
    return opened;
  }

  it('opens offline with the shipped figures and says it shows the copy saved today; the cache is named by the build', async () => {
    const { context, page, errors } = await openUntilSaved();
    expect(await page.locator('[data-offline-note]').count()).toBe(0);

    // the build's version: a hash of the built files, in sw.js and in the name of the cache holding them
    const files = new Map(
      filesUnder(DIST)
        .filter(isBuildFile)
        .map((name) => [name, readFileSync(join(DIST, name))] as const),
    );
    const version = buildVersion(files);
    expect(await (await fetch(appUrl('sw.js'))).text()).toContain(`xdd build ${version}`);
    const names = await page.evaluate(() => caches.keys());
    expect(names).toContain(appCache(version));
    expect(appCache(version)).toBe(`xdd-app-${version} /bao-cao/xdd/`);
    const saved = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url), appCache(version));
    expect(saved).toContain(appUrl());
    expect(saved.filter((url) => /\/assets\/index-[\w-]+\.js$/.test(url))).toHaveLength(1);

    await context.setOffline(true);
    await page.reload();
    await page.locator('#panel-overview').getByText('1.282').first().waitFor();
    expect(await page.locator('h1').innerText()).toBe('Chỉ số công tác xây dựng Đảng');
    const note = page.locator('[data-offline-note]');
    await note.waitFor();
    const text = await note.innerText();
    expect(text).toContain('Đang ngoại tuyến: đang xem dữ liệu đã lưu lúc');
    expect(text).toContain(todayVi());
    const box = await note.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(768); // inside the first screen

    // another view, another language: the same saved page, its English dictionary from the build's cache
    await page.goto(appUrl('?lang=en&subject=member'));
    await expect
      .poll(() => page.locator('[data-offline-note]').innerText(), { timeout: 20_000 })
      .toContain('Offline: showing the data saved at');
    await page.locator('#panel-overview').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('online again, a changed data file is shown, not the saved copy', async () => {
    const path = 'data/offline-check.json';
    const remove = serveFile(path, syntheticFile(1111));
    try {
      const { context, page, errors } = await openWithWorker(`?dataset=${path}`);
      await page.getByText('1.111').first().waitFor();
      await expect.poll(() => savedCopyOf(page, appUrl(path)), { timeout: 30_000 }).toBe(true);

      await reloadOffline(context, page, '1.111');

      await context.setOffline(false);
      serveFile(path, syntheticFile(2222));
      await page.reload();
      await page.getByText('2.222').first().waitFor();
      expect(await page.getByText('1.111').count()).toBe(0);
      expect(await page.locator('[data-offline-note]').count()).toBe(0);
      // and that version is the one saved for the next time offline
      await reloadOffline(context, page, '2.222');
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      remove();
    }
  });

  it('a new build’s worker takes over at once: the open page says so, the build before stays for it, older builds go', async () => {
    const { context, page, errors } = await openUntilSaved();
    const original = await (await fetch(appUrl('sw.js'))).text();
    const version = /xdd build ([0-9a-f]{16})/.exec(original)?.[1] ?? '';
    expect(version).not.toBe('');
    const settled = () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.active?.state === 'activated' && !registration.installing && !registration.waiting;
      });
    const appCaches = () => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('xdd-app-')).sort());
    expect(await appCaches()).toEqual([appCache(version)]);

    // Two later "builds": the same files under other versions (a real new build changes files and version together).
    let removeWorker = () => {};
    try {
      for (const next of ['1111111111111111', '2222222222222222']) {
        removeWorker = serveFile('sw.js', original.replaceAll(version, next));
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          await registration?.update();
        });
        await expect.poll(() => page.evaluate((name) => caches.has(name), appCache(next)), { timeout: 30_000 }).toBe(true);
        await expect.poll(() => page.locator('[data-new-version-note]').count(), { timeout: 30_000 }).toBe(1);
        // settled: the new worker activated, nothing installing or waiting
        await expect.poll(settled, { timeout: 30_000 }).toBe(true);
      }
      // the latest build and the one before it; the first is gone
      await expect.poll(appCaches, { timeout: 30_000 }).toEqual([appCache('1111111111111111'), appCache('2222222222222222')]);
      expect(await page.locator('[data-new-version-note]').innerText()).toContain('Đã có phiên bản mới của ứng dụng');
      // the page of the new build opens, online and offline
      await page.getByRole('button', { name: 'Tải lại trang' }).click();
      await page.locator('#panel-overview').getByText('1.282').first().waitFor();
      expect(await page.locator('[data-new-version-note]').count()).toBe(0);
      await reloadOffline(context, page, '1.282');
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      removeWorker();
    }
  });

  it('a new index.html is served only with its code: with it missing, the saved page of the build that has it', async () => {
    const { context, page, errors } = await openUntilSaved();
    const html = await (await fetch(appUrl())).text();
    const entry = /src="\.\/assets\/(index-[\w-]+\.js)"/.exec(html)?.[1] ?? '';
    expect(entry).not.toBe('');
    const entryScript = () => page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src ?? '');
    const removals: (() => void)[] = [];
    try {
      // a deployment half done: the new index.html is there, its code is not
      removals.push(serveFile('index.html', html.replace(entry, 'index-NotThere0.js')));
      await page.reload();
      await page.locator('#panel-overview').getByText('1.282').first().waitFor();
      expect(await entryScript()).toContain(entry);
      expect(errors).toEqual([]);

      // the deployment done: the new page and its code (here a stand-in that marks the page), served together
      removals.push(serveFile('assets/index-NextBuild0.js', "document.documentElement.setAttribute('data-next-build', '');"));
      removals.push(serveFile('index.html', html.replace(entry, 'index-NextBuild0.js')));
      await page.reload();
      await page.locator('html[data-next-build]').waitFor({ state: 'attached' });
      expect(await entryScript()).toContain('index-NextBuild0.js');
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      for (const remove of removals) remove();
    }
  });
});
