import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openPage, useBrowser, type WatchedPage } from './harness';

// A4 landscape with the stylesheet's 10 mm margins: 277 x 190 mm of content, in CSS px (96 per inch).
const MM = 96 / 25.4;
const PRINT_WIDTH = Math.floor(277 * MM); // 1046
const PAGE_HEIGHT = Math.floor(190 * MM); // 718
/** what must never be cut across pages: the overview, every chart panel, the source panel */
const WHOLE = ['overview', 'inspection', 'congress', 'programme', 'anniversary', 'source'];

/**
 * The pages of a PDF written by Chromium (Skia writes plain, uncompressed object dictionaries): each page's
 * MediaBox and the URIs of the link annotations on it, in page order.
 */
function pdfPages(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const objects = new Map<string, string>();
  for (const m of text.matchAll(/(?:^|\n)(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) objects.set(m[1]!, m[2]!);
  const pagesDict = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o)) ?? '';
  const count = Number(/\/Count (\d+)/.exec(pagesDict)?.[1] ?? NaN);
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(pagesDict)?.[1]?.matchAll(/(\d+) 0 R/g) ?? [])].map((m) => m[1]!);
  const pages = kids.map((id) => {
    const page = objects.get(id) ?? '';
    const box = (/\/MediaBox \[([^\]]*)\]/.exec(page)?.[1] ?? '').trim().split(/\s+/).map(Number);
    const annots = [...(/\/Annots \[([^\]]*)\]/.exec(page)?.[1]?.matchAll(/(\d+) 0 R/g) ?? [])].map((m) => m[1]!);
    const uris = annots.map((a) => /\/URI \(([^)]*)\)/.exec(objects.get(a) ?? '')?.[1] ?? '').filter(Boolean);
    return { box, uris };
  });
  return { count, pages };
}

/** Marks each panel's top and bottom edge with a tiny link, so the PDF says on which page each edge landed. */
async function markEdges(page: Page, ids: readonly string[]) {
  await page.evaluate((panelIds) => {
    for (const id of panelIds) {
      const el = document.getElementById(`panel-${id}`);
      if (!el) continue;
      el.style.position = 'relative';
      for (const edge of ['top', 'bottom']) {
        const a = document.createElement('a');
        a.href = `https://edge.invalid/${edge}/${id}`;
        a.className = 'test-edge-marker';
        a.textContent = '.';
        a.style.cssText = `position:absolute;left:0;${edge}:0;width:3px;height:3px;font-size:2px;overflow:hidden;color:transparent`;
        el.append(a);
      }
    }
  }, ids);
  return () => page.evaluate(() => document.querySelectorAll('.test-edge-marker').forEach((m) => m.remove()));
}

/** Charts are drawn when they come into view: scroll to each panel, as a reader would before printing. */
async function chartsDrawn(page: Page) {
  for (const id of ['inspection', 'congress', 'programme', 'anniversary']) {
    await page.locator(`#panel-${id}`).scrollIntoViewIfNeeded();
    await page.locator(`#panel-${id} svg.recharts-surface`).waitFor();
  }
  await page.evaluate(() => document.fonts.ready);
}

