import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic';
import { drawAllCharts, hasChromium, openPage, useBrowser, type WatchedPage } from './harness';
import { serveFile } from './overlay';

/** The slides are kept here for a person to look at after the run. */
const OUT = '/tmp/slide-shots';
const ASCII = /^[a-z0-9]+(?:-[a-z0-9]+)*-16x9(?:-\d+-\d+)?\.(png|zip)$/;
// the chart panels of the shipped dataset, and the start of their file names
const CHART_PANELS = [
  { id: 'inspection', slug: 'kiem-tra-giam-sat', title: 'Kiểm tra, giám sát' },
  { id: 'congress', slug: 'dai-hoi-cac-cap', title: 'Đại hội đảng các cấp' },
  { id: 'programme', slug: 'chuong-trinh-toan-khoa', title: 'Chương trình toàn khóa, kế hoạch và hội nghị' },
  { id: 'anniversary', slug: 'ky-niem', title: 'Các ngày kỷ niệm' },
] as const;

const pngSize = (bytes: Uint8Array) => {
  const b = Buffer.from(bytes);
  expect([...b.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};

/**
 * The composed slide SVGs the app rasterises: recorded as the page turns them into object URLs (the rasteriser draws
 * each from one), so a test can measure the very document that became the PNG.
 */
function recordSvgs(page: Page) {
  return page.addInitScript(() => {
    const w = window as unknown as { __slideSvgs: Blob[] };
    w.__slideSvgs = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      if (obj instanceof Blob && obj.type.startsWith('image/svg+xml')) w.__slideSvgs.push(obj);
      return create(obj);
    };
  });
}

/** The SVG documents rasterised since the last call. */
const takeSvgs = (page: Page) =>
  page.evaluate(async () => {
    const w = window as unknown as { __slideSvgs: Blob[] };
    const blobs = w.__slideSvgs.splice(0);
    return Promise.all(blobs.map((b) => b.text()));
  });

/** Decodes a slide PNG in the page and counts dark and non-white pixels by band. */
function slidePixels(page: Page, bytes: Uint8Array) {
  return page.evaluate(async (b64) => {
    const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bin], { type: 'image/png' }));
    const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const count = (x0: number, y0: number, x1: number, y1: number, test: (r: number, g: number, b: number) => boolean) => {
      let n = 0;
      for (let y = y0; y < y1; y++)
        for (let x = x0; x < x1; x++) {
          const i = (y * width + x) * 4;
          if (test(data[i]!, data[i + 1]!, data[i + 2]!)) n++;
        }
      return n;
    };
    const dark = (r: number, g: number, b: number) => r + g + b < 3 * 110;
    const ink = (r: number, g: number, b: number) => r < 245 || g < 245 || b < 245;
    return {
      width,
      height,
      corner: [...data.slice(0, 4)],
      // the title, from the top margin; the chart area; the footer band (source and date)
      titleDark: count(80, 45, 1000, 115, dark),
      chartInk: count(80, 180, 1840, 900, ink),
      footerDark: count(80, 985, 1500, 1060, dark),
      // nothing drawn in the slide's outer margins: no text or bar runs off the slide
      marginInk:
        count(0, 0, width, 30, ink) +
        count(0, height - 20, width, height, ink) +
        count(0, 0, 50, height, ink) +
        count(width - 50, 0, width, height, ink),
    };
  }, Buffer.from(bytes).toString('base64'));
}

/** Draws a slide SVG standalone in the page and measures each text: where it lies, and whether it meets another. */
function slideTexts(page: Page, svg: string) {
  return page.evaluate((markup) => {
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:0;top:0';
    host.innerHTML = markup.replace(/^<\?xml[^>]*\?>\s*/, '');
    document.body.append(host);
    const root = host.querySelector('svg')!;
    const frame = root.getBoundingClientRect();
    const texts = [...root.querySelectorAll('text')]
      .map((t) => {
        const r = t.getBoundingClientRect();
        const tspans = [...t.querySelectorAll('tspan')].map((l) => l.textContent ?? '');
        return {
          text: tspans.length ? tspans.join(' ') : (t.textContent ?? ''),
          role: t.getAttribute('data-role') ?? '',
          box: { left: r.left - frame.left, top: r.top - frame.top, right: r.right - frame.left, bottom: r.bottom - frame.top },
          // the size the text is drawn at on the slide: its font size times the chart's scale
          size: Number.parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1),
        };
      })
      .filter((t) => t.text.trim());
    const size = { width: root.width.baseVal.value, height: root.height.baseVal.value, viewBox: root.getAttribute('viewBox') };
    host.remove();
    return { size, texts };
  }, svg);
}

type Box = { left: number; top: number; right: number; bottom: number };
const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

/** Downloads a panel's 16:9 slide through its export menu: the PNGs (one, or those of the ZIP) and the SVGs they came from. */
async function slideOf(page: Page, id: string, tag: string) {
  const section = page.locator(`#panel-${id}`);
  await section.getByRole('button', { name: 'Tải xuống', exact: true }).click();
  const item = section.getByRole('menuitem', { name: /trình chiếu 16:9/ });
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), item.click()]);
  const name = dl.suggestedFilename();
  const chunks: Buffer[] = [];
  for await (const chunk of await dl.createReadStream()) chunks.push(chunk as Buffer);
  const bytes = new Uint8Array(Buffer.concat(chunks));
  writeFileSync(join(OUT, `${tag}-${name}`), bytes);
  const pngs = name.endsWith('.zip')
    ? Object.entries(unzipSync(bytes))
        .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
        .map(([file, data]) => ({ file, data }))
    : [{ file: name, data: bytes }];
  for (const p of pngs) if (name.endsWith('.zip')) writeFileSync(join(OUT, `${tag}-${p.file}`), p.data);
  return { name, pngs, svgs: await takeSvgs(page) };
}

