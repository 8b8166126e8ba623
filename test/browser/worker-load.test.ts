import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic';
import { checkDatasetBytes } from '../../src/data/check-file';
import { SHIPPED_PATH } from '../fixtures/dataset';
import { appUrl, hasChromium, useBrowser } from './harness';

/** A SYNTHETIC file of 30,000 figures (about 9 MB: big enough for the progress bar, quick enough for a test). */
const bigJson = () => JSON.stringify(syntheticDataset({ observations: 30_000, seed: 14, units: 12, periods: 4 }));

/** Records whether the picker's progress bar appeared, and with a determinate value; runs before the app's code. */
const WATCH_PROGRESS = `(() => {
  window.__progress = { shown: false, determinate: false };
  new MutationObserver(() => {
    const bar = document.querySelector('progress.dataset-picker__progress');
    if (!bar) return;
    window.__progress.shown = true;
    if (bar.hasAttribute('value')) window.__progress.determinate = true;
  }).observe(document, { subtree: true, childList: true, attributes: true });
})()`;

interface Opened {
  page: Page;
  context: BrowserContext;
  workers: string[];
  errors: string[];
}

/** The app on the shipped file, with or without Web Workers (without: the check runs on the main thread). */
async function openApp(browser: () => import('playwright-core').Browser, withWorker: boolean): Promise<Opened> {
  const context = await browser().newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const workers: string[] = [];
  const errors: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  if (!withWorker) await page.addInitScript('delete window.Worker');
  await page.addInitScript(WATCH_PROGRESS);
  await page.goto(appUrl());
  await page.locator('#panel-inspection').waitFor();
  return { page, context, workers, errors };
}

const input = (page: Page) => page.locator('[data-testid="dataset-picker"] input[type="file"]');
const choose = (page: Page, name: string, body: string) =>
  input(page).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
const preview = (page: Page) => page.locator('[data-testid="dataset-preview"]');

/** Every panel's heading, filters in words and text alternative: what the panels' series say about the dataset shown. */
const panelsText = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('section[id^="panel-"]')].map((s) =>
      [s.id, ...[...s.querySelectorAll('h2, .panel__subtitle, .panel__desc, .tile')].map((e) => e.textContent ?? '')].join('\n'),
    ),
  );

/** Opens `body` by the picker, saves the previewed dataset ("Lưu JSON") and shows it: the saved text and the panels. */
async function loadByPicker(app: Opened, name: string, body: string) {
  await choose(app.page, name, body);
  await preview(app.page).waitFor();
  const download = app.page.waitForEvent('download');
  await preview(app.page).getByRole('button', { name: 'Lưu JSON' }).click();
  const saved = readFileSync((await (await download).path()) as string, 'utf8');
  await preview(app.page).getByRole('button', { name: 'Hiển thị' }).click();
  await expect.poll(() => app.page.locator('.dataset-picker__active').innerText()).toContain(JSON.parse(body).meta.title.vi);
  return { saved, panels: await panelsText(app.page) };
}

