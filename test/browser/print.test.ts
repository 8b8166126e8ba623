import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openPage, useBrowser, type WatchedPage } from './harness';

// A4 landscape with the stylesheet's 10 mm margins: 277 x 190 mm of content, in CSS px (96 per inch).
const MM = 96 / 25.4;
const PRINT_WIDTH = Math.floor(277 * MM); // 1046
const PAGE_HEIGHT = Math.floor(190 * MM); // 718
/** what must never be cut across pages: the printed key figures, every chart panel, the source panel */
const WHOLE: Record<string, string> = {
  'key-figures': '.print-figures',
  inspection: '#panel-inspection',
  congress: '#panel-congress',
  programme: '#panel-programme',
  anniversary: '#panel-anniversary',
  source: '#panel-source',
};
/** Before this work the default view printed on 8 pages, page 1 half empty. */
const PAGES_BEFORE = 8;

const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
/** Each page's text (poppler's pdftotext, in reading order). */
function pdfText(pdf: Buffer): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'xdd-print-')), 'view.pdf');
  writeFileSync(file, pdf);
  const out = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return out.stdout.split('\f').map((t) => t.replace(/\s+/g, ' '));
}

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

/** Marks each block's top and bottom edge with a tiny link, so the PDF says on which page each edge landed. */
async function markEdges(page: Page, blocks: Record<string, string>) {
  await page.evaluate((selectors) => {
    for (const [id, selector] of Object.entries(selectors)) {
      const el = document.querySelector<HTMLElement>(selector);
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
  }, blocks);
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
    // on screen the header, the filters and the tiles say it: the summary is for paper only
    expect(await page.locator('.print-summary').isVisible()).toBe(false);
    expect(await page.locator('.print-figures').isVisible()).toBe(false);
    const unmark = await markEdges(page, WHOLE);
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    await unmark();
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { count, pages } = pdfPages(pdf);
    expect(pages.length).toBe(count);
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThan(PAGES_BEFORE);
    for (const { box } of pages) {
      // 297 x 210 mm in points (Chromium rounds to whole CSS px), landscape
      expect(Math.abs(box[2]! - box[0]! - 842)).toBeLessThan(2);
      expect(Math.abs(box[3]! - box[1]! - 595)).toBeLessThan(2);
    }
    const pageOf = (uri: string) => pages.findIndex((p) => p.uris.includes(uri));
    const where: Record<string, [number, number]> = {};
    const ids = Object.keys(WHOLE);
    for (const id of ids) where[id] = [pageOf(`https://edge.invalid/top/${id}`), pageOf(`https://edge.invalid/bottom/${id}`)];
    for (const id of ids) {
      const [top, bottom] = where[id]!;
      expect(top, `${id}: top edge not found in the PDF`).toBeGreaterThanOrEqual(0);
      expect(bottom, `${id} starts on page ${top + 1} and ends on page ${bottom + 1}`).toBe(top);
    }
    // the header (report and date) is on the first page, with the key figures and the first chart beside them
    expect(where['key-figures']![0]).toBe(0);
    expect(where['inspection']![0]).toBe(0);
    // panels follow the page's order
    const starts = ids.map((id) => where[id]![0]);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('page 1 of the default view: the report, the filters in words, the key figures and the first two charts (no half-empty page)', async () => {
    const unmark = await markEdges(page, WHOLE);
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    await unmark();
    const { pages } = pdfPages(pdf);
    const pageOf = (uri: string) => pages.findIndex((p) => p.uris.includes(uri));
    // a two-by-two grid pushed the tall congress panel, and the first chart with it, to page 2
    expect(pageOf('https://edge.invalid/bottom/congress')).toBe(0);
    if (!hasPdftotext) return;
    const first = pdfText(pdf)[0]!;
    for (const text of [
      'Chỉ số công tác xây dựng Đảng',
      'Công tác xây dựng Đảng năm 2020 - Đảng bộ thành phố Hà Nội',
      'Ngày báo cáo: 28/11/2020',
      'Bộ lọc: Tất cả thời kỳ · Đảng bộ thành phố Hà Nội · Tổ chức đảng, Đảng viên',
      'Số liệu chính · Năm 2020',
      '1.282',
      '17.118',
      '226/226 (100%)',
      'Sớm 10 ngày',
      'Kiểm tra, giám sát',
      'Đại hội đảng các cấp',
    ])
      expect(first, text).toContain(text);
  });

  it('page 1 of a filtered view says which filters it shows, and its key figures follow them', async () => {
    const filtered = await openPage(browser(), '?subject=member&level=grassroots,upper-grassroots,city', {
      viewport: { width: 1366, height: 768 },
    });
    await chartsDrawn(filtered.page);
    const pdf = await filtered.page.pdf({ format: 'A4', landscape: true });
    expect(filtered.consoleErrors).toEqual([]);
    await filtered.context.close();
    expect(pdfPages(pdf).count).toBeLessThan(PAGES_BEFORE);
    if (!hasPdftotext) return;
    const first = pdfText(pdf)[0]!;
    expect(first).toMatch(/Bộ lọc: [^.]*Đảng viên/);
    expect(first).toMatch(/Bộ lọc: [^.]*Tổ chức cơ sở đảng/);
    expect(first).toContain('360');
    // the organisations' figure is filtered out
    expect(first).not.toContain('1.282');
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

    it('shows the summary of the view and the key figures as lines in place of the tiles', async () => {
      const summary = page.locator('.print-summary');
      expect(await summary.isVisible()).toBe(true);
      expect(await summary.textContent()).toContain('Bộ lọc: Tất cả thời kỳ');
      expect(await page.locator('.print-figures').isVisible()).toBe(true);
      expect(await page.locator('#panel-overview').isVisible()).toBe(false);
      const lines = await page.locator('.print-figures dl > div').allTextContents();
      // "Kiểm tra (cấp ủy): 1.282 tổ chức · 360 đảng viên" (the dots are drawn by the stylesheet)
      expect(lines[0]).toMatch(/^Kiểm tra \(cấp ủy\):\s*1\.282 tổ chức\s*360 đảng viên$/);
    });

    it('every panel fits one page and may not be broken; charts fit the page width', async () => {
      const docWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(docWidth).toBeLessThanOrEqual(PRINT_WIDTH);
      for (const [id, selector] of Object.entries(WHOLE)) {
        const el = page.locator(selector);
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
