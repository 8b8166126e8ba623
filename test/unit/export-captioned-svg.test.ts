// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { FONT_STACK, captionedSize, composeCaptionedSvg } from '../../src/export/captioned-svg';
import { escapeXml } from '../../src/export/escape';
import type { ChartExportSpec } from '../../src/export/types';

const EVIL = '<script>alert(1)</script>';
const SVG_NS = 'http://www.w3.org/2000/svg';

const chart = {
  markup: `<svg xmlns="${SVG_NS}" width="400" height="200" viewBox="0 0 400 200"><rect data-test="bar" x="10" y="20" width="50" height="180" fill="#a51d1d"/><text x="10" y="15">1282</text></svg>`,
  width: 400,
  height: 200,
};

function makeSpec(overrides: Partial<ChartExportSpec> = {}): ChartExportSpec {
  return {
    title: `Kiểm tra, giám sát ${EVIL}`,
    subtitle: 'Năm 2020 · Tổ chức đảng & Đảng viên "tiêu biểu"',
    source: "Nguồn: Báo cáo Hội nghị Thành ủy lần thứ 2, 'Hà Nội', 28/11/2020",
    exportedOn: 'Xuất ngày 25/11/2026',
    legend: [
      { label: `Tổ chức đảng ${EVIL}`, color: '#1f77b4' },
      { label: 'Đảng viên & "cán bộ"', color: '#ff7f0e' },
    ],
    table: { columns: [], rows: [] },
    fileNameParts: ['kiem-tra-giam-sat', '2020'],
    lang: 'vi',
    ...overrides,
  };
}

function parse(svgText: string): Document {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.namespaceURI).toBe(SVG_NS);
  expect(doc.documentElement.localName).toBe('svg');
  return doc;
}

const textsOf = (doc: Document, role: string) =>
  Array.from(doc.querySelectorAll(`text[data-role="${role}"]`)).map((t) => t.textContent ?? '');

