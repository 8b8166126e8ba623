/** A chart as one standalone `<svg>` element (with xmlns), and its size in CSS pixels. */
export interface SerializedChart {
  markup: string;
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

// Inherited properties: written only where they differ from the parent, so the markup stays small.
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'visibility',
] as const;

// Not inherited (or inherited differently across engines): written wherever they are not the initial value.
const NOT_INHERITED: Record<string, string> = {
  opacity: '1',
  'dominant-baseline': 'auto',
  'stop-color': 'rgb(0, 0, 0)',
  'stop-opacity': '1',
};

// Page-only attributes: keyboard focus and ARIA roles of the interactive chart mean nothing in a file.
const PAGE_ONLY_ATTRIBUTES = ['class', 'tabindex', 'role', 'aria-hidden', 'focusable'];

const REMOVED_ELEMENTS = new Set(['foreignobject', 'script', 'style', 'iframe', 'object', 'embed']);
const PX_VALUED = new Set(['stroke-width', 'stroke-dasharray', 'font-size']);

/**
 * Makes a computed value portable: unitless px (office tools and Inkscape read plain numbers best),
 * and `url(...)` paint references reduced to their fragment (Chromium reports them as absolute page URLs).
 */
function portable(prop: string, value: string): string | null {
  const v = value.trim();
  if (v === '' || v.includes('var(')) return null;
  if (v.startsWith('url(')) {
    const hash = v.indexOf('#');
    if (hash < 0) return null;
    const id = v.slice(hash + 1).replace(/["')\s].*$/, '');
    const fallback = v.slice(v.lastIndexOf(')') + 1).trim();
    return `url(#${id})${fallback ? ` ${fallback}` : ''}`;
  }
  return PX_VALUED.has(prop) ? v.replace(/(\d)px\b/g, '$1') : v;
}

function isUnsafeAttribute(name: string, value: string): boolean {
  const n = name.toLowerCase();
  if (n.startsWith('on')) return true;
  if (n === 'href' || n === 'xlink:href') return !value.trim().startsWith('#');
  return false;
}

/** Removes from an inline style the properties now held as attributes, and anything using var(). */
function cleanStyle(el: Element): void {
  const style = el.getAttribute('style');
  if (style === null) return;
  const kept = style
    .split(';')
    .map((d) => d.trim())
    .filter((d) => {
      const colon = d.indexOf(':');
      if (colon < 0) return false;
      const prop = d.slice(0, colon).trim().toLowerCase();
      const value = d.slice(colon + 1);
      return (
        !value.includes('var(') && !prop.startsWith('--') && !(INHERITED as readonly string[]).includes(prop) && !(prop in NOT_INHERITED)
      );
    });
  if (kept.length) el.setAttribute('style', kept.join('; '));
  else el.removeAttribute('style');
}

function numericAttr(el: Element, name: string): number {
  const raw = el.getAttribute(name);
  if (!raw || raw.trim().endsWith('%')) return 0;
  const n = Number.parseFloat(raw);
  return Number.isFinite(n) ? n : 0;
}

function measure(svg: SVGSVGElement): { width: number; height: number } {
  const rect = svg.getBoundingClientRect();
  let width = rect.width || numericAttr(svg, 'width');
  let height = rect.height || numericAttr(svg, 'height');
  if (!width || !height) {
    const viewBox = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
    if (viewBox.length === 4 && viewBox.every(Number.isFinite)) {
      width ||= viewBox[2] ?? 0;
      height ||= viewBox[3] ?? 0;
    }
  }
  if (!(width > 0 && height > 0)) throw new Error('The chart has no size to export (is it hidden?)');
  return { width: Math.round(width * 100) / 100, height: Math.round(height * 100) / 100 };
}

/**
 * Serialises a live (recharts) `<svg>` so it stands alone: the computed presentation styles are
 * written as attributes (CSS variables and stylesheet rules become concrete values), classes and
 * var() styles go, and so do foreignObject, script and event handlers.
 */
export function serializeChartSvg(svg: SVGSVGElement): SerializedChart {
  const { width, height } = measure(svg);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const view = svg.ownerDocument.defaultView;

  // Pair every element with its clone before anything is removed, so the walks stay in step.
  const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  const computed = new Map<Element, CSSStyleDeclaration>();
  const styleOf = (el: Element) => {
    let s = computed.get(el);
    if (!s && view) {
      s = view.getComputedStyle(el);
      computed.set(el, s);
    }
    return s;
  };

  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy || original.namespaceURI !== SVG_NS) return;
    const style = styleOf(original);
    const parentStyle = original === svg ? undefined : original.parentElement ? styleOf(original.parentElement) : undefined;
    if (style) {
      for (const prop of INHERITED) {
        const value = portable(prop, style.getPropertyValue(prop));
        if (value === null) continue;
        const parentValue = parentStyle ? portable(prop, parentStyle.getPropertyValue(prop)) : null;
        if (value !== parentValue || copy.hasAttribute(prop)) copy.setAttribute(prop, value);
      }
      for (const [prop, initial] of Object.entries(NOT_INHERITED)) {
        const value = portable(prop, style.getPropertyValue(prop));
        if (value === null) continue;
        if (value !== initial || copy.hasAttribute(prop)) copy.setAttribute(prop, value);
      }
      // display matters to SVG only as "none" (block, inline-block... all render alike)
      const display = style.getPropertyValue('display');
      if (display === 'none') copy.setAttribute('display', 'none');
      else if (display) copy.removeAttribute('display');
    }
    cleanStyle(copy);
    for (const name of PAGE_ONLY_ATTRIBUTES) copy.removeAttribute(name);
    for (const attr of Array.from(copy.attributes)) {
      if (attr.value.includes('var(') || isUnsafeAttribute(attr.name, attr.value)) copy.removeAttribute(attr.name);
    }
  });

  for (const el of Array.from(clone.querySelectorAll('*'))) {
    if (REMOVED_ELEMENTS.has(el.localName.toLowerCase())) el.remove();
  }

  // recharts sizes its surface with style="width:100%"; the standalone copy needs a fixed size.
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.removeAttribute('style');
  // the serialiser writes the namespace itself; a copied xmlns attribute could come out twice
  clone.removeAttribute('xmlns');

  const markup = new XMLSerializer().serializeToString(clone);
  return { markup, width, height };
}
