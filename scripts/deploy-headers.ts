/**
 * The response headers a deployment sends (issue 15, item 8): one definition for scripts/static-server.ts (tests,
 * bench, screenshots) and the nginx and IIS configurations in the README (test/unit/deploy-headers.test.ts holds
 * them to these values).
 *
 * The Content-Security-Policy comes from index.html's meta tag, the one source of truth, with `frame-ancestors 'self'`
 * added (a meta cannot carry it). The build pins the page's one inline script (scripts/prerender.ts) in that meta by
 * its SHA-256, which changes with every published dataset; a server configuration cannot follow it, so the header
 * leaves inline scripts to the meta (`'unsafe-inline'` in its script-src). Browsers enforce both policies, so only the
 * script the meta names runs, and every other directive holds from the header's first byte.
 */

/** Hashed by the build (a new name for new content): cached for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, sw.js, data/*.json, fonts, favicon): stored, but checked with the server before each use. */
export const REVALIDATE = 'no-cache';
export const NOSNIFF = 'nosniff';
/** The app links nowhere else; its URLs (with their ?dataset=) stay inside the origin. */
export const REFERRER_POLICY = 'same-origin';
export const FRAME_ANCESTORS = "frame-ancestors 'self'";

/** The CSP's meta tag content in an HTML page (index.html as written, or as built), or null when it has none. */
export function cspMetaOf(html: string): string | null {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return match?.[1] ?? null;
}

/** The header's CSP from the meta's: hash sources in script-src become 'unsafe-inline' (see above), frame-ancestors added. */
export function headerCsp(metaCsp: string): string {
  const directives = metaCsp
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter((d) => d !== '' && !d.startsWith('frame-ancestors'))
    .map((d) => {
      if (!d.startsWith('script-src ')) return d;
      const sources = d.split(' ').filter((s) => !/^'sha(256|384|512)-/.test(s));
      return [...sources, "'unsafe-inline'"].join(' ');
    });
  return [...directives, FRAME_ANCESTORS].join('; ');
}

/** Cache-Control for a file, by its path relative to the app's folder (e.g. `assets/index-3f2a.js`, `data/x.json`). */
export function cacheControlFor(relPath: string): string {
  return relPath.startsWith('assets/') ? IMMUTABLE : REVALIDATE;
}

/** Every header but Content-Type and Content-Encoding, for a file under the app's folder. */
export function deployHeaders(relPath: string, csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': NOSNIFF,
    'Referrer-Policy': REFERRER_POLICY,
    'Cache-Control': cacheControlFor(relPath),
  };
}
