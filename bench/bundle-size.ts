/** Size of the built app: what index.html loads before anything runs (initial), and the chunks loaded later (lazy). */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSize {
  /** path inside dist/, e.g. assets/index-0YtamQ6T.js */
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleReport {
  distDir: string;
  /** when index.html was last built (ISO), so a stale dist/ is visible in the results */
  builtAt: string;
  /** true when this run had to build dist/ first */
  builtNow: boolean;
  initialJs: AssetSize[];
  initialCss: AssetSize[];
  /** JS in dist/assets that index.html does not load: dynamic imports */
  lazyJs: AssetSize[];
  /** URLs index.html loads from elsewhere (should be none: the app makes no request outside its origin) */
  external: string[];
  totals: { initialJsGzip: number; initialCssGzip: number; lazyJsGzip: number };
}

/** Builds dist/ with `npx vite build` when it is missing. Returns whether it built. */
export function ensureBuilt(root: string): boolean {
  if (existsSync(join(root, 'dist', 'index.html'))) return false;
  console.error('dist/ is missing: running npx vite build ...');
  buildInto(root, join(root, 'dist'));
  return true;
}

/** A fresh build of the working tree into `outDir` (e.g. bench/out/dist), leaving a shared dist/ alone. */
export function buildInto(root: string, outDir: string): void {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

interface Tag {
  name: 'script' | 'link';
  attrs: Map<string, string>;
}

/** The <script> and <link> tags of an HTML document with their attributes (names lower-cased). */
export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const match of withoutComments.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const attrs = new Map<string, string>();
    for (const a of (match[2] ?? '').matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs.set((a[1] ?? '').toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '');
    }
    tags.push({ name: (match[1] ?? '').toLowerCase() as Tag['name'], attrs });
  }
  return tags;
}

/** What index.html makes the browser fetch up front: module scripts + modulepreloads, and stylesheets. */
export function initialAssets(html: string): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css: string[] = [];
  for (const { name, attrs } of scanTags(html)) {
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (name === 'script' && attrs.get('src')) js.push(attrs.get('src') as string);
    else if (name === 'link' && rel.includes('modulepreload') && attrs.get('href')) js.push(attrs.get('href') as string);
    else if (name === 'link' && rel.includes('stylesheet') && attrs.get('href')) css.push(attrs.get('href') as string);
  }
  return { js: [...new Set(js)], css: [...new Set(css)] };
}

const isExternal = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');

function sizeOf(distDir: string, file: string): AssetSize {
  const content = readFileSync(join(distDir, file));
  return { file: file.split(sep).join('/'), bytes: content.length, gzipBytes: gzipSync(content).length };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

const sum = (assets: AssetSize[]) => assets.reduce((total, a) => total + a.gzipBytes, 0);

/** Measures dist/ (the app is built with base './', so every URL in index.html is relative to dist/). */
export function measureBundle(distDir: string, builtNow = false): BundleReport {
  const indexHtml = join(distDir, 'index.html');
  const { js, css } = initialAssets(readFileSync(indexHtml, 'utf8'));
  const external = [...js, ...css].filter(isExternal);
  const local = (urls: string[]) =>
    urls.filter((u) => !isExternal(u)).map((u) => relative(distDir, resolve(distDir, decodeURIComponent(u.replace(/[?#].*$/, '')))));
  const initialJs = local(js).map((f) => sizeOf(distDir, f));
  const initialCss = local(css).map((f) => sizeOf(distDir, f));
  const initialSet = new Set(initialJs.map((a) => a.file));
  const lazyJs = filesUnder(join(distDir, 'assets'))
    .filter((f) => /\.m?js$/.test(f))
    .map((f) => relative(distDir, f))
    .filter((f) => !initialSet.has(f.split(sep).join('/')))
    .map((f) => sizeOf(distDir, f))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    distDir,
    builtAt: statSync(indexHtml).mtime.toISOString(),
    builtNow,
    initialJs,
    initialCss,
    lazyJs,
    external,
    totals: { initialJsGzip: sum(initialJs), initialCssGzip: sum(initialCss), lazyJsGzip: sum(lazyJs) },
  };
}
