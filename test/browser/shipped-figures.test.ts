import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server';
import type { Dataset } from '../../src/data/schema';
import { makeDataset, makeIndicator } from '../fixtures/dataset';
import { appUrl, hasChromium, openPage, useBrowser } from './harness';
import { serveFile } from './overlay';
import { probeRecord, renderedText, renderedTextsWhileLoading, SHIPPED_TEXTS, watchRenderedText } from './visible-text-probe';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** SYNTHETIC test data (not from any report): another unit's half year, with figures easy to spot on screen. */
function otherFile(): Dataset {
  return makeDataset({
    meta: {
      ...makeDataset().meta,
      id: 'tinh-thu-6-thang',
      title: { vi: 'Dữ liệu thử 6 tháng (tổng hợp)', en: 'Half-year test data (synthetic)' },
      organisation: { vi: 'Đảng bộ tỉnh Thử Nghiệm', en: 'Test Province Party Organisation' },
    },
    orgUnits: [{ id: 'city', label: { vi: 'Đảng bộ tỉnh Thử Nghiệm', en: 'Test Province Party Organisation' } }],
    indicators: [
      makeIndicator({ id: 'inspected-org', value: 4321 }),
      makeIndicator({ id: 'inspected-member', subject: 'member', unit: 'members', value: 8765 }),
      makeIndicator({ id: 'supervised-org', measure: 'supervised', value: 2468 }),
    ],
  });
}
/** what the synthetic file shows once loaded, as vi-VN writes it */
const OTHER_TEXT = '4.321';

/** Holds every request matching `pattern` for `ms` (a slow network, where the first view matters most). */
const slowDown = (page: Page, pattern: RegExp, ms: number) =>
  page.route(pattern, async (route) => {
    await new Promise((done) => setTimeout(done, ms));
    await route.continue();
  });
const APP_SCRIPT = /\/assets\/index-[\w-]+\.js$/;
const SHIPPED_FILE = /\/data\/ha-noi-2020\.json$/;

