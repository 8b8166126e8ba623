import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openPage, useBrowser, type WatchedPage } from './harness';

// Each chart panel, the start of its file names, its title and one raw figure its CSV must hold.
const PANELS = [
  { id: 'inspection', slug: 'kiem-tra-giam-sat', title: 'Kiểm tra, giám sát', raw: '1282', colour: [0x00, 0x72, 0xb2] },
  { id: 'congress', slug: 'dai-hoi-cac-cap', title: 'Đại hội đảng các cấp', raw: '17118', colour: [0x00, 0x7a, 0x5e] },
  {
    id: 'programme',
    slug: 'chuong-trinh-toan-khoa',
    title: 'Chương trình toàn khóa, kế hoạch và hội nghị',
    raw: '32',
    colour: [0x00, 0x7a, 0x5e],
  },
  { id: 'anniversary', slug: 'ky-niem', title: 'Các ngày kỷ niệm', raw: '1930', colour: [0x00, 0x7a, 0x5e] },
] as const;

/** Exported files are kept here for a person to look at after the run. */
const OUT = join(tmpdir(), 'xdd-export-app');
const ASCII_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(png|svg|csv|zip)$/;

const panel = (page: Page, id: string) => page.locator(`#panel-${id}`);
/** a menu entry: a menuitem in the menu-button pattern, or a plain button */
const entry = (scope: Locator, name: RegExp) => scope.getByRole('menuitem', { name }).or(scope.getByRole('button', { name }));

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer; download: Download }> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  const path = await dl.path();
  const bytes = readFileSync(path);
  writeFileSync(join(OUT, dl.suggestedFilename()), bytes);
  return { name: dl.suggestedFilename(), bytes, download: dl };
}

async function exportFrom(page: Page, id: string, item: RegExp) {
  const section = panel(page, id);
  await section.getByRole('button', { name: 'Tải xuống', exact: true }).click();
  const button = entry(section, item);
  await button.waitFor();
  return download(page, () => button.click());
}

const pngSize = (bytes: Buffer) => {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

/** Decodes the PNG in the page and counts what is drawn: not-white pixels, distinct colours, pixels of one colour. */
function pngPixels(page: Page, bytes: Buffer, colour: readonly number[]) {
  return page.evaluate(
    async ({ b64, colour }) => {
      const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bin], { type: 'image/png' }));
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      let nonWhite = 0;
      let series = 0;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (r < 245 || g < 245 || b < 245) nonWhite++;
        if (Math.abs(r - colour[0]!) < 4 && Math.abs(g - colour[1]!) < 4 && Math.abs(b - colour[2]!) < 4) series++;
        colours.add((r << 16) | (g << 8) | b);
      }
      return {
        width: bitmap.width,
        height: bitmap.height,
        nonWhite,
        share: nonWhite / (bitmap.width * bitmap.height),
        series,
        colours: colours.size,
        corner: [...data.slice(0, 4)],
      };
    },
    { b64: bytes.toString('base64'), colour: [...colour] },
  );
}

/** Parses the SVG as a standalone document in the page (no styles or fonts from the app). */
function parseSvg(page: Page, text: string) {
  return page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const root = doc.documentElement;
    const hrefs = Array.from(doc.querySelectorAll('*'))
      .map((e) => e.getAttribute('href') ?? e.getAttributeNS('http://www.w3.org/1999/xlink', 'href'))
      .filter((h): h is string => h !== null);
    return {
      parseErrors: doc.getElementsByTagName('parsererror').length,
      root: root.localName,
      ns: root.namespaceURI,
      width: root.getAttribute('width'),
      viewBox: root.getAttribute('viewBox'),
      texts: Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? ''),
      foreignObjects: doc.getElementsByTagName('foreignObject').length,
      scripts: doc.getElementsByTagName('script').length,
      externalRefs: hrefs.filter((h) => !h.startsWith('#') && !h.startsWith('data:')),
      hasVar: markup.includes('var(--'),
      fontFace: markup.includes('@font-face'),
    };
  }, text);
}

/**
 * Draws an exported SVG standalone in the page and measures its texts: each text's lines (as one reads them) and
 * whether it lies inside the image.
 */
function svgTextsInImage(page: Page, text: string) {
  return page.evaluate((markup) => {
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:0;top:0';
    host.innerHTML = markup.replace(/^<\?xml[^>]*\?>\s*/, '');
    document.body.append(host);
    const root = host.querySelector('svg')!.getBoundingClientRect();
    const texts = [...host.querySelectorAll('text')].map((t) => {
      const lines = [...t.querySelectorAll('tspan')].map((l) => l.textContent ?? '');
      const r = t.getBoundingClientRect();
      return {
        text: lines.length > 0 ? lines.join(' ') : (t.textContent ?? ''),
        inside: r.left >= root.left - 0.5 && r.right <= root.right + 0.5 && r.top >= root.top - 0.5 && r.bottom <= root.bottom + 0.5,
      };
    });
    host.remove();
    return texts.filter((t) => t.text.trim());
  }, text);
}

