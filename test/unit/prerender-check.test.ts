import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  allowScriptInCsp,
  APP_HTML_MARKER,
  dataVersion,
  fillTemplate,
  GATE_STYLE,
  HEAD_MARKER,
  headCheckScript,
  scriptHashSource,
} from '../../scripts/prerender';
import { PRERENDER_CHECK_GLOBAL, PRERENDER_STATE_ATTR } from '../../src/prerender-check';

const FILE_TEXT = '{"meta":{"id":"thu"},"indicators":[{"value":4321}]}'; // SYNTHETIC: not a real dataset

/** Runs the head check as the browser would, on a fake page: what it marks and what it answers. */
async function runHeadCheck(options: { search: string; served: () => Promise<{ ok: boolean; text: () => Promise<string> }> }) {
  const attributes: Record<string, string> = {};
  const requested: string[] = [];
  const window: Record<string, unknown> = {
    location: { search: options.search },
    URLSearchParams,
    URL,
    document: {
      baseURI: 'http://intranet.example/bao-cao/xdd/',
      documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) },
    },
    fetch: (url: string) => {
      requested.push(url);
      return options.served();
    },
  };
  window.window = window;
  runInNewContext(headCheckScript('data/ha-noi-2020.json', dataVersion(FILE_TEXT)), window);
  const check = window[PRERENDER_CHECK_GLOBAL] as Promise<boolean> | undefined;
  return { answer: check ? await check : undefined, state: attributes[PRERENDER_STATE_ATTR], requested };
}

const served = (status: number, text: string) => () => Promise.resolve({ ok: status < 400, text: () => Promise.resolve(text) });

describe('the data version', () => {
  it('is 16 hex digits, the same for the same text, and changes with any character', () => {
    expect(dataVersion(FILE_TEXT)).toMatch(/^[0-9a-f]{16}$/);
    expect(dataVersion(FILE_TEXT)).toBe(dataVersion(String(FILE_TEXT)));
    expect(dataVersion(FILE_TEXT.replace('4321', '4322'))).not.toBe(dataVersion(FILE_TEXT));
    expect(dataVersion(`${FILE_TEXT}\n`)).not.toBe(dataVersion(FILE_TEXT));
  });

  it('ignores a UTF-8 byte-order mark, as the browser’s Response.text() does', () => {
    expect(dataVersion(`\uFEFF${FILE_TEXT}`)).toBe(dataVersion(FILE_TEXT));
  });
});

describe('the head check', () => {
  it('shows the pre-rendered view when the served file has the version it was rendered from', async () => {
    const result = await runHeadCheck({ search: '', served: served(200, FILE_TEXT) });
    expect(result).toEqual({ answer: true, state: 'shown', requested: ['http://intranet.example/bao-cao/xdd/data/ha-noi-2020.json'] });
    // filters and the language are other views of the same file
    expect((await runHeadCheck({ search: '?lang=en&subject=member', served: served(200, FILE_TEXT) })).state).toBe('shown');
    expect((await runHeadCheck({ search: '?dataset=', served: served(200, FILE_TEXT) })).state).toBe('shown');
  });

  it('keeps it hidden when the served file changed, is missing or cannot be fetched', async () => {
    for (const serve of [
      served(200, FILE_TEXT.replace('4321', '4322')),
      served(404, 'not found'),
      () => Promise.reject(new TypeError('network')),
    ]) {
      const result = await runHeadCheck({ search: '', served: serve });
      expect(result.answer).toBe(false);
      expect(result.state).toBe('stale');
    }
  });

  it('does nothing with ?dataset=: no request, no mark, so the pre-rendered view stays hidden', async () => {
    const result = await runHeadCheck({ search: '?dataset=data/other.json&lang=en', served: served(200, FILE_TEXT) });
    expect(result).toEqual({ answer: undefined, state: undefined, requested: [] });
  });
});

describe('filling index.html', () => {
  const template = [
    '<html><head>',
    `<meta\n  http-equiv="Content-Security-Policy"\n  content="default-src 'self'; script-src 'self'; style-src 'self'"\n/>`,
    HEAD_MARKER,
    '</head><body>',
    `<div id="root">${APP_HTML_MARKER}</div>`,
    '</body></html>',
  ].join('\n');
  const parts = (n: number) => {
    const script = `window.check=${n}`;
    return {
      head: `<style>${GATE_STYLE}</style><script>${script}</script>`,
      body: `<div id="root">view ${n}</div>`,
      scriptHash: scriptHashSource(script),
    };
  };

  it('puts the parts in place and allows exactly the check’s hash in script-src', () => {
    const html = fillTemplate(template, parts(1));
    expect(html).toContain('<div id="root">view 1</div>');
    expect(html).toContain('<script>window.check=1</script>');
    const hash = createHash('sha256').update('window.check=1').digest('base64');
    expect(html).toContain(`script-src 'self' 'sha256-${hash}'; style-src`);
  });

  it('can run again on its own output (npm run publish-data): the result is the same as on the template', () => {
    const again = fillTemplate(fillTemplate(template, parts(1)), parts(2));
    expect(again).toBe(fillTemplate(template, parts(2)));
    expect(again).not.toContain('view 1');
    expect(again.match(/'sha256-/g)).toHaveLength(1);
  });

  it('refuses a page without its markers or CSP', () => {
    expect(() => fillTemplate('<html><head></head><body><div id="root"></div></body></html>', parts(1))).toThrow(/prerender-head/);
    expect(() => allowScriptInCsp('<html></html>', parts(1).scriptHash)).toThrow(/Content-Security-Policy/);
  });
});
