/**
 * Pre-renders the shipped dataset's default view into a built dist/index.html (issue 7): builds src/entry-server.tsx
 * for Node, renders the real <App/> tree with the dataset dist/data/ha-noi-2020.json (the file the page will fetch),
 * puts the HTML in #root and the dataset in a JSON data block for hydration.
 *
 * The pre-rendered figures belong to that file only (issue 11, point 9; see src/prerender-check.ts): #root carries
 * the file's data version, and a check in <head>, allowed by its sha256 in the CSP, shows them only when the URL
 * has no `?dataset=` and the served file still has that version. Otherwise, and with JavaScript off, they are never
 * painted; a <noscript> note says the page needs JavaScript to show the right file's figures.
 *
 * Run by the `prerender` plugin in vite.config.ts after every client build (`vite build`, `npm run build`), by
 * `npm run publish-data` after it puts a new file in place, or by hand: `tsx scripts/prerender.ts [distDir]`.
 * It can run again on its own output: every part it writes sits between markers it replaces.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { PRERENDER_CHECK_GLOBAL, PRERENDER_STATE_ATTR, PRERENDERED_ROOT_ATTR } from '../src/prerender-check';

export const APP_HTML_MARKER = '<!--app-html-->';
const APP_HTML_END = '<!--/app-html-->';
export const HEAD_MARKER = '<!--prerender-head-->';
const HEAD_END = '<!--/prerender-head-->';

interface ServerEntry {
  SHIPPED_DATASET: string;
  validateDataset: typeof import('../src/data/validate').validateDataset;
  renderDefaultView: typeof import('../src/entry-server').renderDefaultView;
  datasetScript: typeof import('../src/entry-server').datasetScript;
  noscriptHtml: typeof import('../src/entry-server').noscriptHtml;
  stillSpecs: typeof import('../src/entry-server').stillSpecs;
  drawStills: typeof import('../src/entry-server').drawStills;
  setStills: typeof import('../src/entry-server').setStills;
}

/**
 * Runs `work` with a jsdom window as Node's globals (as Vitest's jsdom environment does), then takes them away again:
 * the stills are drawn by the page's own chart code, which needs a DOM; the server render must not see one.
 */
