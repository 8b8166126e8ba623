import { describe, expect, it } from 'vitest';
import { THEME } from '../theme/theme';
import { estimateMeasure } from './figures-layout';
import { barChartHeight, timelineHeight } from './layout';
import { MAX_SLIDE_SCALE, planSlideChart, smallestFont, type FiguresPage, type SlidePage } from './slide-plan';
import { barChart, figuresChart, timelineChart, type ChartSpec, type FigureRow, type FigureSection } from './spec';

// SYNTHETIC charts (not from the report): short and long lists of figures, bars and spans.
const BOX = { width: 1760, height: 760 };
const OPTS = { minText: 14, continued: '(tiếp)', measure: estimateMeasure };

const row = (key: string, label: string, value: number, mark = true): FigureRow => ({
  key,
  label,
  text: `${value.toLocaleString('vi-VN')} tổ chức`,
  ...(mark ? { mark: { kind: 'bar' as const, value } } : {}),
});
const section = (key: string, title: string, rows: number, offset = 0): FigureSection => ({
  key,
  title,
  rows: Array.from({ length: rows }, (_, i) =>
    row(`${key}-${i}`, `Chỉ tiêu tổng hợp số ${offset + i + 1} của đơn vị thử nghiệm, ghi đủ tên để xuống dòng`, (i * 37) % 500),
  ),
});
const figures = (sections: FigureSection[], note?: string) =>
  figuresChart({ sections, color: THEME.series.single, label: 'Thử', ...(note ? { note } : {}) }) as Extract<
    ChartSpec,
    { kind: 'figures' }
  >;

/** Every row key of a figures slide set, in reading order: slide by slide, column by column. */
const figureKeys = (pages: SlidePage[]) =>
  (pages as FiguresPage[]).flatMap((p) => p.columns.flatMap((c) => c.sections.flatMap((s) => s.rows.map((r) => r.row.key))));

function expectInsideBox(pages: SlidePage[], spec: ChartSpec) {
  for (const page of pages) {
    expect(page.width * page.scale).toBeLessThanOrEqual(BOX.width + 0.5);
    expect(page.height * page.scale).toBeLessThanOrEqual(BOX.height + 0.5);
    // the chart's smallest text reaches the slide's minimum, and no chart is blown up beyond the largest scale
    expect(smallestFont(spec) * page.scale).toBeGreaterThanOrEqual(OPTS.minText - 1e-9);
    expect(page.scale).toBeLessThanOrEqual(MAX_SLIDE_SCALE);
  }
}

describe('16:9 slide plan: figures charts', () => {
  it('a short chart fits one slide, at the largest scale', () => {
    const spec = figures([section('a', 'Đại hội đã tổ chức', 4), section('b', 'Hoàn thành', 2)]);
    const pages = planSlideChart(spec, BOX, OPTS);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.scale).toBe(MAX_SLIDE_SCALE);
    expectInsideBox(pages, spec);
  });

  it('a long chart flows its sections into 2-3 columns side by side, each row once, in order, labels whole', () => {
    const spec = figures(
      Array.from({ length: 6 }, (_, i) => section(`s${i}`, `Nhóm ${i + 1}`, 3, i * 3)),
      'Số liệu xếp theo đơn vị đếm; thanh chỉ so sánh các số cùng đơn vị, cùng thời kỳ.',
    );
    const pages = planSlideChart(spec, BOX, OPTS) as FiguresPage[];
    expect(pages).toHaveLength(1);
    const [page] = pages;
    expect(page!.columns.length).toBeGreaterThanOrEqual(2);
    expectInsideBox(pages, spec);
    expect(figureKeys(pages)).toEqual(spec.sections.flatMap((s) => s.rows.map((r) => r.key)));
    // columns side by side inside the chart's width, each no taller than the chart
    const right = (page!.columns.length - 1) * (page!.columnWidth + page!.columnGap) + page!.columnWidth;
    expect(right).toBeLessThanOrEqual(page!.width + 0.5);
    for (const column of page!.columns) {
      expect(page!.noteHeight + column.height).toBeLessThanOrEqual(page!.height + 0.5);
      for (const s of column.sections) for (const r of s.rows) expect(r.labelLines.join(' ')).toBe(r.row.label);
      // headings stand alike in every column
      expect(column.labelX).toBe(page!.columns[0]!.labelX);
    }
    expect(page!.noteLines.join(' ')).toBe(spec.note);
  });

  it('a chart too long for one slide is split into numbered slides, never below the legible scale', () => {
    const spec = figures([section('a', 'Chi bộ trực thuộc đảng bộ cơ sở, theo đơn vị', 150), section('b', 'Tổ chức cơ sở đảng', 30, 150)]);
    const pages = planSlideChart(spec, BOX, OPTS) as FiguresPage[];
    expect(pages.length).toBeGreaterThan(1);
    expectInsideBox(pages, spec);
    expect(figureKeys(pages)).toEqual(spec.sections.flatMap((s) => s.rows.map((r) => r.key)));
    // one scale for every slide of the chart
    expect(new Set(pages.map((p) => p.scale)).size).toBe(1);
    // a section continued in the next column says so, and its bars keep the whole section's scale
    const parts = pages.flatMap((p) => p.columns.flatMap((c) => c.sections)).filter((s) => s.section.title.startsWith('Chi bộ'));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.slice(1).every((s) => s.section.title.endsWith('(tiếp)'))).toBe(true);
    expect(new Set(parts.map((s) => s.barMax))).toEqual(
      new Set([Math.max(...spec.sections[0]!.rows.map((r) => (r.mark?.kind === 'bar' ? r.mark.value : 0)))]),
    );
  });
});

