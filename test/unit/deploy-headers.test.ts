import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControlFor, cspMetaOf, headerCsp, IMMUTABLE, NOSNIFF, REFERRER_POLICY, REVALIDATE } from '../../scripts/deploy-headers';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';

const ROOT = resolve(import.meta.dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const INDEX_HTML = readFileSync(join(ROOT, 'index.html'), 'utf8');

/** The first fenced block of `lang` after the heading `heading` in the README. */
function block(heading: string, lang: string): string {
  const start = README.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no heading "${heading}"`);
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(README.slice(start));
  if (!match?.[1]) throw new Error(`README: no \`\`\`${lang} block under "${heading}"`);
  return match[1];
}
const NGINX = block('### nginx', 'nginx');
const IIS = block('### IIS (web.config)', 'xml');

/** Cache-Control's directives as a set: "public, immutable,max-age=1" and "max-age=1, public, immutable" agree. */
const directives = (value: string) => new Set(value.split(',').map((d) => d.trim().toLowerCase()));

/** What a configuration sends, read from its text: the header values and Cache-Control for assets/ and the rest. */
interface Sent {
  csp: string;
  nosniff: string;
  referrer: string;
  assets: string;
  other: string;
}

function nginxSends(conf: string): Sent {
  const header = (name: string) => new RegExp(`add_header ${name} "([^"]*)" always;`).exec(conf)?.[1] ?? '';
  const map = /map \$uri \$xdd_cache_control \{([\s\S]*?)\}/.exec(conf)?.[1] ?? '';
  expect(conf).toContain('add_header Cache-Control $xdd_cache_control always;');
  return {
    csp: header('Content-Security-Policy'),
    nosniff: header('X-Content-Type-Options'),
    referrer: header('Referrer-Policy'),
    assets: /~\/assets\/\s+"([^"]*)";/.exec(map)?.[1] ?? '',
    other: /default\s+"([^"]*)";/.exec(map)?.[1] ?? '',
  };
}

/** IIS's clientCache element as the Cache-Control it sends. */
function iisCacheControl(element: string): string {
  const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(element)?.[1];
  const mode = attr('cacheControlMode');
  if (mode === 'DisableCache') return 'no-cache';
  if (mode !== 'UseMaxAge') return `unknown mode ${mode}`;
  const [days = '0', time = '00:00:00'] = (attr('cacheControlMaxAge') ?? '').split('.');
  const [h = 0, m = 0, s = 0] = time.split(':').map(Number);
  const seconds = Number(days) * 86400 + h * 3600 + m * 60 + s;
  return [attr('cacheControlCustom'), `max-age=${seconds}`].filter(Boolean).join(', ');
}

function iisSends(xml: string): Sent {
  const header = (name: string) => new RegExp(`<add name="${name}" value="([^"]*)" />`).exec(xml)?.[1] ?? '';
  const [site = '', assetsLocation = ''] = xml.split('<location path="assets">');
  return {
    csp: header('Content-Security-Policy'),
    nosniff: header('X-Content-Type-Options'),
    referrer: header('Referrer-Policy'),
    assets: iisCacheControl(/<clientCache [^>]*\/>/.exec(assetsLocation)?.[0] ?? ''),
    other: iisCacheControl(/<clientCache [^>]*\/>/.exec(site)?.[0] ?? ''),
  };
}

describe('deployment headers: the static server, the README’s nginx and IIS configurations agree', () => {
  let server: StaticServer;
  let dist: string;
  const files = ['index.html', 'sw.js', 'assets/index-AbC123.js', 'data/ha-noi-2020.json', 'fonts/fonts.css', 'favicon.svg'];

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'xdd-headers-'));
    for (const file of files) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), file === 'index.html' ? INDEX_HTML : `/* ${file} */`);
    }
    server = await startStaticServer({ distDir: dist });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('the header CSP is index.html’s meta CSP, inline scripts left to the meta, with frame-ancestors', () => {
    const meta = cspMetaOf(INDEX_HTML);
    expect(meta).not.toBeNull();
    const csp = headerCsp(meta ?? '');
    expect(csp).toContain("frame-ancestors 'self'");
    for (const directive of (meta ?? '').split(';').map((d) => d.trim())) {
      if (!directive.startsWith('script-src')) expect(csp).toContain(directive);
    }
    // a built index.html: its script hash is replaced, so the header is the same after every publish-data
    const built = INDEX_HTML.replace("script-src 'self'", "script-src 'self' 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='");
    expect(headerCsp(cspMetaOf(built) ?? '')).toBe(csp);
  });

  for (const [name, sends] of [
    ['nginx', () => nginxSends(NGINX)],
    ['IIS', () => iisSends(IIS)],
  ] as const) {
    it(`${name} sends what the static server sends, file by file`, async () => {
      const config = sends();
      for (const file of files) {
        const response = await fetch(`${server.appUrl}${file === 'index.html' ? '' : file}`);
        expect(response.status, file).toBe(200);
        const expected = `the README's ${name} configuration must send: ${response.headers.get('content-security-policy')}`;
        expect(config.csp, expected).toBe(response.headers.get('content-security-policy'));
        expect(config.nosniff).toBe(response.headers.get('x-content-type-options'));
        expect(config.referrer).toBe(response.headers.get('referrer-policy'));
        const cache = file.startsWith('assets/') ? config.assets : config.other;
        expect(directives(cache), file).toEqual(directives(response.headers.get('cache-control') ?? ''));
      }
    });
  }

  it('the values are the intended ones: immutable hashed assets, the rest revalidated, nosniff, same-origin referrers', async () => {
    expect(cacheControlFor('assets/index-AbC123.js')).toBe(IMMUTABLE);
    for (const file of ['index.html', 'sw.js', 'data/ha-noi-2020.json', 'fonts/fonts.css']) expect(cacheControlFor(file)).toBe(REVALIDATE);
    expect(directives(IMMUTABLE)).toEqual(new Set(['public', 'max-age=31536000', 'immutable']));
    expect(REVALIDATE).toBe('no-cache');
    expect(NOSNIFF).toBe('nosniff');
    expect(REFERRER_POLICY).toBe('same-origin');
  });

  it('both configurations compress text, JSON and SVG', () => {
    expect(NGINX).toMatch(/^\s*gzip on;/m);
    for (const type of ['text/css', 'text/javascript', 'application/javascript', 'application/json', 'image/svg+xml']) {
      expect(NGINX).toContain(type);
    }
    expect(IIS).toContain('<urlCompression doStaticCompression="true"');
  });
});
