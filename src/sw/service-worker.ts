/**
 * The service worker (issue 15, item 7): the app opens without a network once it has been opened with one.
 *
 * - Each build has its own cache, `xdd-app-<version> <folder>`, filled at install with every file of the build and the
 *   build's index.html, all or nothing; the version is a hash of the build's files, written in at build time with the
 *   file list (scripts/vite-plugin-service-worker.ts).
 * - index.html: network first. A page of this build replaces the saved one; a page of another (newer) build is
 *   served only when the code it loads first can be fetched, otherwise this build's saved page is: new HTML never
 *   lands on missing code, and old HTML never on new code.
 * - Files of a build: cache first (hashed: they never change under their name).
 * - Data files (*.json under the app's folder): network first, so a changed file is seen at once; a copy of the last
 *   few is saved with the time it was saved, served when the server cannot be reached (no network, or a gateway's
 *   5xx), and the page is told (src/app/offline-status.ts).
 * - A new worker takes over at once; it keeps the build before it, so a page still open on that build loads its
 *   remaining code from its cache, and drops older builds.
 */
import { appCacheName, dataCacheName, isKeepMessage, SAVED_AT_HEADER, SW_MESSAGE, versionOfAppCache, type WorkerMessage } from './messages';
import { entryFilesOf, isPageOfBuild, pathInScope, routeOf } from './routes';

/** Written in by scripts/vite-plugin-service-worker.ts. */
declare const __XDD_VERSION__: string;
declare const __XDD_FILES__: string[];

// The few service-worker types used here: the DOM library has none, and the WebWorker library cannot sit beside it.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  readonly clientId: string;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
}
interface WorkerScope {
  registration: { scope: string };
  clients: { get(id: string): Promise<{ postMessage(message: unknown): void } | undefined>; claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const VERSION = __XDD_VERSION__;
const FILES = new Set(__XDD_FILES__);
const SCOPE = worker.registration.scope;
const APP_CACHE = appCacheName(VERSION, SCOPE);
const DATA_CACHE = dataCacheName(SCOPE);
/** index.html is saved under the folder's own URL, whatever the query. */
const PAGE = SCOPE;
/** Data files kept for offline use, the most recently fetched ones. */
const MAX_DATA_FILES = 4;
/** Which builds' caches exist, oldest first (the worker before this one may still have a page open). */
const BUILDS_CACHE = 'xdd-builds';
const BUILDS_KEY = new URL('__builds__.json', SCOPE).href;

const inScope = (file: string) => new URL(file, SCOPE).href;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(APP_CACHE);
      await cache.addAll([...FILES].map(inScope));
      const page = await fetch(PAGE, { cache: 'no-cache' });
      if (!page.ok || !isPageOfBuild(await page.clone().text(), FILES)) {
        // The server's index.html is another build's (a deployment under way): install again on a later visit.
        throw new Error(`service worker ${VERSION}: the served index.html is not of this build`);
      }
      await cache.put(PAGE, page);
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const kept = await rememberBuild();
      const names = await caches.keys();
      const old = names.filter((name) => {
        const version = versionOfAppCache(name, SCOPE);
        return version !== null && !kept.includes(version);
      });
      await Promise.all(old.map((name) => caches.delete(name)));
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const route = routeOf({ url: request.url, method: request.method, mode: request.mode }, SCOPE, FILES);
  if (route === 'page') event.respondWith(page(event));
  else if (route === 'app-file') event.respondWith(appFile(request));
  else if (route === 'data') event.respondWith(data(event));
});

// The page asks for a copy of the data files it fetched before this worker controlled it (its first visit).
worker.addEventListener('message', (event) => {
  if (!isKeepMessage(event.data)) return;
  const urls = event.data.urls.filter((url) => routeOf({ url, method: 'GET', mode: 'cors' }, SCOPE, FILES) === 'data');
  event.waitUntil(
    Promise.all(
      urls.map(async (url) => {
        const response = await fetch(url, { headers: { Accept: 'application/json' } });
        if (response.ok) await keep(url, response);
      }),
    ).catch(() => undefined),
  );
});

