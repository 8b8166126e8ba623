import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChartExportSpec } from '../../src/export/types';
import { appUrl, hasChromium, useBrowser } from './harness';
import { serveFile } from './overlay';

// The export modules, bundled on the fly into one script that exposes them as window.__exporters,
// run in a small page served beside the built app (same origin, same fonts, same CSP).
const root = resolve(import.meta.dirname, '../..');
// A real recharts chart is rendered too, since its markup (nested legend-icon <svg>s, clip paths,
// inline styles) is what the panels will hand over.
const ENTRY = `
  import { createRoot } from 'react-dom/client';
  import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
  export function renderRecharts() {
    const rows = [{ name: 'Tổ chức đảng', v: 1282 }, { name: 'Đảng viên', v: 3960 }];
    createRoot(document.getElementById('recharts')).render(
      <BarChart width={480} height={240} data={rows}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
        <XAxis dataKey="name" tick={{ fill: 'var(--ink)' }} />
        <YAxis />
        <Bar dataKey="v" fill="var(--series-2)" isAnimationActive={false}><LabelList dataKey="v" position="top" /></Bar>
      </BarChart>,
    );
  }
  export * from './src/export/export-chart';
  export { composeCaptionedSvg, captionedSize } from './src/export/captioned-svg';
  export { serializeChartSvg } from './src/export/inline-svg';
  export { svgToPngBlob } from './src/export/rasterize';
  export { loadEmbeddedFontCss } from './src/export/embedded-font';
`;
type Exporters = typeof import('../../src/export/export-chart') &
  typeof import('../../src/export/captioned-svg') &
  typeof import('../../src/export/inline-svg') &
  typeof import('../../src/export/rasterize') &
  typeof import('../../src/export/embedded-font') & { renderRecharts: () => void };
declare global {
  interface Window {
    __exporters: Exporters;
    __spec: ChartExportSpec;
  }
}

const BAR = { x: 20, y: 20, width: 120, height: 160 }; // the red bar in the test chart, CSS px
const SPEC: ChartExportSpec = {
  title: 'Kiểm tra, giám sát Đảng viên',
  subtitle: 'Năm 2020 · Tổ chức đảng, Đảng viên',
  source: 'Nguồn: Báo cáo Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ thành phố Hà Nội, 28/11/2020',
  exportedOn: 'Xuất ngày 25/11/2026',
  legend: [
    { label: 'Tổ chức đảng', color: '#cc0000' },
    { label: 'Đảng viên <b>&</b>', color: '#1f77b4' },
  ],
  table: {
    columns: [
      { key: 'label', label: 'Chỉ tiêu' },
      { key: 'value', label: 'Giá trị' },
    ],
    rows: [{ label: 'Tổ chức đảng được cấp ủy kiểm tra', value: 1282 }],
  },
  fileNameParts: ['Kiểm tra, giám sát', '2020'],
  lang: 'vi',
};

