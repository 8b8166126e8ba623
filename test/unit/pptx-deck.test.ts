import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chartArgs, numberFormat, pptxColor } from '../../src/export/pptx-charts';
import { buildPptx } from '../../src/export/pptx-deck';
import { MAX_CATEGORIES, paginate, stackHeights } from '../../src/export/pptx-layout';
import type { DeckChart, DeckTable } from '../../src/export/pptx-types';
import { deckOf, deckPanelOf, sectionBlocks } from '../../src/panels/slide-content';
import { viewSummary } from '../../src/panels/view-summary';
import { formatNumber } from '../../src/model/format';
import { halfYearInspection } from '../fixtures/other-reports';
import { DEFAULT_FILTERS, viewsOf } from '../fixtures/filters';
import { shippedDataset } from '../fixtures/dataset';

const shipped = shippedDataset;
const TODAY = new Date('2026-11-26T08:00:00Z');

/** The chart parts of a .pptx: each chart's category labels and its series' names and cached values. */
function chartsOf(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  return Object.keys(files)
    .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]))
    .map((name) => {
      const xml = strFromU8(files[name]!);
      const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
        const ser = m[1]!;
        const name = /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1] ?? '';
        const cat = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(ser)?.[1] ?? '';
        const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(ser)?.[1] ?? '';
        const points = (s: string) => [...s.matchAll(/<c:pt idx="\d+">\s*<c:v>([^<]*)<\/c:v>/g)].map((p) => p[1]!);
        return { name, labels: points(cat), values: points(val).map((v) => (v === '' ? null : Number(v))) };
      });
      return { name, xml, series };
    });
}

describe('slide content: what PowerPoint gets of each panel', () => {
  it('a bar panel is one native chart with the page’s labels, values and colours', () => {
    const dataset = shipped();
    const view = viewsOf(dataset).find((v) => v.id === 'inspection')!;
    const panel = deckPanelOf(view, 'vi');
    expect(panel.blocks).toHaveLength(1);
    const chart = panel.blocks[0] as DeckChart;
    expect(chart.kind).toBe('chart');
    expect(chart.categories).toEqual(['Kiểm tra (cấp ủy)', 'Giám sát', 'Kiểm tra khi có dấu hiệu vi phạm (ủy ban kiểm tra)']);
    expect(chart.series.map((s) => [s.name, s.color, s.values])).toEqual([
      ['Tổ chức đảng', '0072B2', [1282, 766, 81]],
      ['Đảng viên', 'C0510A', [360, 184, 343]],
    ]);
    // every value is a figure of the panel's table
    const tableValues = new Set(view.table.rows.map((r) => r.value));
    for (const v of chart.series.flatMap((s) => s.values)) expect(tableValues.has(v)).toBe(true);
    expect(panel.source).toMatch(/^Nguồn: /);
  });

  it('a figures section: counts as bars, parts as shares with x/y in the labels, the rest as a table of the figures as written', () => {
    const section = {
      key: 's',
      title: 'Đại hội',
      rows: [
        { key: 'a', label: 'Chi bộ', text: '17.118 chi bộ', mark: { kind: 'bar' as const, value: 17118 } },
        { key: 'b', label: 'Tổ chức', text: '2.310 tổ chức', mark: { kind: 'bar' as const, value: 2310 } },
        { key: 'c', label: 'Củng cố', text: '226/226 (100%)', mark: { kind: 'part' as const, done: 226, total: 226 } },
        { key: 'd', label: 'Sớm', text: 'Sớm 10 ngày', mark: { kind: 'offset' as const, value: -10, plan: 'p', actual: 'a' } },
        { key: 'e', label: 'Đại hội thành phố', text: '1 đại hội' },
      ],
    };
    const [bars, parts, table] = sectionBlocks(section, '007A5E', 'vi') as [DeckChart, DeckChart, DeckTable];
    expect(bars.categories).toEqual(['Chi bộ', 'Tổ chức']);
    expect(bars.series[0]!.values).toEqual([17118, 2310]);
    expect(parts.share).toBe(true);
    expect(parts.categories).toEqual(['Củng cố (226/226)']);
    expect(parts.series[0]!.values).toEqual([1]);
    expect(table.rows).toEqual([
      ['Sớm', 'Sớm 10 ngày'],
      ['Đại hội thành phố', '1 đại hội'],
    ]);
  });

  it('the timeline goes in as its picture with the table beside it, said so in the notes; without a picture only the table', () => {
    const dataset = shipped();
    const view = viewsOf(dataset).find((v) => v.id === 'anniversary')!;
    const image = { kind: 'image' as const, data: 'data:image/png;base64,AA==', width: 100, height: 60, altText: 'x' };
    const panel = deckPanelOf(view, 'vi', image);
    expect(panel.blocks.map((b) => b.kind)).toEqual(['image', 'table']);
    expect(panel.notes.some((n) => n.includes('PowerPoint không vẽ được'))).toBe(true);
    expect(deckPanelOf(view, 'vi').blocks.map((b) => b.kind)).toEqual(['table']);
  });

  it('colours: hex kept, anything else the single-series colour', () => {
    expect(pptxColor('#c0510a')).toBe('C0510A');
    expect(pptxColor('var(--x)')).toMatch(/^[0-9A-F]{6}$/);
  });
});

