import { describe, expect, it } from 'vitest';
import { appCacheName, dataCacheName, isKeepMessage, isWorkerMessage, versionOfAppCache } from '../../src/sw/messages';
import { entryFilesOf, isPageOfBuild, pathInScope, routeOf } from '../../src/sw/routes';

const SCOPE = 'https://intranet.example/bao-cao/xdd/';
const FILES = new Set(['assets/index-AbC1.js', 'assets/index-DeF2.css', 'assets/ChartBody-GhI3.js', 'fonts/fonts.css', 'favicon.svg']);
const get = (path: string, mode = 'cors') => ({ url: new URL(path, SCOPE).href, method: 'GET', mode });

describe('which strategy the service worker gives a request', () => {
  it('the app’s page, at its folder or index.html, whatever the query: network first', () => {
    expect(routeOf(get('', 'navigate'), SCOPE, FILES)).toBe('page');
    expect(routeOf(get('?lang=en&dataset=data/x.json', 'navigate'), SCOPE, FILES)).toBe('page');
    expect(routeOf(get('index.html', 'navigate'), SCOPE, FILES)).toBe('page');
    // a data file opened as a page is the server's business
    expect(routeOf(get('data/ha-noi-2020.json', 'navigate'), SCOPE, FILES)).toBe('pass');
  });

  it('files of a build: cache first, also another build’s hashed file and a retried chart code', () => {
    expect(routeOf(get('assets/index-AbC1.js'), SCOPE, FILES)).toBe('app-file');
    expect(routeOf(get('assets/ChartBody-GhI3.js?retry=1'), SCOPE, FILES)).toBe('app-file');
    expect(routeOf(get('assets/index-Old9.js'), SCOPE, FILES)).toBe('app-file');
    expect(routeOf(get('fonts/fonts.css'), SCOPE, FILES)).toBe('app-file');
  });

  it('JSON under the folder is data (network first); the rest, other origins, other folders and non-GET pass', () => {
    expect(routeOf(get('data/ha-noi-2020.json'), SCOPE, FILES)).toBe('data');
    expect(routeOf(get('data/quan-ba-dinh-2021.json?v=2'), SCOPE, FILES)).toBe('data');
    expect(routeOf(get('notes.txt'), SCOPE, FILES)).toBe('pass');
    expect(routeOf({ ...get('data/x.json'), method: 'POST' }, SCOPE, FILES)).toBe('pass');
    expect(routeOf({ url: 'https://other.example/bao-cao/xdd/data/x.json', method: 'GET', mode: 'cors' }, SCOPE, FILES)).toBe('pass');
    expect(routeOf({ url: 'https://intranet.example/khac/data/x.json', method: 'GET', mode: 'cors' }, SCOPE, FILES)).toBe('pass');
    expect(routeOf({ url: 'https://intranet.example/bao-cao/xdd-cu/data/x.json', method: 'GET', mode: 'cors' }, SCOPE, FILES)).toBe('pass');
  });

  it('paths are read inside the folder, decoded', () => {
    expect(pathInScope(`${SCOPE}data/t%E1%BB%87p.json`, SCOPE)).toBe('data/tệp.json');
    expect(pathInScope('https://intranet.example/bao-cao/', SCOPE)).toBeNull();
  });
});

describe('a page belongs to a build when everything it loads first is that build’s', () => {
  const page = (...files: string[]) =>
    `<!doctype html><html><head>${files.map((f) => (f.endsWith('.css') ? `<link rel="stylesheet" crossorigin href="./${f}">` : `<script type="module" crossorigin src="./${f}"></script>`)).join('')}<link rel="icon" href="./favicon.svg"></head><body></body></html>`;

  it('lists the ./assets/ files a page loads, not its other links', () => {
    expect(entryFilesOf(page('assets/index-AbC1.js', 'assets/index-DeF2.css'))).toEqual(['assets/index-AbC1.js', 'assets/index-DeF2.css']);
  });

  it('this build’s page, another build’s page, a page with no code at all', () => {
    expect(isPageOfBuild(page('assets/index-AbC1.js', 'assets/index-DeF2.css'), FILES)).toBe(true);
    expect(isPageOfBuild(page('assets/index-New7.js', 'assets/index-DeF2.css'), FILES)).toBe(false);
    expect(isPageOfBuild('<!doctype html><p>502 Bad Gateway</p>', FILES)).toBe(false);
  });
});

describe('messages between the page and the worker', () => {
  it('accepts ours, in their shapes, and nothing else', () => {
    expect(isWorkerMessage({ type: 'xdd-sw', kind: 'fresh', url: 'u' })).toBe(true);
    expect(isWorkerMessage({ type: 'xdd-sw', kind: 'saved', url: 'u', savedAt: '2026-11-26T10:00:00Z' })).toBe(true);
    expect(isWorkerMessage({ type: 'xdd-sw', kind: 'saved', url: 'u' })).toBe(false);
    expect(isWorkerMessage({ type: 'other', kind: 'fresh', url: 'u' })).toBe(false);
    expect(isWorkerMessage('xdd-sw')).toBe(false);
    expect(isKeepMessage({ type: 'xdd-sw', kind: 'keep', urls: ['a', 'b'] })).toBe(true);
    expect(isKeepMessage({ type: 'xdd-sw', kind: 'keep', urls: [1] })).toBe(false);
  });

  it('cache names carry the build version and the app’s folder, so two copies of the app on one server keep apart', () => {
    const name = appCacheName('0123456789abcdef', SCOPE);
    expect(name).toBe('xdd-app-0123456789abcdef /bao-cao/xdd/');
    expect(versionOfAppCache(name, SCOPE)).toBe('0123456789abcdef');
    expect(versionOfAppCache(appCacheName('0123456789abcdef', 'https://intranet.example/bao-cao/xdd-2021/'), SCOPE)).toBeNull();
    expect(versionOfAppCache(dataCacheName(SCOPE), SCOPE)).toBeNull();
    expect(dataCacheName(SCOPE)).not.toBe(dataCacheName('https://intranet.example/khac/'));
  });
});