async function withDom<T>(work: () => Promise<T>): Promise<T> {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true, url: 'http://prerender.invalid/' });
  const scope = globalThis as Record<string, unknown>;
  const added = Object.getOwnPropertyNames(dom.window).filter((key) => !(key in scope));
  for (const key of added) scope[key] = (dom.window as unknown as Record<string, unknown>)[key];
  try {
    return await work();
  } finally {
    for (const key of added) delete scope[key];
    dom.window.close();
  }
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
 * renderToString leaves a suspended boundary at its fallback, to be rendered in the browser (`<!--$!-->`). None is
 * expected (a chart's boundary renders only once the chart is drawn, in the browser): a boundary left for any reason
 * (e.g. an error thrown while rendering) fails the build instead of showing up as a recoverable error in the browser.
 */
export function checkClientRenderedBoundaries(html: string): void {
  const boundaries = [...html.matchAll(/<!--\$!-->([\s\S]{0,200})/g)];
  if (boundaries.length > 0) {
    throw new Error(
      `pre-render: ${boundaries.length} Suspense boundaries were not rendered on the server: ${boundaries.map((m) => m[1]).join(' | ')}`,
    );
  }
  if (!html.includes('<main')) throw new Error('pre-render: the rendered HTML has no <main>: the default view did not render');
}

/**
 * A 64-bit non-cryptographic hash of a file's text (cyrb53's mixing, two 32-bit lanes), as 16 hex digits: the data
 * version. One source for both sides: the head check runs this very text in the browser, Node evaluates it here.
 * Not SHA-256: `crypto.subtle` exists only on https or localhost, and offices serve the app over plain http too.
 */
export const DATA_VERSION_FUNCTION =
  'function(t){var a=0xdeadbeef^t.length,b=0x41c6ce57^t.length;for(var i=0;i<t.length;i++){var c=t.charCodeAt(i);' +
  'a=Math.imul(a^c,2654435761);b=Math.imul(b^c,1597334677)}' +
  'a=Math.imul(a^(a>>>16),2246822507)^Math.imul(b^(b>>>13),3266489909);' +
  'b=Math.imul(b^(b>>>16),2246822507)^Math.imul(a^(a>>>13),3266489909);' +
  "return(b>>>0).toString(16).padStart(8,'0')+(a>>>0).toString(16).padStart(8,'0')}";

const versionOfText = new Function(`return ${DATA_VERSION_FUNCTION}`)() as (text: string) => string;

/** The data version of a file's text as the browser reads it (`Response.text()` drops a UTF-8 byte-order mark). */
export function dataVersion(text: string): string {
  return versionOfText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/**
 * The inline check in <head>: runs before the body is parsed, marks <html> and leaves its promise on window for
 * src/main.tsx. `file` is the shipped file's path relative to the page, `version` the one the HTML was rendered from.
 */
export function headCheckScript(file: string, version: string): string {
  return (
    '(function(){var d=document,h=d.documentElement,' +
    "q=new URLSearchParams(location.search).get('dataset');" +
    // ?dataset= names another file: the pre-rendered figures stay hidden and the app renders that file
    "if(q!==null&&q.trim()!=='')return;" +
    `var v=${DATA_VERSION_FUNCTION};` +
    `h.setAttribute('${PRERENDER_STATE_ATTR}','checking');` +
    `window.${PRERENDER_CHECK_GLOBAL}=fetch(new URL(${JSON.stringify(file)},d.baseURI).href,{headers:{Accept:'application/json'}})` +
    '.then(function(r){return r.ok?r.text():null})' +
    `.then(function(t){return t!==null&&v(t)===${JSON.stringify(version)}},function(){return false})` +
    `.then(function(s){h.setAttribute('${PRERENDER_STATE_ATTR}',s?'shown':'stale');return s})})();`
  );
}

/**
 * Hides a pre-rendered #root until the head check has shown it is the served file's, from before any stylesheet
 * loads. While the check runs it is laid out but not painted (visibility, forced on every descendant), so showing
 * it is a paint, not a layout of the whole page landing on the app's script; when no check runs (JavaScript off,
 * `?dataset=`) it is not laid out at all, leaving the <noscript> note alone on the page.
 */
export const GATE_STYLE =
  `html:not([${PRERENDER_STATE_ATTR}]) #root[${PRERENDERED_ROOT_ATTR}]{display:none}` +
  `html[${PRERENDER_STATE_ATTR}]:not([${PRERENDER_STATE_ATTR}="shown"]) #root[${PRERENDERED_ROOT_ATTR}],` +
  `html[${PRERENDER_STATE_ATTR}]:not([${PRERENDER_STATE_ATTR}="shown"]) #root[${PRERENDERED_ROOT_ATTR}] *{visibility:hidden!important}`;

/** The CSP source allowing one inline script, e.g. `'sha256-…'`. */
export const scriptHashSource = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/** The CSP's script-src becomes `'self'` plus exactly the given hash (replacing any earlier one). */
export function allowScriptInCsp(html: string, hashSource: string): string {
  const csp = /(<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*?script-src 'self')((?: 'sha256-[A-Za-z0-9+/=]+')*)/;
  if (!csp.test(html)) throw new Error("pre-render: index.html has no Content-Security-Policy meta tag with `script-src 'self'`");
  return html.replace(csp, (_, head: string) => `${head} ${hashSource}`);
}

/**
 * Puts the pre-rendered parts into index.html: the template as Vite built it, or an earlier output of this function.
 * `head` goes at the head marker, `body` replaces `<div id="root"><!--app-html--></div>`.
 */
export function fillTemplate(html: string, parts: { head: string; body: string; scriptHash: string }): string {
  const headSlot = new RegExp(`${HEAD_MARKER}(?:[\\s\\S]*?${escape(HEAD_END)})?`);
  const bodySlot = new RegExp(`<div id="root">${APP_HTML_MARKER}</div>|${APP_HTML_MARKER}[\\s\\S]*?${escape(APP_HTML_END)}`);
  if (!headSlot.test(html)) throw new Error(`pre-render: index.html has no ${HEAD_MARKER} in <head>: build again with \`npm run build\``);
  if (!bodySlot.test(html)) {
    throw new Error(`pre-render: index.html has no <div id="root">${APP_HTML_MARKER}</div>: build again with \`npm run build\``);
  }
  const filled = html
    .replace(headSlot, () => `${HEAD_MARKER}${parts.head}${HEAD_END}`)
    .replace(bodySlot, () => `${APP_HTML_MARKER}${parts.body}${APP_HTML_END}`);
  return allowScriptInCsp(filled, parts.scriptHash);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Writes through a temporary file and a rename, so a server never sends a half-written page. */
function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

export async function prerender({ root, distDir }: { root: string; distDir: string }): Promise<{ htmlBytes: number; version: string }> {
  const indexFile = join(distDir, 'index.html');
  const template = readFileSync(indexFile, 'utf8');
  const { entry, cleanup } = await loadServerEntry(root);
  try {
    // The dataset the built app serves: the same file the page fetches, validated the same way.
    const file = join(distDir, entry.SHIPPED_DATASET);
    const text = readFileSync(file, 'utf8');
    const result = entry.validateDataset(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown);
    if (!result.ok) throw new Error(`${file} is not a valid dataset: ${JSON.stringify(result.problems.slice(0, 5))}`);
    const version = dataVersion(text);
    // the first charts, drawn by recharts in jsdom, go into the HTML as stills (src/charts/stills.ts)
    const specs = entry.stillSpecs(result.dataset);
    entry.setStills(await withDom(() => entry.drawStills(specs)));
    const appHtml = entry.renderDefaultView(result.dataset);
    checkClientRenderedBoundaries(appHtml);
    const script = headCheckScript(entry.SHIPPED_DATASET, version);
    const html = fillTemplate(template, {
      head: `<style>${GATE_STYLE}</style><script>${script}</script>`,
      body:
        (await entry.noscriptHtml()) +
        `<div id="root" ${PRERENDERED_ROOT_ATTR}="${version}">${appHtml}</div>` +
        entry.datasetScript(result.dataset),
      scriptHash: scriptHashSource(script),
    });
    writeAtomically(indexFile, html);
    return { htmlBytes: Buffer.byteLength(html), version };
  } finally {
    cleanup();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(import.meta.dirname, '..');
  const distDir = resolve(process.argv[2] ?? join(root, 'dist'));
  const { htmlBytes, version } = await prerender({ root, distDir });
  console.log(`pre-rendered ${join(distDir, 'index.html')} (${(htmlBytes / 1000).toFixed(1)} kB, data version ${version})`);
}
