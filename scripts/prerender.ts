/**
 * Pre-renders the shipped dataset's default view into a built dist/index.html (issue 7): builds src/entry-server.tsx
 * for Node, renders the real <App/> tree with the dataset dist/data/ha-noi-2020.json (the file the page will fetch),
 * puts the HTML at `<!--app-html-->` and the dataset in a JSON data block for hydration.
 *
 * Run by the `prerender` plugin in vite.config.ts after every client build (`vite build`, `npm run build`), or by
 * hand on an existing build: `tsx scripts/prerender.ts [distDir]`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const APP_HTML_MARKER = '<!--app-html-->';

interface ServerEntry {
  SHIPPED_DATASET: string;
  validateDataset: typeof import('../src/data/validate').validateDataset;
  renderDefaultView: typeof import('../src/entry-server').renderDefaultView;
  datasetScript: typeof import('../src/entry-server').datasetScript;
}

/** Builds the server entry into a temporary folder inside node_modules (so its bare imports resolve) and loads it. */
async function loadServerEntry(root: string): Promise<{ entry: ServerEntry; cleanup: () => void }> {
  const cacheDir = join(root, 'node_modules', '.cache');
  mkdirSync(cacheDir, { recursive: true });
  const outDir = mkdtempSync(join(cacheDir, 'prerender-'));
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [react()],
    build: { ssr: 'src/entry-server.tsx', outDir, emptyOutDir: true, target: 'node20', minify: false, copyPublicDir: false },
  });
  const entry = (await import(pathToFileURL(join(outDir, 'entry-server.js')).href)) as ServerEntry;
  return { entry, cleanup: () => rmSync(outDir, { recursive: true, force: true }) };
}

/**
 * renderToString leaves a suspended boundary at its fallback, to be rendered in the browser (`<!--$!-->`). The only
 * ones expected are the lazily loaded charts (their placeholder boxes); a boundary left for any other reason
 * (e.g. an error thrown while rendering) fails the build instead of showing up as a recoverable error in the browser.
 */
export function checkClientRenderedBoundaries(html: string): number {
  const boundaries = [...html.matchAll(/<!--\$!-->([\s\S]{0,200})/g)];
  const unexpected = boundaries.filter((m) => !/^<template><\/template><div class="chart-placeholder"/.test(m[1] ?? ''));
  if (unexpected.length > 0) {
    throw new Error(
      `pre-render: ${unexpected.length} Suspense boundaries were not rendered on the server (not chart placeholders): ${unexpected.map((m) => m[1]).join(' | ')}`,
    );
  }
  if (!html.includes('<main')) throw new Error('pre-render: the rendered HTML has no <main>: the default view did not render');
  return boundaries.length;
}

export async function prerender({ root, distDir }: { root: string; distDir: string }): Promise<{ htmlBytes: number }> {
  const indexFile = join(distDir, 'index.html');
  const template = readFileSync(indexFile, 'utf8');
  if (!template.includes(APP_HTML_MARKER)) {
    throw new Error(`${indexFile} has no ${APP_HTML_MARKER} (already pre-rendered?): build again with \`npm run build\``);
  }
  const { entry, cleanup } = await loadServerEntry(root);
  try {
    // The dataset the built app serves: the same file the page fetches, validated the same way.
    const file = join(distDir, entry.SHIPPED_DATASET);
    const result = entry.validateDataset(JSON.parse(readFileSync(file, 'utf8')) as unknown);
    if (!result.ok) throw new Error(`${file} is not a valid dataset: ${JSON.stringify(result.problems.slice(0, 5))}`);
    const appHtml = entry.renderDefaultView(result.dataset);
    checkClientRenderedBoundaries(appHtml);
    const html = template
      .replace(APP_HTML_MARKER, () => appHtml)
      .replace('</body>', () => `  ${entry.datasetScript(result.dataset)}\n  </body>`);
    writeFileSync(indexFile, html);
    return { htmlBytes: Buffer.byteLength(html) };
  } finally {
    cleanup();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(import.meta.dirname, '..');
  const distDir = resolve(process.argv[2] ?? join(root, 'dist'));
  const { htmlBytes } = await prerender({ root, distDir });
  console.log(`pre-rendered ${join(distDir, 'index.html')} (${(htmlBytes / 1000).toFixed(1)} kB)`);
}
