import type { Page } from 'playwright-core';

/** Texts of the shipped file (data/ha-noi-2020.json) that no other file's page may ever show. */
export const SHIPPED_TEXTS = ['1.282', '17.118', 'Đảng bộ thành phố Hà Nội', '28/11/2020'];

export interface ProbeRecord {
  /** animation frames seen (each one a moment the page could paint) */
  frames: number;
  /** DOM mutation batches seen */
  mutations: number;
  /** per watched text, the first time (ms from navigation) it was rendered, and how often it was seen */
  seen: Record<string, { firstMs: number; times: number }>;
}

/**
 * Watches, from the very start of every document in the page, which of `texts` are rendered: at every animation
 * frame (before each paint) and after every DOM mutation, it reads `document.body.innerText`, which holds only
 * rendered text (nothing under display:none or visibility:hidden, nor an unused <noscript>). Needs JavaScript on;
 * with it off, poll with `renderedText` instead.
 */
export async function watchRenderedText(page: Page, texts: string[]): Promise<void> {
  await page.addInitScript(`(() => {
    const texts = ${JSON.stringify(texts)};
    const probe = (window.__probe = { frames: 0, mutations: 0, seen: {} });
    const look = () => {
      const text = document.body ? document.body.innerText : '';
      for (const t of texts) {
        if (!text.includes(t)) continue;
        const entry = (probe.seen[t] ??= { firstMs: Math.round(performance.now()), times: 0 });
        entry.times++;
      }
    };
    const frame = () => {
      probe.frames++;
      look();
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    new MutationObserver(() => {
      probe.mutations++;
      look();
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  })();`);
}

export const probeRecord = (page: Page) => page.evaluate(() => (window as unknown as { __probe: ProbeRecord }).__probe);

/** The page's rendered text (works with JavaScript off too: Playwright evaluates outside the page's own scripts). */
export const renderedText = (page: Page) => page.evaluate(() => document.body?.innerText ?? '');

/**
 * With JavaScript off: navigates and reads the rendered text over and over until the page has loaded and a little
 * after, returning every distinct text seen (the parser's progress included).
 */
export async function renderedTextsWhileLoading(page: Page, url: string, settleMs = 500): Promise<string[]> {
  const seen = new Set<string>();
  await page.goto(url, { waitUntil: 'commit' });
  const until = { loadedAt: 0 };
  for (;;) {
    const { text, complete } = await page
      .evaluate(() => ({ text: document.body?.innerText ?? '', complete: document.readyState === 'complete' }))
      .catch(() => ({ text: '', complete: false }));
    seen.add(text);
    if (complete && until.loadedAt === 0) until.loadedAt = Date.now();
    if (until.loadedAt !== 0 && Date.now() - until.loadedAt > settleMs) break;
  }
  return [...seen];
}
