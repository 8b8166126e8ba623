import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { drawAllCharts, hasChromium, openPage, useBrowser } from './harness';

// The PowerPoint export downloaded from the built app, for the default and a filtered view, whole view and one chart,
// and read back as a PowerPoint program reads it: slides, chart parts with their cached values, pictures.

/** Exported files are kept here for a person to look at after the run. */
const OUT = join(tmpdir(), 'xdd-export-pptx');
mkdirSync(OUT, { recursive: true });
const CHART_PANELS = ['inspection', 'congress', 'programme', 'anniversary'];

interface Figures {
  /** the panel's title as the page writes it */
  title: string;
  /** the panel's text on the page, whitespace removed (its chart's labels are in it) */
  text: string;
  /** every value and denominator of the panel's table view */
  numbers: Set<number>;
  /** value/denominator of each row that has a denominator */
  shares: Set<number>;
}

/** "17.118" -> 17118, "2,5" -> 2.5 (the table view writes numbers the Vietnamese way). */
const viNumber = (text: string) => Number(text.trim().replace(/\./g, '').replace(',', '.'));
const squash = (s: string) => s.replace(/\s+/g, '');

/** What the page shows of each chart panel: its title and text (chart view), the figures of its table view. */
async function pageFigures(page: Page, tables: Page): Promise<Map<string, Figures>> {
  const figures = new Map<string, Figures>();
  for (const id of CHART_PANELS) {
    const section = page.locator(`#panel-${id}`);
    if ((await section.count()) === 0) continue;
    const title = (await section.locator('h2').first().textContent()) ?? '';
    const text = squash((await section.textContent()) ?? '');
    const rows = await tables.locator(`#panel-${id} table`).evaluate((table) => {
      const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
      const at = (name: string) => heads.indexOf(name);
      return [...table.querySelectorAll('tbody tr')].map((tr) => {
        const cells = [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '');
        return { value: cells[at('Giá trị')] ?? '', denominator: cells[at('Trên tổng số')] ?? '' };
      });
    });
    const numbers = new Set<number>();
    const shares = new Set<number>();
    for (const r of rows) {
      const value = viNumber(r.value);
      numbers.add(value);
      if (r.denominator.trim()) {
        numbers.add(viNumber(r.denominator));
        shares.add(value / viNumber(r.denominator));
      }
    }
    figures.set(id, { title, text, numbers, shares });
  }
  return figures;
}

interface Deck {
  slides: { xml: string; texts: string[]; charts: Chart[]; pictures: number }[];
}
interface Chart {
  share: boolean;
  series: { name: string; labels: string[]; values: (number | null)[] }[];
}

const textsOf = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1]!));
const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const byNumber = (a: string, b: string) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]);

/** The deck as PowerPoint reads it: slides in order, each with its texts, its charts' cached data and its pictures. */
function readDeck(bytes: Uint8Array): Deck {
  const files = unzipSync(bytes);
  const names = Object.keys(files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort(byNumber);
  const chartOf = (path: string): Chart => {
    const xml = strFromU8(files[path]!);
    const points = (s: string) => [...s.matchAll(/<c:pt idx="\d+">\s*<c:v>([^<]*)<\/c:v>/g)].map((p) => decodeXml(p[1]!));
    const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
      const ser = m[1]!;
      return {
        name: decodeXml(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1] ?? ''),
        labels: points(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(ser)?.[1] ?? ''),
        values: points(/<c:val>([\s\S]*?)<\/c:val>/.exec(ser)?.[1] ?? '').map((v) => (v === '' ? null : Number(v))),
      };
    });
    return { share: /<c:max val="1"\/>/.test(xml), series };
  };
  return {
    slides: names.map((name) => {
      const xml = strFromU8(files[name]!);
      const rels = strFromU8(files[name.replace('slides/', 'slides/_rels/') + '.rels'] ?? new Uint8Array());
      const targets = [...rels.matchAll(/Target="([^"]+)"/g)].map((m) => m[1]!);
      const charts = targets
        .filter((t) => /charts\/chart\d+\.xml$/.test(t))
        .sort(byNumber)
        .map((t) => chartOf(`ppt/charts/${t.split('/').pop()}`));
      return { xml, texts: textsOf(xml), charts, pictures: (xml.match(/<p:pic>/g) ?? []).length };
    }),
  };
}

