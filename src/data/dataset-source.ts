/**
 * Where the dataset comes from: the shipped file, or `?dataset=` (a relative path or an http(s) URL) on the app's own
 * origin or on one the deployment lists in config.json (src/data/deployment-config.ts). The decision is made on the
 * URL the browser would fetch (`new URL(value, base)`), never on the raw text: tabs and newlines inside a scheme
 * (`java%09script:`), backslashes (`/\evil.example`, `\\evil.example`) and the like are judged by what they become.
 */

export const SHIPPED_DATASET = 'data/ha-noi-2020.json';

/** Where the dataset on screen came from. */
export type DatasetOrigin = { kind: 'shipped' } | { kind: 'url'; url: string } | { kind: 'file'; name: string };

/** Why a `?dataset=` value is refused: not a URL, not http(s), user name or password in it, or another origin. */
export type RefusalReason = 'malformed' | 'scheme' | 'credentials' | 'other-origin';

export type DatasetSource =
  { ok: true; url: string; shipped: boolean } | { ok: false; rejected: string; reason: RefusalReason; origin?: string };

export function resolveDatasetSource(param: string | null, baseUri: string, allowedOrigins: readonly string[] = []): DatasetSource {
  if (param === null || param.trim() === '') {
    return { ok: true, url: new URL(SHIPPED_DATASET, baseUri).href, shipped: true };
  }
  let url: URL;
  try {
    url = new URL(param, baseUri);
  } catch {
    return { ok: false, rejected: param, reason: 'malformed' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, rejected: param, reason: 'scheme' };
  if (url.username !== '' || url.password !== '') return { ok: false, rejected: param, reason: 'credentials' };
  if (url.origin !== new URL(baseUri).origin && !allowedOrigins.includes(url.origin)) {
    return { ok: false, rejected: param, reason: 'other-origin', origin: url.origin };
  }
  return { ok: true, url: url.href, shipped: url.href === new URL(SHIPPED_DATASET, baseUri).href };
}

// Characters a reader cannot see or that reorder text: C0/C1 controls, DEL, zero-width and bidirectional controls.
// eslint-disable-next-line no-control-regex -- these are the characters being neutralised
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Text from the URL or a file, made safe to quote on the page: every hidden or reordering character written as
 * `\u{…}`, then cut to `max` characters (code points) with an ellipsis in the middle, so both ends stay readable.
 */
export function quoteForDisplay(text: string, max = 80): string {
  const visible = text.replace(HIDDEN, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
  const chars = Array.from(visible);
  if (chars.length <= max) return visible;
  const head = Math.ceil((max - 1) * 0.6);
  const tail = max - 1 - head;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}

/** `127.0.0.1:5001/so-lieu/…/quan-1.json`: where a URL points, without scheme or query, shortened for a banner. */
export function shortLocation(href: string, max = 64): string {
  const url = new URL(href);
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // a broken %-sequence: keep it encoded
  }
  return quoteForDisplay(`${url.host}${path}`, max);
}