describe('16:9 slide plan: bars and the timeline', () => {
  const bars = (rows: number, series = 2) =>
    barChart({
      rows: Array.from({ length: rows }, (_, i) => ({
        name: `Kiểm tra (cấp ủy) · Năm ${2000 + i} · Quận/huyện ${i}`,
        o: 100 + i * 13,
        m: 40 + i,
      })),
      index: 'name',
      series: [
        { key: 'o', label: 'Tổ chức đảng', color: THEME.subject.organisation.color },
        { key: 'm', label: 'Đảng viên', color: THEME.subject.member.color, pattern: 'hatch' as const },
      ].slice(0, series) as { key: 'o' | 'm'; label: string; color: string }[],
      format: (v: number) => String(v),
      label: 'Thử',
    });

  it('a few bars fit one slide, drawn at the slide aspect (taller than they need, within the box)', () => {
    const spec = bars(3);
    const pages = planSlideChart(spec, BOX, OPTS);
    expect(pages).toHaveLength(1);
    const [page] = pages;
    expectInsideBox(pages, spec);
    expect(page!.height).toBeGreaterThanOrEqual(barChartHeight(3, 2));
  });

  it('40 rows of two series are split into slides of even rows, on one value axis of one length', () => {
    const spec = bars(40);
    const pages = planSlideChart(spec, BOX, OPTS);
    expect(pages.length).toBeGreaterThan(1);
    expectInsideBox(pages, spec);
    const rows = pages.map((p) => (p.kind === 'bar' ? p.spec.rows.length : 0));
    expect(rows.reduce((a, b) => a + b, 0)).toBe(40);
    expect(Math.max(...rows) - Math.min(...rows)).toBeLessThanOrEqual(1);
    const axes = pages.map((p) => (p.kind === 'bar' ? `${p.valueMax}|${p.right}|${p.labelWidth}|${p.width}` : ''));
    expect(new Set(axes).size).toBe(1);
    for (const p of pages) if (p.kind === 'bar') expect(p.height).toBeGreaterThanOrEqual(barChartHeight(p.spec.rows.length, 2));
    // the fewest slides: one slide fewer would hold more rows than fit at the legible scale
    const minScale = OPTS.minText / smallestFont(spec);
    expect(barChartHeight(Math.ceil(40 / (pages.length - 1)), 2)).toBeGreaterThan(BOX.height / minScale);
  });

  it('a timeline too long for one slide keeps one time span on every slide', () => {
    const spec = timelineChart({
      rows: Array.from({ length: 30 }, (_, i) => ({
        key: `k${i}`,
        label: `Kỷ niệm ${i}`,
        start: 1800 + i * 5,
        end: 2020,
        caption: `${220 - i * 5} năm`,
      })),
      color: THEME.series.single,
      label: 'Thử',
    });
    const pages = planSlideChart(spec, BOX, OPTS);
    expect(pages.length).toBeGreaterThan(1);
    expectInsideBox(pages, spec);
    for (const p of pages) {
      if (p.kind !== 'timeline') throw new Error('not a timeline');
      expect(p.span).toEqual([1800, 2020]);
      expect(p.height).toBeGreaterThanOrEqual(timelineHeight(p.spec.rows.length));
    }
  });
});