async function downloadFrom(page: Page, click: () => Promise<void>) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  const bytes = readFileSync(await dl.path());
  writeFileSync(join(OUT, dl.suggestedFilename()), bytes);
  return { name: dl.suggestedFilename(), bytes: new Uint8Array(bytes) };
}

const wholeView = (page: Page) => downloadFrom(page, () => page.getByRole('button', { name: 'Tải PowerPoint (.pptx)' }).click());

async function oneChart(page: Page, id: string) {
  const section = page.locator(`#panel-${id}`);
  await section.getByRole('button', { name: 'Tải xuống', exact: true }).click();
  const item = section.getByRole('menuitem', { name: 'PowerPoint (.pptx)' });
  await item.waitFor();
  return downloadFrom(page, () => item.click());
}

/** The panel a slide belongs to: the one whose title the slide's first text is (or continues). */
function panelOf(slide: Deck['slides'][number], figures: Map<string, Figures>): string | null {
  const first = slide.texts[0] ?? '';
  for (const [id, f] of figures) if (first === f.title || first.startsWith(`${f.title} (`)) return id;
  return null;
}

/** Every chart of the deck holds exactly figures the page shows for its panel, under labels the page writes. */
function expectChartsAreThePage(deck: Deck, figures: Map<string, Figures>) {
  let charts = 0;
  for (const slide of deck.slides) {
    if (slide.charts.length === 0) continue;
    const id = panelOf(slide, figures);
    expect(id, slide.texts[0]).not.toBeNull();
    const f = figures.get(id!)!;
    for (const chart of slide.charts) {
      charts++;
      for (const s of chart.series) {
        expect(s.values.length).toBe(s.labels.length);
        for (const [i, v] of s.values.entries()) {
          if (v === null) continue;
          if (chart.share)
            expect(
              [...f.shares].some((share) => Math.abs(share - v) < 1e-9),
              `${id}: share ${v}`,
            ).toBe(true);
          else expect(f.numbers.has(v), `${id}: ${s.labels[i]} = ${v}`).toBe(true);
        }
        // a share's label carries "x/y" after the page's label
        for (const label of s.labels)
          expect(f.text, `${id}: ${label}`).toContain(squash(chart.share ? label.replace(/ \([^()]*\)$/, '') : label));
      }
    }
  }
  return charts;
}

const OFFICE = (process.env.PATH ?? '')
  .split(delimiter)
  .map((dir) => join(dir, 'soffice'))
  .find((path) => existsSync(path));
if (!OFFICE) console.info('skipped "the deck in LibreOffice": soffice is not installed (apt-get install -y libreoffice-impress-nogui)');