/** Everything a slide must be: 1920×1080, title and footer drawn, the chart drawn, nothing off the slide or overlapping. */
async function expectSlide(page: Page, png: Uint8Array, svg: string, title: string) {
  expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
  const px = await slidePixels(page, png);
  expect(px.corner).toEqual([255, 255, 255, 255]);
  expect(px.titleDark).toBeGreaterThan(1500);
  expect(px.footerDark).toBeGreaterThan(800);
  expect(px.chartInk).toBeGreaterThan(20_000);
  expect(px.marginInk).toBe(0);

  const { size, texts } = await slideTexts(page, svg);
  expect(size).toEqual({ width: 1920, height: 1080, viewBox: '0 0 1920 1080' });
  expect(texts.find((t) => t.role === 'title')?.text).toBe(title);
  // the source line (after the note naming where the data came from, for a file that is not the shipped one)
  expect(
    texts
      .filter((t) => t.role === 'footer')
      .map((t) => t.text)
      .join(' '),
  ).toMatch(/^(Số liệu tải từ .*)?Nguồn: /);
  expect(texts.some((t) => t.role === 'footer' && /^Xuất ngày \d\d\/\d\d\/\d{4}$/.test(t.text))).toBe(true);
  for (const t of texts) {
    expect(t.text, 'a label cut short').not.toContain('…');
    const { left, top, right, bottom } = t.box;
    expect(left >= 0 && top >= 0 && right <= 1920 && bottom <= 1080, `${t.text} outside the slide`).toBe(true);
    expect(t.size, `${t.text} too small`).toBeGreaterThanOrEqual(13.9);
  }
  // no two texts meet: the caption's, the chart's labels and figures
  for (const [i, a] of texts.entries())
    for (const b of texts.slice(i + 1)) expect(overlap(a.box, b.box), `${a.text} / ${b.text}`).toBe(false);
  // the footer lies below everything else, inside the slide
  const footerTop = Math.min(...texts.filter((t) => t.role === 'footer').map((t) => t.box.top));
  for (const t of texts.filter((x) => x.role !== 'footer' && x.role !== 'page')) expect(t.box.bottom).toBeLessThanOrEqual(footerTop);
  return texts;
}

describe.skipIf(!hasChromium())('16:9 slide images from the built app in Chromium', () => {
  const browser = useBrowser();
  const views: Record<string, WatchedPage> = {};

  async function open(tag: string, query: string) {
    const watched = await openPage(browser(), query, { viewport: { width: 1366, height: 768 } });
    await recordSvgs(watched.page);
    await watched.page.reload();
    await watched.page.locator('.dashboard').waitFor();
    views[tag] = watched;
    return watched.page;
  }

  beforeAll(() => {
    mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    for (const v of Object.values(views)) await v.context.close();
  });

  it.each([
    ['default', ''],
    ['member', '?subject=member'],
  ])('%s view: every chart panel gives one 1920×1080 slide with title, chart, legend and footer', async (tag, query) => {
    const page = await open(tag, query);
    for (const p of CHART_PANELS) {
      const { name, pngs, svgs } = await slideOf(page, p.id, tag);
      expect(name).toMatch(ASCII);
      expect(name.startsWith(`${p.slug}-`)).toBe(true);
      expect(name.endsWith('-16x9.png')).toBe(true);
      expect(pngs).toHaveLength(1);
      expect(svgs).toHaveLength(1);
      const texts = await expectSlide(page, pngs[0]!.data, svgs[0]!, p.title);
      const all = texts.map((t) => t.text).join(' | ');
      if (p.id === 'inspection') {
        expect(all).toContain(tag === 'member' ? 'Đảng viên' : 'Tổ chức đảng');
        // the filter is said in the subtitle, and only members' figures are drawn
        if (tag === 'member') {
          expect(texts.find((t) => t.role === 'subtitle')?.text).toMatch(/Đảng viên/);
          expect(all).not.toContain('1.282');
        } else expect(all).toContain('1.282');
      }
      if (p.id === 'congress') for (const f of ['17.118 chi bộ', '83/83 (100%)', 'Sớm 10 ngày']) expect(all).toContain(f);
      if (p.id === 'programme') for (const f of ['khoảng 26 hội nghị', '32 điều']) expect(all).toContain(f);
    }
    expect(views[tag]!.consoleErrors).toEqual([]);
  });

  it('a SYNTHETIC file with long lists: charts that cannot fit one slide legibly come as numbered slides in one ZIP', async () => {
    serveFile('data/slides-synthetic.json', syntheticDataset({ observations: 1200, seed: 7 }));
    const page = await open('synthetic', '?dataset=data/slides-synthetic.json');
    await drawAllCharts(page);
    for (const id of ['inspection', 'congress']) {
      const { name, pngs, svgs } = await slideOf(page, id, 'synthetic');
      expect(name).toMatch(ASCII);
      expect(name.endsWith('-16x9.zip')).toBe(true);
      expect(pngs.length).toBeGreaterThan(1);
      expect(svgs).toHaveLength(pngs.length);
      for (const [i, png] of pngs.entries()) {
        expect(png.file).toMatch(new RegExp(`-16x9-${i + 1}-${pngs.length}\\.png$`));
        const texts = await expectSlide(page, png.data, svgs[i]!, id === 'inspection' ? 'Kiểm tra, giám sát' : 'Đại hội đảng các cấp');
        expect(texts.find((t) => t.role === 'page')?.text).toBe(`${i + 1}/${pngs.length}`);
      }
    }
    expect(views.synthetic!.consoleErrors).toEqual([]);
  });
});