describe.skipIf(!hasChromium())('exports from the built app in Chromium', () => {
  const browser = useBrowser();
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    watched = await openPage(browser(), '', { viewport: { width: 1366, height: 768 } });
    page = watched.page;
    // charts are drawn when they come into view: scroll to each, as a reader would
    for (const p of PANELS) {
      await panel(page, p.id).scrollIntoViewIfNeeded();
      await panel(page, p.id).locator('svg.recharts-surface').first().waitFor();
    }
    await page.evaluate(() => document.fonts.ready);
  });

  afterAll(async () => {
    await watched?.context.close();
  });

  it.each(PANELS)('$id: PNG at least twice the on-screen width, not blank, with the chart drawn', async (p) => {
    const onScreen = (await panel(page, p.id).locator('svg.recharts-surface').first().boundingBox())!.width;
    const { name, bytes } = await exportFrom(page, p.id, /PNG \(2x\)/);
    expect(name).toMatch(ASCII_SLUG);
    expect(name.startsWith(`${p.slug}-`)).toBe(true);
    expect(name.endsWith('.png')).toBe(true);
    const size = pngSize(bytes);
    expect(size.width).toBeGreaterThanOrEqual(2 * onScreen);
    const px = await pngPixels(page, bytes, p.colour);
    expect(px.width).toBe(size.width);
    expect(px.corner).toEqual([255, 255, 255, 255]); // white background, not transparent
    expect(px.share).toBeGreaterThan(0.02); // text and bars, not a blank sheet
    expect(px.colours).toBeGreaterThan(16); // anti-aliased text and several colours
    expect(px.series).toBeGreaterThan(500); // the bars in their series colour
  });

  it.each(PANELS)('$id: SVG parses standalone with the title, no foreignObject, no script, no outside reference', async (p) => {
    const { name, bytes } = await exportFrom(page, p.id, /SVG/);
    expect(name).toMatch(ASCII_SLUG);
    expect(name).toBe(name.replace(/\.svg$/, '') + '.svg');
    expect(name.startsWith(`${p.slug}-`)).toBe(true);
    const text = bytes.toString('utf8');
    const svg = await parseSvg(page, text);
    expect(svg).toMatchObject({
      parseErrors: 0,
      root: 'svg',
      ns: 'http://www.w3.org/2000/svg',
      foreignObjects: 0,
      scripts: 0,
      externalRefs: [],
      hasVar: false,
    });
    expect(svg.texts.join(' ')).toContain(p.title);
    expect(svg.texts.some((t) => t.startsWith('Nguồn:'))).toBe(true);
    expect(svg.texts.some((t) => /Xuất ngày \d\d\/\d\d\/\d{4}/.test(t))).toBe(true);
    expect(svg.fontFace).toBe(true);
  });

  it.each(PANELS)('$id: CSV starts with the BOM and holds raw numbers', async (p) => {
    const { name, bytes } = await exportFrom(page, p.id, /CSV/);
    expect(name).toMatch(ASCII_SLUG);
    expect(name.startsWith(`${p.slug}-`)).toBe(true);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const [header, ...rows] = text.trim().split(/\r?\n/);
    expect(header).toContain('Chỉ tiêu');
    expect(header).toContain('Giá trị');
    expect(header).toContain('Vị trí trong báo cáo');
    expect(rows.length).toBeGreaterThan(0);
    expect(text).toMatch(new RegExp(`(^|,)${p.raw}(,|$)`, 'm'));
    expect(text).not.toMatch(/(^|,)\d{1,3}\.\d{3}(,|$)/m); // no vi-VN grouped numbers
  });

  it.each([
    ['congress', ['Chi bộ trực thuộc đảng bộ cơ sở', '17.118 chi bộ', '83/83 (100%)', '226/226 (100%)', 'Sớm 10 ngày', 'Dự kiến']],
    ['programme', ['Nghị quyết của Quốc hội về thí điểm đối với Hà Nội gắn với bầu cử (Năm 2021)', 'khoảng 26 hội nghị', '32 điều']],
  ])('%s SVG: every label whole (never "…") and inside the image, the figures written out', async (id, expected) => {
    const { bytes } = await exportFrom(page, id, /SVG/);
    const texts = await svgTextsInImage(page, bytes.toString('utf8'));
    for (const t of texts) {
      expect(t.text).not.toContain('…');
      expect(t.inside, t.text).toBe(true);
    }
    const all = texts.map((t) => t.text.replace(/\s+/g, ' ')).join(' | ');
    for (const e of expected) expect(all).toContain(e);
    expect(all).not.toMatch(/logarit/);
  });

  it('from a 390 px phone: the congress and programme PNG and SVG, labels whole and inside the image', async () => {
    const { page: phone, context } = await openPage(browser(), '', { viewport: { width: 390, height: 844 } });
    for (const id of ['congress', 'programme']) {
      await panel(phone, id).scrollIntoViewIfNeeded();
      await panel(phone, id).locator('svg.recharts-surface').first().waitFor();
      const png = await exportFrom(phone, id, /PNG \(2x\)/);
      expect(pngSize(png.bytes).width).toBeGreaterThanOrEqual(2 * 340);
      const { bytes } = await exportFrom(phone, id, /SVG/);
      const texts = await svgTextsInImage(phone, bytes.toString('utf8'));
      expect(texts.length, id).toBeGreaterThan(10);
      for (const t of texts) {
        expect(t.text).not.toContain('…');
        expect(t.inside, `${id}: ${t.text}`).toBe(true);
      }
    }
    await context.close();
  });

  it('inspection CSV: the six figures as raw numbers', async () => {
    const { bytes } = await exportFrom(page, 'inspection', /CSV/);
    const text = bytes.toString('utf8');
    for (const n of ['1282', '360', '766', '184', '81', '343']) expect(text).toMatch(new RegExp(`,${n},`));
    expect(text).not.toContain('1.282');
  });

  it('the ZIP, named after the dataset, holds one PNG per visible chart plus the CSVs, in page order, with ASCII names', async () => {
    const visible = await page.locator('svg.recharts-surface').count();
    expect(visible).toBe(PANELS.length);
    const { name, bytes } = await download(page, () => page.getByRole('button', { name: 'Tải tất cả biểu đồ (ZIP)' }).click());
    expect(name).toBe('ha-noi-2020.zip');
    const files = unzipSync(new Uint8Array(bytes));
    const names = Object.keys(files);
    for (const n of names) expect(n.split('/').pop()).toMatch(ASCII_SLUG);
    // "01-", "02-"…: sorted by name (as a file browser lists them) they are the page's order
    const places = names.map((n) => n.slice(0, 3));
    expect([...places].sort()).toEqual(places);
    const order = names.filter((n) => n.endsWith('.png')).map((n) => n.replace(/^\d+-/, ''));
    for (const [i, p] of PANELS.entries()) expect(order[i], p.slug).toMatch(new RegExp(`^${p.slug}`));
    for (const n of names) expect(n).toMatch(/^\d{2}-/);
    const pngs = names.filter((n) => n.endsWith('.png'));
    const csvs = names.filter((n) => n.endsWith('.csv'));
    expect(pngs.length).toBe(visible);
    expect(csvs.length).toBeGreaterThanOrEqual(visible);
    for (const p of PANELS)
      expect(
        pngs.some((n) => n.split('/').pop()!.replace(/^\d+-/, '').startsWith(p.slug)),
        p.slug,
      ).toBe(true);
    for (const n of pngs) {
      const png = Buffer.from(files[n]!);
      expect(pngSize(png).width).toBeGreaterThan(600);
    }
    for (const n of csvs) expect([...files[n]!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('the ZIP follows the filters: a hidden panel is left out, the subject is in the file names', async () => {
    const { page: p2, context } = await openPage(browser(), '?panels=overview,inspection,congress&subject=member');
    for (const id of ['inspection', 'congress']) {
      await p2.locator(`#panel-${id}`).scrollIntoViewIfNeeded();
      await p2.locator(`#panel-${id} svg.recharts-surface`).waitFor();
    }
    const { name, bytes } = await download(p2, () => p2.getByRole('button', { name: 'Tải tất cả biểu đồ (ZIP)' }).click());
    expect(name).toBe('ha-noi-2020-dang-vien.zip');
    const pngs = Object.keys(unzipSync(new Uint8Array(bytes))).filter((n) => n.endsWith('.png'));
    expect(pngs.length).toBe(await p2.locator('svg.recharts-surface').count());
    expect(pngs.some((n) => n.includes('ky-niem'))).toBe(false);
    expect(pngs.find((n) => n.includes('kiem-tra-giam-sat'))).toMatch(/dang-vien/);
    await context.close();
  });

  it('no console error and no request outside the origin during the exports', () => {
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
});