describe.skipIf(!hasChromium())('PowerPoint export from the built app', { timeout: 180_000 }, () => {
  const browser = useBrowser();
  const officeDir = mkdtempSync(join(tmpdir(), 'pptx-office-'));
  afterAll(() => rmSync(officeDir, { recursive: true, force: true }));

  async function view(query: string) {
    const shown = await openPage(browser(), query);
    await drawAllCharts(shown.page);
    const tables = await openPage(browser(), `${query}${query ? '&' : '?'}table=${CHART_PANELS.join(',')}`);
    await tables.page.locator('#panel-inspection table').waitFor();
    const figures = await pageFigures(shown.page, tables.page);
    await tables.context.close();
    return { ...shown, figures };
  }

  let defaultDeck: Uint8Array | null = null;

  it('the default view: title, key figures, one slide per chart in page order with native charts of the page’s figures, sources', async () => {
    const { page, context, figures, consoleErrors, foreignRequests } = await view('');
    const { name, bytes } = await wholeView(page);
    defaultDeck = bytes;
    expect(name).toBe('ha-noi-2020.pptx');
    const deck = readDeck(bytes);
    const all = deck.slides.map((s) => s.texts.join(' ')).join(' | ');
    // the title slide, with the dataset, organisation, filters and export date in Vietnamese
    expect(deck.slides[0]!.texts.join(' ')).toContain('Công tác xây dựng Đảng năm 2020');
    expect(deck.slides[0]!.texts.join(' ')).toMatch(/Xuất ngày \d\d\/\d\d\/\d{4}/);
    expect(all).toContain('Số liệu chính');
    // the panels' slides in page order
    const order = deck.slides.map((s) => panelOf(s, figures)).filter((id): id is string => id !== null);
    expect([...new Set(order)]).toEqual(CHART_PANELS);
    // native charts of exactly the page's figures: inspection, the congress completions, two programme sections
    const charts = expectChartsAreThePage(deck, figures);
    expect(charts).toBe(4);
    const inspection = deck.slides.find((s) => panelOf(s, figures) === 'inspection')!;
    expect(inspection.charts[0]!.series.map((s) => [s.name, s.values])).toEqual([
      ['Tổ chức đảng', [1282, 766, 81]],
      ['Đảng viên', [360, 184, 343]],
    ]);
    expect(inspection.charts[0]!.series[0]!.labels).toEqual([
      'Kiểm tra (cấp ủy)',
      'Giám sát',
      'Kiểm tra khi có dấu hiệu vi phạm (ủy ban kiểm tra)',
    ]);
    const congress = deck.slides.find((s) => panelOf(s, figures) === 'congress')!;
    expect(congress.charts[0]!.series[0]!.labels).toEqual([
      'Tổ chức cơ sở đảng có khó khăn đã tổ chức thành công đại hội (83/83)',
      'Tổ chức cơ sở đảng được củng cố (226/226)',
    ]);
    // titles and source lines with their diacritics; the caption beside the chart
    for (const title of ['Kiểm tra, giám sát', 'Đại hội đảng các cấp', 'Chương trình toàn khóa, kế hoạch và hội nghị', 'Các ngày kỷ niệm'])
      expect(all).toContain(title);
    expect(inspection.texts.join(' ')).toContain('Nguồn: Báo cáo tổng kết công tác xây dựng Đảng năm 2020');
    expect(inspection.texts.join(' ')).toContain('Kiểm tra (cấp ủy): 1.282 tổ chức');
    // the timeline: its picture with its table beside it
    const anniversary = deck.slides.find((s) => panelOf(s, figures) === 'anniversary')!;
    expect(anniversary.pictures).toBe(1);
    expect(anniversary.texts).toContain('90 năm (từ 1930)');
    // the sources slide, last, each citation once
    const last = deck.slides.at(-1)!.texts;
    expect(last[0]).toBe('Nguồn số liệu');
    expect(last.filter((t) => t.startsWith('Nguồn: '))).toHaveLength(1);
    // every text run in one font that carries Vietnamese
    for (const s of deck.slides) expect(s.xml).not.toMatch(/typeface="(?!Arial")[^"]+"/);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('a filtered view (members, 2020): the whole view and one chart carry only its figures, the filters in the file names', async () => {
    const { page, context, figures } = await view('?subject=member&period=2020');
    const { name, bytes } = await wholeView(page);
    expect(name).toBe('ha-noi-2020-2020-dang-vien.pptx');
    const deck = readDeck(bytes);
    expect(deck.slides[0]!.texts.join(' ')).toContain('Đảng viên');
    expectChartsAreThePage(deck, figures);
    const inspection = deck.slides.find((s) => panelOf(s, figures) === 'inspection')!;
    expect(inspection.charts[0]!.series.map((s) => [s.name, s.values])).toEqual([['Đảng viên', [360, 184, 343]]]);

    const single = await oneChart(page, 'inspection');
    expect(single.name).toMatch(/^kiem-tra-giam-sat-.*dang-vien.*\.pptx$/);
    const one = readDeck(single.bytes);
    expect(one.slides).toHaveLength(1);
    expect(one.slides[0]!.texts[0]).toBe('Kiểm tra, giám sát');
    expect(one.slides[0]!.charts).toHaveLength(1);
    expect(one.slides[0]!.charts[0]!.series.map((s) => s.values)).toEqual([[360, 184, 343]]);
    expect(one.slides[0]!.texts.join(' ')).toContain('Nguồn: ');
    expectChartsAreThePage(one, figures);
    await context.close();
  });

  it.skipIf(!OFFICE)('the deck opens in LibreOffice Impress: one PDF page per slide', async () => {
    expect(defaultDeck).not.toBeNull();
    const file = join(officeDir, 'deck.pptx');
    writeFileSync(file, defaultDeck!);
    execFileSync(
      OFFICE as string,
      [
        `-env:UserInstallation=${pathToFileURL(join(officeDir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        officeDir,
        file,
      ],
      { timeout: 120_000, stdio: 'pipe' },
    );
    expect(readdirSync(officeDir)).toContain('deck.pdf');
    const pdf = readFileSync(join(officeDir, 'deck.pdf')).toString('latin1');
    const pages = (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pages).toBe(readDeck(defaultDeck!).slides.length);
  });
});