async function rememberBuild(): Promise<string[]> {
  const cache = await caches.open(BUILDS_CACHE);
  const saved = await cache.match(BUILDS_KEY);
  const before: unknown = saved ? await saved.json() : [];
  const builds = Array.isArray(before) ? before.filter((v): v is string => typeof v === 'string' && v !== VERSION) : [];
  const kept = [...builds, VERSION].slice(-2);
  await cache.put(BUILDS_KEY, new Response(JSON.stringify(kept), { headers: { 'Content-Type': 'application/json' } }));
  return kept;
}

async function savedPage(): Promise<Response | undefined> {
  return (await caches.open(APP_CACHE)).match(PAGE);
}

/** The server could not be reached, or a gateway in front of it says so: a saved copy is better than an error page. */
const unreachable = (response: Response) => response.status >= 500;

async function page(event: FetchEvent): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(event.request);
  } catch {
    return (await savedPage()) ?? Response.error();
  }
  if (unreachable(response)) return (await savedPage()) ?? response;
  if (!response.ok || response.type !== 'basic') return response;
  const html = await response.clone().text();
  if (isPageOfBuild(html, FILES)) {
    const copy = response.clone();
    event.waitUntil(caches.open(APP_CACHE).then((cache) => cache.put(PAGE, copy)));
    return response;
  }
  // Another build's page: only with the code it loads first (the browser's HTTP cache keeps what is fetched here).
  const loaded = await Promise.all(
    entryFilesOf(html).map((file) =>
      fetch(inScope(file)).then(
        (r) => r.ok,
        () => false,
      ),
    ),
  );
  return loaded.every(Boolean) ? response : ((await savedPage()) ?? response);
}

async function appFile(request: Request): Promise<Response> {
  const own = await (await caches.open(APP_CACHE)).match(request, { ignoreSearch: true });
  // a file of the build before (a page of it is still open), else the network
  const hit = own ?? (await caches.match(request, { ignoreSearch: true }));
  if (hit) return hit;
  const response = await fetch(request);
  const path = pathInScope(request.url, SCOPE);
  if (response.ok && path !== null && FILES.has(path)) {
    const copy = response.clone();
    void caches.open(APP_CACHE).then((cache) => cache.put(inScope(path), copy));
  }
  return response;
}

async function data(event: FetchEvent): Promise<Response> {
  const { request } = event;
  const url = request.url;
  let response: Response;
  try {
    response = await fetch(request);
  } catch (error) {
    // the page gave up on it (a timeout of its own): nothing to answer
    if (request.signal.aborted) throw error;
    const saved = await savedData(event);
    if (!saved) throw error;
    return saved;
  }
  if (unreachable(response)) return (await savedData(event)) ?? response;
  if (response.ok) {
    event.waitUntil(keep(url, response.clone()));
    void tell(event.clientId, { type: SW_MESSAGE, kind: 'fresh', url });
  }
  return response;
}

/** The saved copy of a data file, the page told it is one (and when it was saved); undefined when there is none. */
async function savedData(event: FetchEvent): Promise<Response | undefined> {
  const url = event.request.url;
  const saved = await (await caches.open(DATA_CACHE)).match(url, { ignoreVary: true });
  if (saved) void tell(event.clientId, { type: SW_MESSAGE, kind: 'saved', url, savedAt: saved.headers.get(SAVED_AT_HEADER) ?? '' });
  return saved;
}

/** Saves a data file (the newest last), marked with when it was saved, and forgets the oldest beyond MAX_DATA_FILES. */
async function keep(url: string, response: Response): Promise<void> {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT_HEADER, new Date().toISOString());
  // the body is stored decoded
  headers.delete('Content-Encoding');
  headers.delete('Content-Length');
  const copy = new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
  const cache = await caches.open(DATA_CACHE);
  await cache.delete(url, { ignoreVary: true });
  await cache.put(url, copy);
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_DATA_FILES)).map((key) => cache.delete(key)));
}

async function tell(clientId: string, message: WorkerMessage): Promise<void> {
  if (!clientId) return;
  const client = await worker.clients.get(clientId);
  client?.postMessage(message);
}