function page(csp: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="fonts/fonts.css">
<style>
  :root { --bar: #cc0000; --ink: #222222; --label-size: 14px; --series-2: #1f77b4; --grid: #dddddd; }
  body { margin: 0; font-family: 'Be Vietnam Pro', sans-serif; }
  .bar { fill: var(--bar); }
  .label { fill: var(--ink); font-size: var(--label-size); }
</style></head>
<body>
<svg id="chart" width="400" height="200" viewBox="0 0 400 200">
  <rect class="bar" x="${BAR.x}" y="${BAR.y}" width="${BAR.width}" height="${BAR.height}"/>
  <text class="label" x="170" y="100">Đảng viên được kiểm tra</text>
</svg>
<div id="recharts"></div>
<script src="export-test.js"></script>
</body></html>`;
}

const pngWidth = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset).getUint32(16); // IHDR

describe.skipIf(!hasChromium())('export producers in Chromium', () => {
  const browser = useBrowser();
  let p: Page;
  const cleanups: (() => void)[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    const bundle = await build({
      stdin: { contents: ENTRY, resolveDir: root, loader: 'tsx' },
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      minify: true,
      bundle: true,
      format: 'iife',
      globalName: '__exporters',
      target: 'es2022',
      platform: 'browser',
      write: false,
    });
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(resolve(root, 'index.html'), 'utf8'))?.[1] ?? '';
    cleanups.push(serveFile('export-test.js', bundle.outputFiles[0]!.text), serveFile('export-test.html', page(csp)));
    const context = await browser().newContext({ viewport: { width: 800, height: 600 }, acceptDownloads: true });
    p = await context.newPage();
    p.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    p.on('pageerror', (e) => consoleErrors.push(e.message));
    p.on('response', (r) => r.status() >= 400 && consoleErrors.push(`${r.status()} ${r.url()}`));
    await p.goto(appUrl('export-test.html'));
    await p.waitForFunction(() => Boolean(window.__exporters));
    await p.evaluate((spec) => (window.__spec = spec), SPEC);
  });

  afterAll(() => {
    for (const c of cleanups) c();
  });

  it('resolves CSS variables of the live chart into concrete attributes', async () => {
    const result = await p.evaluate(() => {
      const { markup, width, height } = window.__exporters.serializeChartSvg(document.querySelector<SVGSVGElement>('#chart')!);
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      return {
        width,
        height,
        parseErrors: doc.getElementsByTagName('parsererror').length,
        hasVar: markup.includes('var('),
        barFill: doc.querySelector('rect')?.getAttribute('fill'),
        labelFill: doc.querySelector('text')?.getAttribute('fill'),
        labelSize: doc.querySelector('text')?.getAttribute('font-size'),
      };
    });
    expect(result).toEqual({
      width: 400,
      height: 200,
      parseErrors: 0,
      hasVar: false,
      barFill: 'rgb(204, 0, 0)',
      labelFill: 'rgb(34, 34, 34)',
      labelSize: '14',
    });
  });

  it('serialises a real recharts chart: concrete colours, no classes or var(), the bars in the PNG', async () => {
    await p.evaluate(() => window.__exporters.renderRecharts());
    await p.locator('#recharts .recharts-bar-rectangle').first().waitFor();
    const r = await p.evaluate(async () => {
      const svg = document.querySelector<SVGSVGElement>('#recharts .recharts-wrapper > svg')!;
      const { markup, width, height } = window.__exporters.serializeChartSvg(svg);
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      const all = Array.from(doc.querySelectorAll('*'));
      const png = await window.__exporters.produceExport('png', window.__spec, window.__exporters.serializeChartSvg(svg), document.baseURI);
      const bitmap = await createImageBitmap(png.blob);
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      let blue = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] === 31 && data[i + 1] === 119 && data[i + 2] === 180) blue++;
      return {
        width,
        height,
        parseErrors: doc.getElementsByTagName('parsererror').length,
        hasVar: markup.includes('var('),
        classes: all.filter((e) => e.hasAttribute('class')).length,
        barFills: [...new Set(Array.from(doc.querySelectorAll('path[name]')).map((e) => e.getAttribute('fill')))],
        tickFills: [
          ...new Set(
            Array.from(doc.querySelectorAll('text'))
              .filter((t) => /Tổ chức đảng|Đảng viên/.test(t.textContent ?? ''))
              .map((t) => t.getAttribute('fill')),
          ),
        ],
        gridStroke: doc.querySelector('line[stroke-dasharray]')?.getAttribute('stroke'),
        labels: Array.from(doc.querySelectorAll('text')).map((t) => t.textContent),
        blue,
      };
    });
    expect(r).toMatchObject({
      width: 480,
      height: 240,
      parseErrors: 0,
      hasVar: false,
      classes: 0,
      barFills: ['rgb(31, 119, 180)'],
      tickFills: ['rgb(34, 34, 34)'],
      gridStroke: 'rgb(221, 221, 221)',
    });
    expect(r.labels).toEqual(expect.arrayContaining(['Tổ chức đảng', 'Đảng viên', '1282', '3960']));
    expect(r.blue).toBeGreaterThan(1000); // the bars, drawn in the PNG
  });

  it('rasterises the captioned chart at 2x: decodes, is not blank, and shows the chart', async () => {
    const r = await p.evaluate(async () => {
      const ex = window.__exporters;
      const svg = document.querySelector<SVGSVGElement>('#chart')!;
      const composed = await ex.buildCaptionedSvg(window.__spec, ex.serializeChartSvg(svg), document.baseURI);
      const { blob } = await ex.produceExport('png', window.__spec, ex.serializeChartSvg(svg), document.baseURI);
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      let nonWhite = 0;
      let red = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i]! < 250 || data[i + 1]! < 250 || data[i + 2]! < 250) nonWhite++;
        if (data[i] === 204 && data[i + 1] === 0 && data[i + 2] === 0) red++;
      }
      return {
        type: blob.type,
        width: bitmap.width,
        height: bitmap.height,
        svgWidth: composed.width,
        svgHeight: composed.height,
        nonWhite,
        red,
        fontFallback: composed.fontFallback,
      };
    });
    expect(r.type).toBe('image/png');
    expect(r.fontFallback).toBe(false);
    expect(r.width).toBe(r.svgWidth * 2);
    expect(r.height).toBe(r.svgHeight * 2);
    expect(r.width).toBeGreaterThanOrEqual(2 * 400);
    expect(r.nonWhite).toBeGreaterThan(r.width * r.height * 0.03);
    // the bar (2x) plus the legend swatch (12x12 at 2x) in the same red
    const bar = BAR.width * BAR.height * 4;
    expect(r.red).toBeGreaterThanOrEqual(bar);
    expect(r.red).toBeLessThan(bar * 1.1);
  });

  it('draws the text with the embedded Be Vietnam Pro once fonts are ready, not with a fallback', async () => {
    const r = await p.evaluate(async () => {
      const ex = window.__exporters;
      const svg = document.querySelector<SVGSVGElement>('#chart')!;
      const chart = ex.serializeChartSvg(svg);
      const fontFaceCss = await ex.loadEmbeddedFontCss(document.baseURI);
      const spec = window.__spec;
      /** Horizontal ink extent of the title line (the band from y=24 to 52 at scale 1). */
      const titleInk = async (svgText: string) => {
        const size = ex.captionedSize(svgText);
        const bitmap = await createImageBitmap(await ex.svgToPngBlob(svgText, { ...size, scale: 1 }));
        const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const { data, width } = ctx.getImageData(0, 24, bitmap.width, 28);
        let left = Infinity;
        let right = -Infinity;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i]! < 128) {
            const x = (i / 4) % width;
            left = Math.min(left, x);
            right = Math.max(right, x);
          }
        }
        return right - left + 1;
      };
      const embedded = await titleInk(ex.composeCaptionedSvg(spec, chart, { fontFaceCss }));
      const fallback = await titleInk(ex.composeCaptionedSvg(spec, chart));
      // the same line set by the page itself in Be Vietnam Pro
      await document.fonts.load(`700 22px "Be Vietnam Pro"`, spec.title);
      const ctx = new OffscreenCanvas(10, 10).getContext('2d')!;
      ctx.font = `700 22px "Be Vietnam Pro"`;
      const m = ctx.measureText(spec.title);
      return {
        embedded,
        fallback,
        expected: m.actualBoundingBoxLeft + m.actualBoundingBoxRight,
        pageFontLoaded: document.fonts.check(`700 22px "Be Vietnam Pro"`, spec.title),
      };
    });
    expect(r.pageFontLoaded).toBe(true);
    expect(Math.abs(r.embedded - r.expected)).toBeLessThanOrEqual(3);
    // and the check can tell the fonts apart
    expect(Math.abs(r.fallback - r.expected)).toBeGreaterThan(3);
  });

  it('downloads each kind under its slugged name: PNG, slide PNG, standalone SVG, CSV with BOM', async () => {
    const download = async (kind: string) => {
      const [file, result] = await Promise.all([
        p.waitForEvent('download'),
        p.evaluate(
          (k) =>
            window.__exporters.exportChart(
              k as 'png',
              window.__spec,
              window.__exporters.serializeChartSvg(document.querySelector<SVGSVGElement>('#chart')!),
              document.baseURI,
            ),
          kind,
        ),
      ]);
      const stream = await file.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return { name: file.suggestedFilename(), bytes: new Uint8Array(Buffer.concat(chunks)), result };
    };

    const png = await download('png');
    expect(png.name).toBe('kiem-tra-giam-sat-2020.png');
    expect(png.result).toMatchObject({ status: 'downloaded', fileName: png.name, bytes: png.bytes.length });
    expect(pngWidth(png.bytes)).toBeGreaterThanOrEqual(800);

    // a chart drawn for the page, fitted onto one 16:9 slide (panels lay theirs out for the slide: export-slide.test.ts)
    const slide = await download('png-slide');
    expect(slide.name).toBe('kiem-tra-giam-sat-2020-16x9.png');
    expect(pngWidth(slide.bytes)).toBe(1920);
    expect(new DataView(slide.bytes.buffer, slide.bytes.byteOffset).getUint32(20)).toBe(1080);

    const svg = await download('svg');
    expect(svg.name).toBe('kiem-tra-giam-sat-2020.svg');
    const svgText = new TextDecoder().decode(svg.bytes);
    expect(svgText.startsWith('<?xml')).toBe(true);
    expect(svgText).toContain(`<title>${SPEC.title}</title>`);
    expect(svgText).toContain('Đảng viên &lt;b&gt;&amp;&lt;/b&gt;');
    expect(svgText).toMatch(/@font-face[^}]*src: url\(data:font\/woff2;base64,/);
    expect(svgText).not.toMatch(/<foreignObject|<script|var\(/);
    const parsed = await p.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { errors: doc.getElementsByTagName('parsererror').length, title: doc.querySelector('text')?.textContent };
    }, svgText);
    expect(parsed).toEqual({ errors: 0, title: SPEC.title });

    const csv = await download('csv');
    expect(csv.name).toBe('kiem-tra-giam-sat-2020.csv');
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(csv.bytes)).toBe('Chỉ tiêu,Giá trị\r\nTổ chức đảng được cấp ủy kiểm tra,1282\r\n');
  });

  it('puts one 2x PNG and one CSV per chart into one ZIP', async () => {
    const [file] = await Promise.all([
      p.waitForEvent('download'),
      p.evaluate(() => {
        const chart = window.__exporters.serializeChartSvg(document.querySelector<SVGSVGElement>('#chart')!);
        const other = { ...window.__spec, fileNameParts: ['Đại hội', '2020'] };
        return window.__exporters.exportAllAsZip(
          [
            { spec: window.__spec, chart: () => Promise.resolve(chart) },
            { spec: other, chart: () => Promise.resolve(chart) },
          ],
          document.baseURI,
          'Bảng chỉ số 2020',
        );
      }),
    ]);
    expect(file.suggestedFilename()).toBe('bang-chi-so-2020.zip');
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    const entries = unzipSync(new Uint8Array(Buffer.concat(chunks)));
    // in the order given, each prefixed with its place, so a file browser sorting by name lists them in that order
    expect(Object.keys(entries)).toEqual([
      '01-kiem-tra-giam-sat-2020.png',
      '01-kiem-tra-giam-sat-2020.csv',
      '02-dai-hoi-2020.png',
      '02-dai-hoi-2020.csv',
    ]);
    for (const name of ['02-dai-hoi-2020.png', '01-kiem-tra-giam-sat-2020.png'])
      expect(pngWidth(entries[name]!)).toBeGreaterThanOrEqual(800);
  });

  it('copies the PNG to the clipboard where permitted, and exports one chart quickly', async () => {
    await p.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const r = await p.evaluate(async () => {
      const result = await window.__exporters.exportChart(
        'clipboard',
        window.__spec,
        window.__exporters.serializeChartSvg(document.querySelector<SVGSVGElement>('#chart')!),
        document.baseURI,
      );
      const items = result.status === 'copied' ? await navigator.clipboard.read() : [];
      const started = performance.now();
      await window.__exporters.produceExport(
        'png',
        window.__spec,
        window.__exporters.serializeChartSvg(document.querySelector<SVGSVGElement>('#chart')!),
        document.baseURI,
      );
      return { status: result.status, types: items.flatMap((i) => [...i.types]), ms: performance.now() - started };
    });
    expect(r.status).toBe('copied');
    expect(r.types).toContain('image/png');
    console.info(`one 2x PNG export (font cached): ${r.ms.toFixed(0)} ms`);
    expect(r.ms).toBeLessThan(1500); // generous for a loaded CI machine; the budget is 500 ms
  });

  it('logged no console error', () => {
    expect(consoleErrors).toEqual([]);
  });
});
