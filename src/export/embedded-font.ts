// The same faces and unicode-ranges as public/fonts/fonts.css (a unit test keeps the two in step).
const VIETNAMESE_RANGE =
  'U+0102-0103, U+0110-0111, U+0128-0129, U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+0300-0301, U+0303-0304, U+0308-0309, U+0323, U+0329, U+1EA0-1EF9, U+20AB';
const LATIN_RANGE =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';

export const EMBEDDED_FACES = [
  { subset: 'vietnamese', weight: 400, unicodeRange: VIETNAMESE_RANGE },
  { subset: 'latin', weight: 400, unicodeRange: LATIN_RANGE },
  { subset: 'vietnamese', weight: 700, unicodeRange: VIETNAMESE_RANGE },
  { subset: 'latin', weight: 700, unicodeRange: LATIN_RANGE },
] as const;

export const fontPath = (subset: string, weight: number) => `fonts/be-vietnam-pro-${subset}-${weight}-normal.woff2`;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000; // String.fromCharCode takes its bytes as arguments: keep the call small
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

async function fetchFont(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${url}: HTTP ${response.status}`);
  return toBase64(new Uint8Array(await response.arrayBuffer()));
}

const cache = new Map<string, Promise<string>>();

/**
 * @font-face rules for Be Vietnam Pro with the woff2 files inlined as data: URLs. An SVG opened as
 * an image (or in another program) cannot reach the page's fonts, so the font has to travel inside it.
 * Memoised per base URI; a failed load is forgotten so the next export can try again.
 */
export function loadEmbeddedFontCss(baseUri: string): Promise<string> {
  const base = new URL('.', baseUri).href; // one cache entry per folder, whatever the page's query
  let pending = cache.get(base);
  if (!pending) {
    pending = Promise.all(
      EMBEDDED_FACES.map(async ({ subset, weight, unicodeRange }) => {
        const data = await fetchFont(new URL(fontPath(subset, weight), base).href);
        return (
          `@font-face { font-family: 'Be Vietnam Pro'; font-style: normal; font-weight: ${weight}; ` +
          `src: url(data:font/woff2;base64,${data}) format('woff2'); unicode-range: ${unicodeRange}; }`
        );
      }),
    ).then((rules) => rules.join('\n'));
    pending.catch(() => cache.delete(base));
    cache.set(base, pending);
  }
  return pending;
}
