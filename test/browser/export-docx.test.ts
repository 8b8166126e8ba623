import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openPage, useBrowser, type WatchedPage } from './harness';

/** The reports are kept here for a person (or LibreOffice) to look at after the run. */
const OUT = join(tmpdir(), 'xdd-export-docx');
const BUTTON = 'Tải báo cáo Word (.docx)';
const EMU_PER_PX = 9525;
// A4 (11906 twips) less the margins of 3 cm and 2 cm, in EMU (635 a twip); and the text height (2 cm top and bottom)
const TEXT_WIDTH_EMU = (11906 - 1701 - 1134) * 635;
const TEXT_HEIGHT_EMU = (16838 - 2 * 1134) * 635;
/** LibreOffice and poppler, to open the report as an office suite would (apt-get install -y libreoffice-writer-nogui poppler-utils). */
const onPath = (name: string) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, name))
    .find((path) => existsSync(path));
const OFFICE = onPath('soffice') ?? onPath('libreoffice');
const POPPLER = onPath('pdftotext') && onPath('pdfinfo');
if (!OFFICE || !POPPLER)
  console.info(
    'skipped "the report in LibreOffice": soffice or pdftotext is missing (apt-get install -y libreoffice-writer-nogui poppler-utils)',
  );
const VIETNAMESE = /[ạảãáàâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữịỉĩíìọỏõóòụủũúùỳýỷỹỵ]/i;

/** One block of the document's body, in order: a paragraph (its text and style) or a table (its rows of cell texts). */
type Block =
  | { kind: 'p'; text: string; style: string; heading: boolean }
  | { kind: 'tbl'; rows: string[][]; headerRepeats: boolean; rightAligned: number };

interface Report {
  name: string;
  blocks: Block[];
  media: { name: string; width: number; height: number }[];
  extents: { cx: number; cy: number }[];
  xml: string;
}

/** The body of word/document.xml read with the page's XML parser. */
function bodyBlocks(page: Page, xml: string): Promise<Block[]> {
  return page.evaluate((text) => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const body = doc.getElementsByTagNameNS(W, 'body')[0]!;
    const textOf = (el: Element) =>
      Array.from(el.getElementsByTagNameNS(W, 't'))
        .map((t) => t.textContent ?? '')
        .join('');
    const blocks: Block[] = [];
    for (const el of Array.from(body.children)) {
      if (el.localName === 'p') {
        const style = el.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? '';
        blocks.push({ kind: 'p', text: textOf(el), style, heading: /^(Heading|Title)/.test(style) });
      } else if (el.localName === 'tbl') {
        const rows = Array.from(el.getElementsByTagNameNS(W, 'tr'));
        blocks.push({
          kind: 'tbl',
          rows: rows.map((tr) => Array.from(tr.getElementsByTagNameNS(W, 'tc')).map(textOf)),
          headerRepeats: rows[0]?.getElementsByTagNameNS(W, 'tblHeader').length === 1,
          rightAligned: Array.from(el.getElementsByTagNameNS(W, 'jc')).filter((j) => j.getAttributeNS(W, 'val') === 'right').length,
        });
      }
    }
    return blocks;
  }, xml);
}

const pngSize = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

async function downloadReport(page: Page): Promise<Report> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: BUTTON }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  const name = download.suggestedFilename();
  writeFileSync(join(OUT, name), bytes);
  const files = unzipSync(new Uint8Array(bytes));
  const xml = strFromU8(files['word/document.xml']!);
  const media = Object.entries(files)
    .filter(([n]) => n.startsWith('word/media/'))
    .map(([n, data]) => ({ name: n, ...pngSize(data) }));
  const extents = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"/g)].map((m) => ({ cx: Number(m[1]), cy: Number(m[2]) }));
  return { name, blocks: await bodyBlocks(page, xml), media, extents, xml };
}