describe.skipIf(!hasChromium())('print / save as PDF (built app in Chromium)', () => {
  const browser = useBrowser();
  let watched: WatchedPage;
  let page: Page;
  beforeAll(async () => {
    watched = await openPage(browser(), '', { viewport: { width: 1366, height: 768 } });
    page = watched.page;
    await chartsDrawn(page);
  });
  afterAll(async () => {
    await watched?.context.close();
  });

  it.each([
    ['1366x768', { width: 1366, height: 768 }],
    ['390x844', { width: 390, height: 844 }],
  ])('page.pdf from a %s window: A4 landscape pages, no panel cut across pages', async (_name, viewport) => {
    await page.setViewportSize(viewport);
    await chartsDrawn(page);
    const unmark = await markEdges(page, WHOLE);
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    await unmark();
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { count, pages } = pdfPages(pdf);
    expect(pages.length).toBe(count);
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(12);
    for (const { box } of pages) {
      // 297 x 210 mm in points (Chromium rounds to whole CSS px), landscape
      expect(Math.abs(box[2]! - box[0]! - 842)).toBeLessThan(2);
      expect(Math.abs(box[3]! - box[1]! - 595)).toBeLessThan(2);
    }
    const pageOf = (uri: string) => pages.findIndex((p) => p.uris.includes(uri));
    const where: Record<string, [number, number]> = {};
    for (const id of WHOLE) where[id] = [pageOf(`https://edge.invalid/top/${id}`), pageOf(`https://edge.invalid/bottom/${id}`)];
    for (const id of WHOLE) {
      const [top, bottom] = where[id]!;
      expect(top, `${id}: top edge not found in the PDF`).toBeGreaterThanOrEqual(0);
      expect(bottom, `${id} starts on page ${top + 1} and ends on page ${bottom + 1}`).toBe(top);
    }
    // the header (report and date) is on the first page, with the overview
    expect(where['overview']![0]).toBe(0);
  });

  describe('laid out for print at the page width', () => {
    beforeAll(async () => {
      await page.setViewportSize({ width: PRINT_WIDTH, height: PAGE_HEIGHT });
      await page.emulateMedia({ media: 'print' });
      await chartsDrawn(page);
    });
    afterAll(async () => {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1366, height: 768 });
    });

    it('hides filters, export menus, view toggles, the language switch and the dashboard actions', async () => {
      const hidden = ['[role="search"]', '.export-menu', '.panel__tools', '.toggle', '.lang-switch', '.dashboard-actions', '.skip-link'];
      for (const selector of hidden) {
        const all = await page.locator(selector).all();
        for (const el of all) expect(await el.isVisible(), selector).toBe(false);
      }
      expect(await page.getByRole('button', { name: 'Tải xuống', exact: true }).first().isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Tải tất cả biểu đồ (ZIP)' }).isVisible()).toBe(false);
    });

    it('keeps the header with the report and its date, on white', async () => {
      expect(await page.locator('header h1').isVisible()).toBe(true);
      const header = (await page.locator('header').textContent()) ?? '';
      expect(header).toContain('Chỉ số công tác xây dựng Đảng');
      expect(header).toContain('28/11/2020');
      expect(header).toMatch(/Hội nghị lần thứ 2/);
      const backgrounds = await page.evaluate(() =>
        [document.documentElement, document.body, document.querySelector('.page'), document.querySelector('main')].map((e) =>
          e ? getComputedStyle(e).backgroundColor : 'missing',
        ),
      );
      for (const bg of backgrounds) expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']).toContain(bg);
      expect(backgrounds[0]).toBe('rgb(255, 255, 255)');
    });

    it('every panel fits one page and may not be broken; charts fit the page width', async () => {
      const docWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(docWidth).toBeLessThanOrEqual(PRINT_WIDTH);
      for (const id of WHOLE) {
        const el = page.locator(`#panel-${id}`);
        const box = (await el.boundingBox())!;
        expect(box.height, `${id} is ${Math.round(box.height)} px tall, a page holds ${PAGE_HEIGHT}`).toBeLessThanOrEqual(PAGE_HEIGHT);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(PRINT_WIDTH + 0.5);
        expect(await el.evaluate((e) => getComputedStyle(e).breakInside), id).toBe('avoid');
        const svg = el.locator('svg.recharts-surface');
        if ((await svg.count()) > 0) {
          const s = (await svg.first().boundingBox())!;
          expect(s.x, id).toBeGreaterThanOrEqual(box.x - 0.5);
          expect(s.x + s.width, id).toBeLessThanOrEqual(box.x + box.width + 0.5);
          expect(s.height, id).toBeGreaterThan(100);
        }
      }
      const tiles = await page.locator('.tile').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakInside));
      expect(tiles.length).toBeGreaterThan(0);
      for (const t of tiles) expect(t).toBe('avoid');
    });
  });

  it('no console error while printing', () => {
    expect(watched.consoleErrors).toEqual([]);
  });
});