describe('chart arguments and layout', () => {
  const chart = (over: Partial<DeckChart> = {}): DeckChart => ({
    kind: 'chart',
    heading: '',
    categories: ['a', 'b'],
    series: [{ name: 's', color: '000000', values: [1, 2] }],
    stacked: false,
    share: false,
    log: false,
    altText: '',
    ...over,
  });

  it('formats whole numbers with a separator, shares as percents; a log axis only when asked', () => {
    expect(numberFormat(chart())).toBe('#,##0');
    expect(numberFormat(chart({ share: true, series: [{ name: 's', color: '0', values: [1, 0.5] }] }))).toBe('0%');
    expect(numberFormat(chart({ share: true, series: [{ name: 's', color: '0', values: [1 / 3] }] }))).toBe('0.0%');
    expect(chartArgs(chart({ log: true }), 'vi').options.valAxisLogScaleBase).toBe(10);
    expect(chartArgs(chart(), 'vi').options.valAxisLogScaleBase).toBeUndefined();
    expect(chartArgs(chart({ stacked: true }), 'vi').options.barGrouping).toBe('stacked');
    const { data } = chartArgs(chart(), 'vi');
    expect(data).toEqual([{ name: 's', labels: ['a', 'b'], values: [1, 2] }]);
  });

  it('a chart of many categories continues on further slides; each slide’s blocks fit the body', () => {
    const many = chart({
      categories: Array.from({ length: 30 }, (_, i) => `row ${i}`),
      series: [{ name: 's', color: '0', values: Array.from({ length: 30 }, (_, i) => i) }],
    });
    const pages = paginate([many]);
    expect(pages.length).toBe(Math.ceil(30 / MAX_CATEGORIES));
    const values = pages.flat().flatMap((b) => (b.kind === 'chart' ? b.series[0]!.values : []));
    expect(values).toEqual(Array.from({ length: 30 }, (_, i) => i));
    // a lone chart fills the body
    expect(stackHeights([chart()])[0]).toBeGreaterThan(4.5);
  });
});

describe('the deck file', { timeout: 30_000 }, () => {
  it('holds one chart part per native chart whose cached values are the panel’s figures, and the sources slide', async () => {
    const dataset = shipped();
    const views = viewsOf(dataset);
    const summary = viewSummary(dataset, DEFAULT_FILTERS, 'vi', views, TODAY);
    const panels = summary.views.map((v) => deckPanelOf(v, 'vi'));
    const bytes = await buildPptx(deckOf(summary, panels));
    if (process.env.PPTX_OUT) (await import('node:fs')).writeFileSync(`${process.env.PPTX_OUT}/shipped.pptx`, bytes);
    const files = unzipSync(bytes);
    const charts = chartsOf(bytes);
    const expected = panels.flatMap((p) => p.blocks.filter((b): b is DeckChart => b.kind === 'chart'));
    expect(charts).toHaveLength(expected.length);
    charts.forEach((c, i) => {
      const want = expected[i]!;
      expect(c.series.map((s) => s.name)).toEqual(want.series.map((s) => s.name));
      for (const [j, s] of c.series.entries()) {
        expect(s.labels).toEqual(want.categories);
        expect(s.values).toEqual(want.series[j]!.values);
      }
    });
    // the inspection figures, exactly
    expect(charts[0]!.series.map((s) => s.values)).toEqual([
      [1282, 766, 81],
      [360, 184, 343],
    ]);
    const slides = Object.keys(files)
      .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]))
      .map((n) => strFromU8(files[n]!));
    expect(slides[0]).toContain('Công tác xây dựng Đảng năm 2020');
    expect(slides.at(-1)).toContain('Nguồn số liệu');
    expect(slides.at(-1)).toContain(summary.sources[0]!.replace(/&/g, '&amp;'));
    // every text run names Arial
    for (const s of slides) expect(s).not.toMatch(/<a:latin typeface="(?!Arial)/);
    expect(formatNumber('vi', 1282)).toBe('1.282');
  });

  it('a synthetic half-year file: every cached value is a figure of the file, the discipline chart stacked (synthetic data)', async () => {
    const dataset = halfYearInspection();
    const views = viewsOf(dataset);
    const summary = viewSummary(dataset, DEFAULT_FILTERS, 'en', views, TODAY);
    const bytes = await buildPptx(
      deckOf(
        summary,
        summary.views.map((v) => deckPanelOf(v, 'en')),
      ),
    );
    if (process.env.PPTX_OUT) (await import('node:fs')).writeFileSync(`${process.env.PPTX_OUT}/half-year.pptx`, bytes);
    const charts = chartsOf(bytes);
    // inspection, and discipline stacked by form
    expect(charts).toHaveLength(2);
    expect(charts[1]!.xml).toContain('<c:grouping val="stacked"/>');
    const figures = new Set(dataset.indicators.map((i) => i.value));
    for (const c of charts)
      for (const s of c.series) for (const v of s.values) if (v !== null) expect(figures.has(v), `${s.name}: ${v}`).toBe(true);
  });
});
