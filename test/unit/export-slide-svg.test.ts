// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composeSlideSvg, MIN_SLIDE_TEXT, SLIDE, slideFrame } from '../../src/export/slide-svg';
import { estimateTextWidth } from '../../src/theme/text';
import type { ChartExportSpec } from '../../src/export/types';

const SVG_NS = 'http://www.w3.org/2000/svg';
const chartOf = (width: number, height: number) => ({
  markup: `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect x="0" y="0" width="${width}" height="${height}" fill="#0072B2"/></svg>`,
  width,
  height,
});

function makeSpec(overrides: Partial<ChartExportSpec> = {}): ChartExportSpec {
  return {
    title: 'Kiểm tra, giám sát <b>',
    subtitle: 'Năm 2020 · Đảng bộ thành phố Hà Nội · Tổ chức đảng, Đảng viên',
    source: 'Nguồn: Báo cáo tổng kết công tác xây dựng Đảng năm 2020 (bản tin về Hội nghị), HNP - Nhóm PV, 28/11/2020.',
    exportedOn: 'Xuất ngày 26/11/2026',
    legend: [
      { label: 'Tổ chức đảng', color: '#0072B2' },
      { label: 'Đảng viên', color: '#C0510A', pattern: 'hatch' },
    ],
    table: { columns: [], rows: [] },
    fileNameParts: ['kiem-tra-giam-sat', '2020'],
    lang: 'vi',
    ...overrides,
  };
}

interface TextBox {
  role: string;
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  size: number;
}

/** Every caption text of the slide with its estimated box (the composer's own estimate), and the chart's drawn box. */
function read(svg: string) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const root = doc.documentElement;
  const texts: TextBox[] = [...doc.querySelectorAll('text')].map((t) => {
    const size = Number(t.getAttribute('font-size'));
    const width = estimateTextWidth(t.textContent ?? '', size, Number(t.getAttribute('font-weight') ?? 400));
    const x = Number(t.getAttribute('x'));
    const y = Number(t.getAttribute('y'));
    const end = t.getAttribute('text-anchor') === 'end';
    return {
      role: t.getAttribute('data-role') ?? '',
      text: t.textContent ?? '',
      left: end ? x - width : x,
      right: end ? x : x + width,
      top: y - size,
      bottom: y + size * 0.3,
      size,
    };
  });
  const chart = doc.querySelector('[data-role="chart"]')!;
  const [, tx, ty, s] = /translate\(([\d.]+) ([\d.]+)\) scale\(([\d.]+)\)/.exec(chart.getAttribute('transform') ?? '')!.map(Number);
  const inner = chart.querySelector('svg')!;
  const drawn = {
    left: tx!,
    top: ty!,
    right: tx! + Number(inner.getAttribute('width')) * s!,
    bottom: ty! + Number(inner.getAttribute('height')) * s!,
  };
  return { root, texts, drawn, scale: s! };
}

const inside = (b: { left: number; right: number; top: number; bottom: number }) =>
  b.left >= 0 && b.top >= 0 && b.right <= SLIDE.width && b.bottom <= SLIDE.height;
