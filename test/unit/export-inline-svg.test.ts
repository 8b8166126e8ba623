// @vitest-environment jsdom
// jsdom cascades stylesheet rules but does not resolve var(): here we check that rules become
// attributes and var() references go; real var() resolution is checked in Chromium (test/browser).
import { afterEach, describe, expect, it } from 'vitest';
import { serializeChartSvg } from '../../src/export/inline-svg';

const SVG_NS = 'http://www.w3.org/2000/svg';

function mount(markup: string): SVGSVGElement {
  document.head.innerHTML = `<style>
    :root { --bar: #c00; }
    .bar { fill: var(--bar); stroke: #123456; }
    .axis { stroke: rgb(1, 2, 3); stroke-dasharray: 3px 3px; }
  </style>`;
  document.body.innerHTML = markup;
  return document.querySelector('svg')!;
}

function reparse(markup: string): Document {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const CHART = `
  <svg class="recharts-surface" width="320" height="160" viewBox="0 0 320 160" style="width: 100%; height: 100%" onclick="alert(1)">
    <defs><clipPath id="clip"><rect x="0" y="0" width="320" height="160"/></clipPath></defs>
    <g class="recharts-layer" onmouseover="alert(2)">
      <rect class="bar" data-test="bar" x="10" y="10" width="40" height="100" fill="var(--bar)" style="fill: var(--bar); cursor: pointer"/>
      <rect data-test="plain" x="60" y="10" width="40" height="100" fill="#00ff00" opacity="0.5"/>
      <line class="axis" data-test="axis" x1="0" y1="150" x2="320" y2="150"/>
      <text data-test="label" x="10" y="155" text-anchor="start" font-size="12">Tổ chức đảng &amp; "Đảng viên"</text>
      <a href="javascript:alert(3)"><text>link</text></a>
      <use href="#clip"/>
    </g>
    <foreignObject x="0" y="0" width="100" height="20"><div xmlns="http://www.w3.org/1999/xhtml">HTML legend</div></foreignObject>
    <script>alert(4)</script>
  </svg>`;

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('serializeChartSvg', () => {
  it('returns one <svg> element with its size, fixed width/height and a viewBox', () => {
    const { markup, width, height } = serializeChartSvg(mount(CHART));
    expect(width).toBe(320);
    expect(height).toBe(160);
    const root = reparse(markup).documentElement;
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.getAttribute('width')).toBe('320');
    expect(root.getAttribute('height')).toBe('160');
    expect(root.getAttribute('viewBox')).toBe('0 0 320 160');
    expect(root.hasAttribute('style')).toBe(false);
  });

  it('writes stylesheet rules as concrete attributes and keeps explicit ones', () => {
    const doc = reparse(serializeChartSvg(mount(CHART)).markup);
    const bar = doc.querySelector('[data-test="bar"]')!;
    expect(bar.getAttribute('stroke')).toBe('#123456');
    const axis = doc.querySelector('[data-test="axis"]')!;
    expect(axis.getAttribute('stroke')).toBe('rgb(1, 2, 3)');
    expect(axis.getAttribute('stroke-dasharray')).toBe('3 3'); // px dropped for office tools
    const plain = doc.querySelector('[data-test="plain"]')!;
    expect(plain.getAttribute('fill')).toBe('#00ff00');
    expect(plain.getAttribute('opacity')).toBe('0.5');
    expect(doc.querySelector('[data-test="label"]')?.textContent).toBe('Tổ chức đảng & "Đảng viên"');
    expect(doc.querySelector('[data-test="label"]')?.getAttribute('text-anchor')).toBe('start');
  });

  it('leaves no var(), no class, no foreignObject, no script, no event handler, no javascript: link', () => {
    const { markup } = serializeChartSvg(mount(CHART));
    expect(markup).not.toContain('var(');
    const doc = reparse(markup);
    expect(doc.getElementsByTagName('foreignObject')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(markup).not.toContain('HTML legend');
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      expect(el.hasAttribute('class')).toBe(false);
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name.toLowerCase().startsWith('on')).toBe(false);
        expect(attr.value).not.toMatch(/javascript:/i);
      }
    }
    // the inline style keeps what is not a presentation property, and loses the var()
    expect(doc.querySelector('[data-test="bar"]')?.getAttribute('style')).toBe('cursor: pointer');
    // internal references survive
    expect(doc.querySelector('use')?.getAttribute('href')).toBe('#clip');
  });

  it('does not touch the live chart', () => {
    const svg = mount(CHART);
    const before = svg.outerHTML;
    serializeChartSvg(svg);
    expect(svg.outerHTML).toBe(before);
  });

  it('refuses a chart with no size', () => {
    expect(() => serializeChartSvg(mount('<svg><rect/></svg>'))).toThrow(/no size/);
  });

  it('takes the size from the viewBox when width and height are relative', () => {
    const { width, height } = serializeChartSvg(mount('<svg width="100%" height="100%" viewBox="0 0 500 250"><rect/></svg>'));
    expect([width, height]).toEqual([500, 250]);
  });
});