describe.skipIf(!hasChromium())('the shipped file’s figures never show for another file (issue 11, point 9)', () => {
  const browser = useBrowser();

  /** Loads `query` watched from its first frame, the app's script held back `scriptDelayMs`, until `loaded` text shows. */
  async function watchLoad(query: string, options: { scriptDelayMs: number; dataDelayMs?: number; loaded: string }) {
    const watched = await openPage(browser(), '?lang=vi'); // a first page to attach the probe to
    const { page } = watched;
    await watchRenderedText(page, [...SHIPPED_TEXTS, options.loaded]);
    await slowDown(page, APP_SCRIPT, options.scriptDelayMs);
    if (options.dataDelayMs) await slowDown(page, SHIPPED_FILE, options.dataDelayMs);
    watched.consoleErrors.length = 0;
    await page.goto(appUrl(query), { waitUntil: 'commit' });
    await expect.poll(() => renderedText(page), { timeout: 20_000 }).toContain(options.loaded);
    // down the whole page (every panel, charts drawn as they come into view) and back
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((done) => setTimeout(done, 40));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForTimeout(500);
    return { ...watched, record: await probeRecord(page) };
  }

  it('the default URL shows the pre-rendered figures before the app’s script runs (the probe sees them), then hydrates', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await watchRenderedText(page, SHIPPED_TEXTS);
    let release: () => void = () => {};
    const held = new Promise<void>((done) => (release = done));
    let scriptAsked = false;
    await page.route(APP_SCRIPT, async (route) => {
      scriptAsked = true;
      await held;
      await route.continue();
    });
    consoleErrors.length = 0;
    await page.goto(appUrl(), { waitUntil: 'commit' });
    // the head check (allowed by its hash in the CSP) shows the pre-rendered view with the app's script still held
    await expect.poll(() => renderedText(page), { timeout: 10_000 }).toContain('1.282');
    expect(scriptAsked).toBe(true);
    expect(await page.locator('html').getAttribute('data-prerender')).toBe('shown');
    const before = await probeRecord(page);
    for (const text of SHIPPED_TEXTS) expect(before.seen[text], text).toBeDefined();
    await page.evaluate(() => ((window as unknown as Record<string, unknown>).__table = document.getElementById('figure-table')));
    release();
    await page.locator('#panel-inspection svg.recharts-surface').waitFor({ timeout: 20_000 });
    // hydrated: the same nodes, no console error (a hydration mismatch or a refused inline script would be one)
    expect(
      await page.evaluate(() => (window as unknown as Record<string, unknown>).__table === document.getElementById('figure-table')),
    ).toBe(true);
    expect(await page.locator('noscript').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('?dataset=<other file>, JavaScript on: no shipped figure at any frame from navigation to loaded', async () => {
    const remove = serveFile('data/tinh-thu.json', otherFile());
    try {
      const { context, consoleErrors, record } = await watchLoad('?dataset=data/tinh-thu.json', {
        scriptDelayMs: 1500,
        loaded: OTHER_TEXT,
      });
      expect(record.frames).toBeGreaterThan(20); // watched through the 1.5 s the script was held, frame by frame
      expect(record.seen[OTHER_TEXT]).toBeDefined();
      expect(Object.keys(record.seen).filter((t) => t !== OTHER_TEXT)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    } finally {
      remove();
    }
  });

  it('?dataset=<other file>, JavaScript off: a note that JavaScript is needed, never a shipped figure', async () => {
    const remove = serveFile('data/tinh-thu.json', otherFile());
    try {
      const { page, context } = await openPage(browser(), '', { javaScriptEnabled: false });
      const texts = await renderedTextsWhileLoading(page, appUrl('?dataset=data/tinh-thu.json'));
      for (const text of texts) for (const shipped of SHIPPED_TEXTS) expect(text).not.toContain(shipped);
      const final = await renderedText(page);
      expect(final).toContain('cần JavaScript');
      expect(final).toContain('needs JavaScript');
      expect(await page.locator('#root').isVisible()).toBe(false);
      expect(await page.locator('#figure-table').count()).toBe(1); // in the HTML, never painted
      await context.close();
    } finally {
      remove();
    }
  });

  it('a replaced data file, JavaScript on: the stale pre-render never shows; the new file’s figures replace it', async () => {
    const remove = serveFile('data/ha-noi-2020.json', otherFile());
    try {
      const { page, context, consoleErrors, record } = await watchLoad('', { scriptDelayMs: 800, dataDelayMs: 400, loaded: OTHER_TEXT });
      expect(record.frames).toBeGreaterThan(10);
      expect(record.seen[OTHER_TEXT]).toBeDefined();
      expect(Object.keys(record.seen).filter((t) => t !== OTHER_TEXT)).toEqual([]);
      expect(await page.locator('html').getAttribute('data-prerender')).toBe('stale');
      expect(await page.locator('#root').getAttribute('data-prerendered')).toBeNull();
      expect(await page.locator('#panel-inspection').innerText()).toContain('8.765');
      expect(consoleErrors).toEqual([]);
      await context.close();
    } finally {
      remove();
    }
  });

  it('a replaced data file, JavaScript off: the note, never a shipped figure', async () => {
    const remove = serveFile('data/ha-noi-2020.json', otherFile());
    try {
      const { page, context } = await openPage(browser(), '?lang=vi', { javaScriptEnabled: false });
      const texts = await renderedTextsWhileLoading(page, appUrl());
      for (const text of texts) for (const shipped of SHIPPED_TEXTS) expect(text).not.toContain(shipped);
      expect(await renderedText(page)).toContain('cần JavaScript');
      await context.close();
    } finally {
      remove();
    }
  });

  it('`npm run publish-data` puts a file in place and pre-renders it: its figures show before the app’s script, then hydrate', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'xdd-publish-'));
    cpSync(join(ROOT, 'dist'), dist, { recursive: true });
    const file = join(dist, 'synthetic-input.json');
    writeFileSync(file, JSON.stringify(otherFile(), null, 2));
    const server = await startStaticServer({ distDir: dist });
    try {
      const before = readFileSync(join(dist, 'index.html'), 'utf8');
      const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/publish-data.ts', file, dist], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(out).toMatch(/tinh-thu-6-thang/);
      const after = readFileSync(join(dist, 'index.html'), 'utf8');
      expect(readFileSync(join(dist, 'data', 'ha-noi-2020.json'), 'utf8')).toBe(readFileSync(file, 'utf8'));
      expect(after).not.toBe(before);
      expect(after).not.toContain('17.118');
      expect(after.match(/'sha256-/g)).toHaveLength(1); // the old check's hash replaced, not added to

      const { page, context, consoleErrors } = await openPage(browser(), '', { javaScriptEnabled: true });
      let release: () => void = () => {};
      const held = new Promise<void>((done) => (release = done));
      await page.route(APP_SCRIPT, async (route) => {
        await held;
        await route.continue();
      });
      consoleErrors.length = 0;
      await page.goto(server.appUrl, { waitUntil: 'commit' });
      await expect.poll(() => renderedText(page), { timeout: 10_000 }).toContain(OTHER_TEXT);
      expect(await page.locator('html').getAttribute('data-prerender')).toBe('shown');
      release();
      await page.locator('#panel-inspection svg.recharts-surface').waitFor({ timeout: 20_000 });
      const text = await renderedText(page);
      for (const shipped of SHIPPED_TEXTS) expect(text).not.toContain(shipped);
      expect(consoleErrors).toEqual([]);
      await context.close();
    } finally {
      await server.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('`npm run publish-data` refuses a bad file and leaves the published one alone', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'xdd-publish-'));
    cpSync(join(ROOT, 'dist', 'data'), join(dist, 'data'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!-- untouched -->');
    const bad = otherFile();
    bad.indicators[0]!.value = -1;
    const file = join(dist, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    try {
      const shippedBefore = readFileSync(join(dist, 'data', 'ha-noi-2020.json'), 'utf8');
      let failure: { status: number; stderr: string } | null = null;
      try {
        execFileSync(process.execPath, ['--import', 'tsx', 'scripts/publish-data.ts', file, dist], {
          cwd: ROOT,
          encoding: 'utf8',
          stdio: 'pipe',
        });
      } catch (error) {
        failure = error as { status: number; stderr: string };
      }
      expect(failure?.status).toBe(1);
      expect(failure?.stderr).toContain('indicators[0].value');
      expect(readFileSync(join(dist, 'data', 'ha-noi-2020.json'), 'utf8')).toBe(shippedBefore);
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<!-- untouched -->');
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