describe.skipIf(!hasChromium())('opened files are checked in a Web Worker', () => {
  const browser = useBrowser();

  it.each([
    ['the shipped file', 'ha-noi-2020.json', () => readFileSync(SHIPPED_PATH, 'utf8')],
    ['a SYNTHETIC 30,000-figure file', 'tong-hop.json', bigJson],
  ])('%s: the worker and the main thread give the same dataset and the same panels', async (_, name, body) => {
    const text = body();
    const expected = checkDatasetBytes(new Uint8Array(Buffer.from(text)));
    if (!expected.ok) throw new Error('the test file should be valid');

    const inWorker = await openApp(browser, true);
    const byWorker = await loadByPicker(inWorker, name, text);
    expect(inWorker.workers.some((url) => url.includes('check-file.worker'))).toBe(true);
    expect(inWorker.errors.join('\n')).toBe('');
    await inWorker.context.close();

    const onMain = await openApp(browser, false);
    const byMain = await loadByPicker(onMain, name, text);
    expect(onMain.workers).toEqual([]);
    await onMain.context.close();

    // the dataset: deep equal to Node's check, and the same text (keys in the file's order) both ways
    expect(JSON.parse(byWorker.saved)).toEqual(expected.dataset);
    expect(byWorker.saved).toBe(byMain.saved);
    // the panels' series, as the page shows them
    expect(byWorker.panels.length).toBeGreaterThan(3);
    expect(byWorker.panels).toEqual(byMain.panels);
  });

  it('shows progress while a big file is checked', async () => {
    const app = await openApp(browser, true);
    await choose(app.page, 'tong-hop.json', bigJson());
    await preview(app.page).waitFor();
    expect(await app.page.evaluate('window.__progress')).toEqual({ shown: true, determinate: true });
    // gone once the file is checked
    expect(await app.page.locator('progress.dataset-picker__progress').count()).toBe(0);
    await app.context.close();
  });

  it('a bad big file fails in the worker and the dataset on screen stays', async () => {
    const app = await openApp(browser, true);
    const before = await panelsText(app.page);
    const bad = syntheticDataset({ observations: 30_000, seed: 14, units: 12, periods: 4 });
    bad.indicators[7]!.value = -5;
    await choose(app.page, 'hong.json', JSON.stringify(bad));
    const alert = app.page.locator('[data-testid="dataset-picker"] [role="alert"]');
    await expect.poll(() => alert.innerText()).toContain('indicators[7].value');
    expect(await preview(app.page).count()).toBe(0);
    expect(await app.page.locator('.dataset-picker__active').innerText()).toContain('Hà Nội');
    expect(await panelsText(app.page)).toEqual(before);
    await app.context.close();
  });

  it('a second file cancels the check of the first: its worker ends, the first never shows, the view stays', async () => {
    const app = await openApp(browser, true);
    const before = await panelsText(app.page);
    const closed: string[] = [];
    app.page.on('worker', (worker) => worker.on('close', () => closed.push(worker.url())));
    const firstWorker = app.page.waitForEvent('worker');
    await choose(app.page, 'tong-hop.json', bigJson());
    await firstWorker;
    // the second file, not JSON: refused, and the first (valid) one must not be previewed after it
    await choose(app.page, 'hong.json', '{ "meta": ');
    const alert = app.page.locator('[data-testid="dataset-picker"] [role="alert"]');
    await expect.poll(() => alert.innerText()).toContain('hong.json');
    await expect.poll(() => closed.length).toBeGreaterThanOrEqual(1);
    // long enough for the first check to have finished had it not been cancelled
    await app.page.waitForTimeout(3000);
    expect(await preview(app.page).count()).toBe(0);
    expect(await alert.innerText()).not.toContain('tong-hop.json');
    expect(await app.page.locator('.dataset-picker__active').innerText()).toContain('Hà Nội');
    expect(await panelsText(app.page)).toEqual(before);
    await app.context.close();
  });

  it('a big file is shown without reading the layout per figure: layout reads do not grow with the file', async () => {
    // Each read of a box (getBoundingClientRect, offset/client sizes) after a change forces a layout of the page: a
    // 39 MB file froze the page for seconds when charts measured every label in the page. Counted from "Hiển thị"
    // until the charts of the first screen are drawn, for a SYNTHETIC file and one ten times its size.
    const reads = async (observations: number) => {
      const app = await openApp(browser, true);
      await app.page.evaluate(`(() => {
          window.__layoutReads = 0;
          const count = (proto, name) => {
            const d = Object.getOwnPropertyDescriptor(proto, name);
            if (d && d.get) Object.defineProperty(proto, name, { ...d, get() { window.__layoutReads++; return d.get.call(this); } });
            else if (d && typeof d.value === 'function') proto[name] = function (...a) { window.__layoutReads++; return d.value.apply(this, a); };
          };
          count(Element.prototype, 'getBoundingClientRect');
          for (const name of ['offsetWidth', 'offsetHeight']) count(HTMLElement.prototype, name);
          for (const name of ['clientWidth', 'clientHeight', 'scrollHeight', 'scrollWidth']) count(Element.prototype, name);
        })()`);
      const body = JSON.stringify(syntheticDataset({ observations, seed: 14, units: 12, periods: 4 }));
      await choose(app.page, 'tong-hop.json', body);
      await preview(app.page).waitFor();
      await app.page.evaluate('window.__layoutReads = 0');
      await preview(app.page).getByRole('button', { name: 'Hiển thị' }).click();
      await expect.poll(() => app.page.locator('.dataset-picker__active').innerText()).toContain('SYNTHETIC');
      await app.page.locator('#panel-inspection svg.recharts-surface').first().waitFor();
      await app.page.waitForTimeout(1000);
      const count = (await app.page.evaluate('window.__layoutReads')) as number;
      const charts = await app.page.locator('svg.recharts-surface').count();
      expect(app.errors.join('\n')).toBe('');
      await app.context.close();
      return { count, charts };
    };
    const small = await reads(3_000);
    const big = await reads(30_000);
    expect(small.count).toBeGreaterThan(0); // the counter sees the charts' own reads
    expect(big.charts).toBeGreaterThan(0);
    // a few per chart drawn, never per figure, per tile or per label: no more for a file ten times the size
    expect(big.count).toBeLessThanOrEqual(small.count + 3);
    expect(big.count).toBeLessThanOrEqual(3 * big.charts + 5);
  });
});