const overlaps = (a: TextBox, b: { left: number; right: number; top: number; bottom: number }) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('16:9 slide composer', () => {
  it('is exactly 1920×1080 with title, subtitle, chart, legend and footer in that order, all inside, none overlapping', () => {
    const spec = makeSpec();
    const { chartBox } = slideFrame(spec);
    const svg = composeSlideSvg(spec, { chart: chartOf(chartBox.width / 2, chartBox.height / 2), scale: 2 });
    const { root, texts, drawn, scale } = read(svg);
    expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual([
      '1920',
      '1080',
      '0 0 1920 1080',
    ]);
    expect(scale).toBe(2);
    expect(inside(drawn)).toBe(true);
    expect(texts.every(inside)).toBe(true);
    expect(texts.every((t) => t.size >= MIN_SLIDE_TEXT)).toBe(true);
    const by = (role: string) => texts.filter((t) => t.role === role);
    expect(by('title').map((t) => t.text)).toEqual(['Kiểm tra, giám sát <b>']);
    expect(svg).toContain('Kiểm tra, giám sát &lt;b&gt;');
    const [title, subtitle, legend, footer] = [by('title')[0]!, by('subtitle')[0]!, by('legend')[0]!, by('footer')];
    expect(title.bottom).toBeLessThanOrEqual(subtitle.top + 1);
    expect(subtitle.bottom).toBeLessThanOrEqual(drawn.top);
    expect(drawn.bottom).toBeLessThanOrEqual(legend.top);
    expect(footer.map((f) => f.text)).toEqual([spec.source, spec.exportedOn]);
    expect(legend.bottom).toBeLessThanOrEqual(footer[0]!.top);
    for (const [i, a] of texts.entries()) {
      expect(overlaps(a, drawn)).toBe(false);
      for (const b of texts.slice(i + 1)) expect(overlaps(a, b), `${a.text} / ${b.text}`).toBe(false);
    }
    // a single slide carries no page number
    expect(by('page')).toEqual([]);
  });

  it('a chart larger than its box is scaled down to fit, never drawn past the footer', () => {
    const spec = makeSpec({ legend: [] });
    const svg = composeSlideSvg(spec, { chart: chartOf(900, 2000), scale: 2 });
    const { texts, drawn } = read(svg);
    expect(inside(drawn)).toBe(true);
    const footer = texts.find((t) => t.role === 'footer')!;
    expect(drawn.bottom).toBeLessThanOrEqual(footer.top);
  });

  it('numbered slides say "2/3" in the footer, clear of the source line', () => {
    const spec = makeSpec({ source: `Nguồn: ${'Báo cáo rất dài của đơn vị thử nghiệm, '.repeat(8)}28/11/2020.` });
    const svg = composeSlideSvg(spec, { chart: chartOf(800, 300), scale: 2 }, { page: { index: 1, count: 3 } });
    const { texts } = read(svg);
    const page = texts.find((t) => t.role === 'page')!;
    expect(page.text).toBe('2/3');
    expect(inside(page)).toBe(true);
    for (const t of texts.filter((x) => x.role === 'footer')) expect(overlaps(t, page)).toBe(false);
    expect(texts.filter((t) => t.role === 'footer').length).toBeGreaterThan(2);
  });

  it('a very long title and subtitle step the header down and still leave the chart a box, all inside the slide', () => {
    const long = makeSpec({
      title: 'Chương trình toàn khóa, kế hoạch và hội nghị của Ban Chấp hành Đảng bộ thành phố nhiệm kỳ 2020 - 2025 và các năm tiếp theo',
      subtitle: `Tất cả thời kỳ · ${'Đảng bộ phường thử nghiệm, '.repeat(30)}· Lưu ý: các thời kỳ dài khác nhau`,
      legend: Array.from({ length: 8 }, (_, i) => ({ label: `Hình thức kỷ luật số ${i + 1}`, color: '#333333' })),
    });
    const frame = slideFrame(long);
    expect(frame.chartBox.height).toBeGreaterThan(300);
    expect(frame.title.style.size).toBeLessThan(46);
    const { texts, drawn } = read(composeSlideSvg(long, { chart: chartOf(1000, 500), scale: 2 }, { page: { index: 0, count: 2 } }));
    expect(texts.every(inside)).toBe(true);
    expect(inside(drawn)).toBe(true);
    expect(texts.every((t) => t.size >= MIN_SLIDE_TEXT)).toBe(true);
    // every word of the title and subtitle is drawn: wrapped, never cut
    const said = (role: string) =>
      texts
        .filter((t) => t.role === role)
        .map((t) => t.text)
        .join(' ');
    expect(said('title')).toBe(long.title);
    expect(said('subtitle')).toBe(long.subtitle.replace(/\s+/g, ' ').trim());
  });
});
