/**
 * Stills: the pre-rendered page's first charts, drawn by recharts at build time (scripts/prerender.ts, in jsdom) and
 * written into their pending boxes, so they show with the first paint instead of after the chart code and hydration.
 * The live chart replaces its still when it is drawn. A still belongs to one spec (its key hashes the spec's data), so
 * it never stands for other figures; it is drawn at the width the server assumes, and is clipped to a narrower box.
 */
import type { ChartSpec } from './spec';

/** How many charts, in page order, the build draws as stills: the first row of panels on a desktop screen. */
export const STILL_CHARTS = 2;
export const STILL_ATTR = 'data-still';

export interface Still {
  key: string;
  markup: string;
}

let stills = new Map<string, string>();
/** build-time render only: the specs met, in page order */
let collecting: ChartSpec[] | null = null;

/** A short hash of everything the spec draws (functions, such as number formats, are left out by JSON). */
export function stillKey(spec: ChartSpec): string {
  const text = JSON.stringify(spec);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}

/** The still drawn for this spec, if the page came with one. */
export function stillOf(spec: ChartSpec): Still | undefined {
  if (collecting) {
    if (collecting.length < STILL_CHARTS) collecting.push(spec);
    return undefined;
  }
  if (stills.size === 0) return undefined;
  const key = stillKey(spec);
  const markup = stills.get(key);
  return markup === undefined ? undefined : { key, markup };
}

/** Its live chart is drawn: the still is not shown again (and, once none is left, no chart hashes its spec). */
export function forgetStill(key: string): void {
  stills.delete(key);
}

/** The stills in the pre-rendered HTML, read before it hydrates: the hydrating render gives each box the same markup. */
export function readStills(root: ParentNode): void {
  stills = new Map([...root.querySelectorAll(`[${STILL_ATTR}]`)].map((el) => [el.getAttribute(STILL_ATTR) ?? '', el.innerHTML]));
}

/** Build time: renders `render()` once to learn the first charts' specs (in page order). */
export function collectStillSpecs(render: () => void): ChartSpec[] {
  collecting = [];
  try {
    render();
    return collecting;
  } finally {
    collecting = null;
  }
}

/** Build time: the stills the next render writes into the page. */
export function setStills(drawn: ReadonlyMap<string, string>): void {
  stills = new Map(drawn);
}

/**
 * A still's ids (recharts' clip paths, the series' patterns) get a prefix, with every reference to them: the live
 * charts on the page number their own ids from 1 again, and an id met twice resolves to the first element.
 */
export function prefixIds(markup: string, prefix: string): string {
  return markup
    .replace(/(\s)id="([^"]+)"/g, (_, space: string, id: string) => `${space}id="${prefix}${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}${id})`)
    .replace(/\b(xlink:href|href)="#([^"]+)"/g, (_, attr: string, id: string) => `${attr}="#${prefix}${id}"`);
}