/** The chart panels on the page, in page order: heading, and each row of its table view as the page writes it. */
async function chartPanels(page: Page): Promise<{ title: string; rows: string[][] }[]> {
  const sections = page.locator('section.panel[id^="panel-"]:has(.toggle)');
  const panels: { title: string; rows: string[][] }[] = [];
  for (let i = 0; i < (await sections.count()); i++) {
    const section = sections.nth(i);
    await section.getByRole('button', { name: 'Bảng', exact: true }).click();
    const table = section.locator('table.figure-table');
    await table.waitFor();
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent ?? '')));
    panels.push({ title: (await section.locator('h2').textContent()) ?? '', rows });
    await section.getByRole('button', { name: 'Biểu đồ', exact: true }).click();
  }
  return panels;
}

const paragraphs = (r: Report) => r.blocks.flatMap((b) => (b.kind === 'p' ? [b] : []));
const tables = (r: Report) => r.blocks.flatMap((b) => (b.kind === 'tbl' ? [b] : []));
const captions = (r: Report) => paragraphs(r).filter((p) => /^Hình \d+\. /.test(p.text));

/** What every report of a view must hold, against what the page shows for that view. */
async function checkReport(report: Report, page: Page) {
  const panels = await chartPanels(page);
  expect(panels.length).toBeGreaterThan(0);

  // one numbered caption per chart panel, in page order, each under its own heading
  const caps = captions(report);
  expect(caps.map((c) => c.text.replace(/ — .*$/, ''))).toEqual(panels.map((p, i) => `Hình ${i + 1}. ${p.title}`));
  for (const cap of caps) expect(cap.text).toMatch(/ — \S/);
  const headings = paragraphs(report).filter((p) => p.heading);
  for (const p of panels) expect(headings.map((h) => h.text)).toContain(p.title);

  // one table for the key figures, then one per panel, holding exactly the rows of the panel's table view
  const tbls = tables(report);
  expect(tbls.length).toBe(panels.length + 1);
  panels.forEach((p, i) => {
    const tbl = tbls[i + 1]!;
    expect(tbl.headerRepeats).toBe(true);
    expect(tbl.rows.slice(1), p.title).toEqual(p.rows);
  });
  expect(tbls.every((t) => t.headerRepeats)).toBe(true);
  // the numbers right-aligned: at least one cell per row of every panel table
  panels.forEach((p, i) => expect(tbls[i + 1]!.rightAligned).toBeGreaterThanOrEqual(p.rows.length));

  // the key figures as the strip writes them
  const tileValues = await page.locator('#panel-overview .tile__value').allTextContents();
  expect(tileValues.length).toBeGreaterThan(0);
  const keyCells = tbls[0]!.rows.slice(1).map((r) => r.at(-1) ?? '');
  for (const value of tileValues)
    expect(
      keyCells.some((c) => c.startsWith(value.trim())),
      value,
    ).toBe(true);

  // the sources: a heading, then each citation once, with its diacritics; every panel's source line among them
  const texts = report.blocks.map((b) => (b.kind === 'p' ? b.text : ''));
  const at = texts.lastIndexOf('Nguồn số liệu');
  expect(at).toBeGreaterThan(0);
  const sources = texts.slice(at + 1).filter(Boolean);
  expect(sources.length).toBeGreaterThan(0);
  expect(new Set(sources).size).toBe(sources.length);
  for (const s of sources) {
    expect(s).toMatch(/^Nguồn: /);
    expect(s).toMatch(VIETNAMESE);
  }
  const sourceLines = texts.slice(0, at).filter((t) => t.startsWith('Nguồn: '));
  expect(sourceLines.length).toBe(panels.length);
  for (const line of sourceLines) expect(sources.some((s) => line.includes(s))).toBe(true);

  // one high-resolution PNG per chart, laid out within the text width (and height), aspect kept
  expect(report.media.length).toBe(panels.length);
  expect(report.extents.length).toBe(panels.length);
  report.extents.forEach((e, i) => {
    expect(e.cx).toBeLessThanOrEqual(TEXT_WIDTH_EMU);
    expect(e.cy).toBeLessThanOrEqual(TEXT_HEIGHT_EMU * 0.86);
    const png = report.media[i]!;
    expect(png.width).toBeGreaterThanOrEqual((2 * e.cx) / EMU_PER_PX);
    expect(Math.abs(png.width / png.height - e.cx / e.cy)).toBeLessThan(0.02);
  });
  // a chart fills the text width unless it is too tall for the page
  expect(report.extents.filter((e) => e.cx > TEXT_WIDTH_EMU - 2 * EMU_PER_PX).length).toBeGreaterThan(0);

  // the document's default font carries Vietnamese on office PCs, and the page is A4 portrait
  expect(report.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  return { panels, keyFigures: tbls[0]!.rows.length - 1, figures: tbls.slice(1).reduce((n, t) => n + t.rows.length - 1, 0) };
}

describe.skipIf(!hasChromium())('the Word report of the view, from the built app in Chromium', { timeout: 120_000 }, () => {
  const browser = useBrowser();
  let watched: WatchedPage;
  let all: Report;
  let counts: { keyFigures: number; figures: number };

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    watched = await openPage(browser());
    await watched.page.getByRole('button', { name: BUTTON }).waitFor();
  });

  afterAll(async () => {
    await watched?.context.close();
  });

  it('default view: title, filters, key figures, a captioned image, table and source per chart panel, and the sources', async () => {
    const { page } = watched;
    all = await downloadReport(page);
    expect(all.name).toBe('ha-noi-2020.docx');
    const texts = paragraphs(all).map((p) => p.text);
    expect(paragraphs(all)[0]).toMatchObject({ style: 'Title' });
    expect(texts[0]).toMatch(VIETNAMESE);
    expect(texts).toContain('Đảng bộ thành phố Hà Nội');
    expect(texts.some((t) => t.startsWith('Bộ lọc: '))).toBe(true);
    expect(texts.some((t) => t.startsWith('Số liệu chính'))).toBe(true);
    counts = await checkReport(all, page);
    await page.getByRole('status').filter({ hasText: 'ha-noi-2020.docx' }).first().waitFor();
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });

  it('a filtered view (members, 2020): its own file name, the filters in words, fewer figures', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), '?subject=member&period=2020');
    await page.getByRole('button', { name: BUTTON }).waitFor();
    const filtered = await downloadReport(page);
    expect(filtered.name).toBe('ha-noi-2020-2020-dang-vien.docx');
    const filters = paragraphs(filtered).find((p) => p.text.startsWith('Bộ lọc: '))!.text;
    expect(filters).toContain('Đảng viên');
    expect(filters).toContain('Năm 2020');
    expect(filters).not.toBe(paragraphs(all).find((p) => p.text.startsWith('Bộ lọc: '))!.text);
    const own = await checkReport(filtered, page);
    expect(own.keyFigures).toBeLessThan(counts.keyFigures);
    expect(own.figures).toBeLessThan(counts.figures);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it.skipIf(!OFFICE || !POPPLER)('opens in LibreOffice: A4 pages, a sane count, the captions in order and the diacritics intact', () => {
    const docx = join(OUT, all.name);
    const pdfDir = join(OUT, 'pdf');
    execFileSync(
      OFFICE!,
      [`-env:UserInstallation=${pathToFileURL(join(OUT, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, docx],
      { timeout: 120_000, stdio: 'pipe' },
    );
    const pdf = join(pdfDir, all.name.replace(/\.docx$/, '.pdf'));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    // title and key figures, then each panel's chart and table: a few pages each, never one per figure
    expect(pages).toBeGreaterThanOrEqual(captions(all).length);
    expect(pages).toBeLessThanOrEqual(3 * captions(all).length + 2);
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    let from = 0;
    for (const caption of captions(all)) {
      const at = text.indexOf(caption.text.slice(0, 20), from);
      expect(at, caption.text).toBeGreaterThanOrEqual(from);
      from = at;
    }
    expect(text).toContain('Đảng bộ thành phố Hà Nội');
    expect(text).toContain('Nguồn số liệu');
  });
});
