/** Where the dataset comes from: the shipped file, or `?dataset=` (a relative path or an http(s) URL). */

export const SHIPPED_DATASET = 'data/ha-noi-2020.json';

export type DatasetSource = { ok: true; url: string; shipped: boolean } | { ok: false; rejected: string };

export function resolveDatasetSource(param: string | null, baseUri: string): DatasetSource {
  if (param === null || param.trim() === '') {
    return { ok: true, url: new URL(SHIPPED_DATASET, baseUri).href, shipped: true };
  }
  const value = param.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return { ok: false, rejected: value };
  if (value.startsWith('//')) return { ok: false, rejected: value };
  try {
    return { ok: true, url: new URL(value, baseUri).href, shipped: false };
  } catch {
    return { ok: false, rejected: value };
  }
}
