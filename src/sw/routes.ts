/** Pure decisions of the service worker: which strategy a request gets, and which build a page belongs to. */

/**
 * - `page`: index.html (the app's folder, any query): network first, the saved page of this build when offline;
 * - `app-file`: a file of a build (hashed under assets/, fonts, favicon): cache first;
 * - `data`: a JSON file under the app's folder (the shipped dataset, `?dataset=` files): network first, saved copy offline;
 * - `pass`: anything else (another origin, outside the folder, not GET): the worker stays out of it.
 */
export type Route = 'page' | 'app-file' | 'data' | 'pass';

export interface RequestFacts {
  url: string;
  method: string;
  /** Request.mode: `navigate` for a page load */
  mode: string;
}

/** The path of `url` inside the folder `scope` (`https://host/bao-cao/xdd/`), or null when it is not inside it. */
export function pathInScope(url: string, scope: string): string | null {
  const u = new URL(url);
  const s = new URL(scope);
  if (u.origin !== s.origin || !u.pathname.startsWith(s.pathname)) return null;
  return decodeURIComponent(u.pathname.slice(s.pathname.length));
}

export function routeOf(request: RequestFacts, scope: string, buildFiles: ReadonlySet<string>): Route {
  if (request.method !== 'GET') return 'pass';
  const path = pathInScope(request.url, scope);
  if (path === null) return 'pass';
  if (request.mode === 'navigate') return path === '' || path === 'index.html' ? 'page' : 'pass';
  if (buildFiles.has(path) || path.startsWith('assets/')) return 'app-file';
  if (path.endsWith('.json')) return 'data';
  return 'pass';
}

/** The build's files a page loads first (its `./assets/…` scripts, styles and preloads), in the order written. */
export function entryFilesOf(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)="\.\/(assets\/[^"?#]+)"/g)].map((m) => m[1] ?? '');
}

/** True when the page loads only files of this build: its code and its index.html belong together. */
export function isPageOfBuild(html: string, buildFiles: ReadonlySet<string>): boolean {
  const entries = entryFilesOf(html);
  return entries.length > 0 && entries.every((file) => buildFiles.has(file));
}