describe('composeCaptionedSvg', () => {
  it('is one well-formed SVG document with namespaces, size, viewBox, a white background and the font stack', () => {
    const text = composeCaptionedSvg(makeSpec(), chart);
    const root = parse(text).documentElement;
    expect(root.getAttribute('xmlns')).toBe(SVG_NS);
    expect(root.getAttribute('xmlns:xlink')).toBe('http://www.w3.org/1999/xlink');
    const { width, height } = captionedSize(text);
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(width).toBeGreaterThanOrEqual(chart.width);
    expect(height).toBeGreaterThan(chart.height);
    expect(root.getAttribute('font-family')).toBe(FONT_STACK);
    const background = root.querySelector('rect')!;
    expect(background.getAttribute('fill')).toBe('#ffffff');
    expect(background.getAttribute('width')).toBe(String(width));
  });

  it('carries title, subtitle, legend labels and footer as text, and the chart itself', () => {
    const spec = makeSpec();
    const doc = parse(composeCaptionedSvg(spec, chart));
    expect(textsOf(doc, 'title').join(' ')).toBe(spec.title);
    expect(textsOf(doc, 'subtitle').join(' ')).toBe(spec.subtitle);
    expect(textsOf(doc, 'legend')).toEqual(spec.legend.map((l) => l.label));
    expect(textsOf(doc, 'footer')).toEqual([spec.source, spec.exportedOn]);
    const swatches = Array.from(doc.querySelectorAll('[data-role="legend-item"] rect')).map((r) => r.getAttribute('fill'));
    expect(swatches).toEqual(spec.legend.map((l) => l.color));
    expect(doc.querySelector('[data-role="chart"] rect[data-test="bar"]')?.getAttribute('fill')).toBe('#a51d1d');
    expect(doc.querySelector('title')?.textContent).toBe(spec.title);
  });

  it('keeps hostile dataset strings as text: no script, no foreignObject, no injected elements', () => {
    const spec = makeSpec({ subtitle: `"/><script>alert(2)</script><foreignObject/>`, exportedOn: `]]> ${EVIL}` });
    const text = composeCaptionedSvg(spec, chart, { fontFaceCss: "@font-face { font-family: 'X'; } /* ]]> */" });
    const doc = parse(text);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('foreignObject')).toHaveLength(0);
    expect(text).not.toContain('<script');
    expect(text).not.toContain('<foreignObject');
    const allText = Array.from(doc.querySelectorAll('text'))
      .map((t) => t.textContent)
      .join('\n');
    expect(allText).toContain('alert(1)');
    expect(allText).toContain(spec.subtitle);
    // the only elements are the ones the composer and the chart write
    const names = new Set(Array.from(doc.querySelectorAll('*')).map((e) => e.localName));
    expect([...names].sort()).toEqual(['defs', 'desc', 'g', 'line', 'rect', 'style', 'svg', 'text', 'title'].sort());
  });

  it('embeds the font CSS in <defs><style> only when given', () => {
    const css = "@font-face { font-family: 'Be Vietnam Pro'; src: url(data:font/woff2;base64,AAAA) format('woff2'); }";
    const withFont = parse(composeCaptionedSvg(makeSpec(), chart, { fontFaceCss: css }));
    expect(withFont.querySelector('defs > style')?.textContent).toBe(css);
    expect(parse(composeCaptionedSvg(makeSpec(), chart)).querySelector('style')).toBeNull();
  });

  it('wraps a long title onto several lines inside the width instead of overflowing', () => {
    const title =
      'Kết quả kiểm tra, giám sát của cấp ủy và ủy ban kiểm tra các cấp đối với tổ chức đảng và đảng viên trong năm 2020 trên địa bàn thành phố';
    const text = composeCaptionedSvg(makeSpec({ title }), chart);
    const lines = textsOf(parse(text), 'title');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(title);
    const { width } = captionedSize(text);
    for (const line of lines) expect(line.length * 22 * 0.6).toBeLessThanOrEqual(width);
    // each line sits below the one before
    const ys = Array.from(parse(text).querySelectorAll('text[data-role="title"]')).map((t) => Number(t.getAttribute('y')));
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(ys.length);
  });

  it('flows a wide legend onto several rows, and grows the image to fit', () => {
    const legend = Array.from({ length: 12 }, (_, i) => ({ label: `Đảng bộ cấp trên cơ sở số ${i + 1}`, color: '#333333' }));
    const few = captionedSize(composeCaptionedSvg(makeSpec({ legend: legend.slice(0, 1) }), chart));
    const text = composeCaptionedSvg(makeSpec({ legend }), chart);
    const many = captionedSize(text);
    const swatches = Array.from(parse(text).querySelectorAll('[data-role="legend-item"] rect'));
    const rows = new Set(swatches.map((r) => r.getAttribute('y')));
    expect(rows.size).toBeGreaterThan(1);
    expect(many.height).toBeGreaterThan(few.height);
    for (const r of swatches) expect(Number(r.getAttribute('x')) + 12).toBeLessThanOrEqual(many.width);
  });

  it('hatches the swatch of a hatched series, like its bars', () => {
    const spec = makeSpec({
      legend: [
        { label: 'Tổ chức đảng', color: '#0072B2' },
        { label: 'Đảng viên', color: '#C0510A', pattern: 'hatch' },
      ],
    });
    const doc = parse(composeCaptionedSvg(spec, chart));
    const items = [...doc.querySelectorAll('[data-role="legend-item"]')];
    expect(items.map((g) => g.querySelector('[data-role="legend-hatch"]') !== null)).toEqual([false, true]);
  });

  it('says which language the text is in', () => {
    expect(parse(composeCaptionedSvg(makeSpec({ lang: 'en' }), chart)).documentElement.getAttribute('xml:lang')).toBe('en');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u0007c\uFFFEd\uD800e')).toBe('abcde');
    expect(escapeXml('Đảng 😀 \t\n')).toBe('Đảng 😀 \t\n');
  });

  it('round-trips through an XML parser in text and in attributes', () => {
    const nasty = `'"<>& ]]> \u0001 Đảng`;
    const doc = new DOMParser().parseFromString(
      `<x a="${escapeXml(nasty)}" b='${escapeXml(nasty)}'>${escapeXml(nasty)}</x>`,
      'application/xml',
    );
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const clean = nasty.replace('\u0001', '');
    expect(doc.documentElement.getAttribute('a')).toBe(clean);
    expect(doc.documentElement.getAttribute('b')).toBe(clean);
    expect(doc.documentElement.textContent).toBe(clean);
  });
});
