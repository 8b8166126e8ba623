import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shippedJson } from '../fixtures/dataset';
import { appUrl, drawAllCharts, hasChromium, openPage, useBrowser } from './harness';
import { serveFile } from './overlay';
import { probeRecord, renderedText, watchRenderedText } from './visible-text-probe';

/** The text of the overview strip and of the figure table: the figures officials came for. */
const figuresText = (page: Page) =>
  page.evaluate(() => ({
    overview: document.getElementById('panel-overview')?.textContent ?? null,
    table: document.getElementById('figure-table')?.textContent ?? null,
  }));

/** Sums layout shifts (not caused by input) from before the first paint, as CLS counts them. */
const LAYOUT_SHIFT_OBSERVER = `
  window.__layoutShift = 0;
  window.__layoutShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__layoutShift += entry.value;
      window.__layoutShifts.push({ value: entry.value, sources: (entry.sources || []).map((s) => s.node ? (s.node.id || s.node.className || s.node.nodeName) : '?') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

/** Records when each part of the page is first hydrated (its element carries a React fiber) and where the first chart is drawn. */
const HYDRATION_ORDER = `
  window.__hydrated = {};
  window.__firstChartIn = null;
  const parts = ['#panel-inspection', 'aside.dashboard__side', '#figure-table'];
  const channel = new MessageChannel();
  const started = performance.now();
  channel.port1.onmessage = () => {
    for (const part of parts) {
      const el = document.querySelector(part);
      if (el && window.__hydrated[part] === undefined && Object.keys(el).some((k) => k.startsWith('__reactFiber$')))
        window.__hydrated[part] = performance.now();
    }
    // a live chart, not a still drawn at build time
    const chart = [...document.querySelectorAll('svg.recharts-surface')].find((svg) => !svg.closest('[data-still]'));
    if (chart && window.__firstChartIn === null) window.__firstChartIn = chart.closest('section.panel')?.id ?? '?';
    const done = Object.keys(window.__hydrated).length === parts.length && window.__firstChartIn !== null;
    if (performance.now() - started < 30000 && !done) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
`;

/** Charts are drawn when their box comes near the screen: bring the first one into view and wait for it. */
const chartsDrawn = async (page: Page) => {
  await page.locator('.panel__chart').first().scrollIntoViewIfNeeded();
  await page.locator('svg.recharts-surface').first().waitFor({ timeout: 20_000 });
};
const settle = (page: Page, ms = 800) => page.waitForTimeout(ms);

describe.skipIf(!hasChromium())('the pre-rendered default view (issue 7)', () => {
  const browser = useBrowser();

  it('has the figures in the HTML before any script runs, painted only once the head check allows (JavaScript disabled: a note)', async () => {
    const { page, context } = await openPage(browser(), '', { javaScriptEnabled: false });
    expect(await page.locator('h1').first().textContent()).toBe('Chỉ số công tác xây dựng Đảng');
    const { overview, table } = await figuresText(page);
    expect(overview).toContain('1.282');
    expect(table).toContain('1.282');
    expect(table).toContain('17.118');
    const row = page.getByRole('row', { name: /Tổ chức đảng được cấp ủy kiểm tra/, includeHidden: true });
    expect(await row.textContent()).toContain('1.282');
    expect(await page.getByRole('row', { name: /Chi bộ trực thuộc đảng bộ cơ sở/, includeHidden: true }).textContent()).toContain('17.118');
    // without a script the page cannot tell the shipped file from ?dataset= or a replaced file (issue 11, point 9):
    // the view stays hidden and a note says JavaScript is needed
    expect(await page.locator('#root').isVisible()).toBe(false);
    const shown = await renderedText(page);
    expect(shown).not.toContain('1.282');
    expect(shown).toContain('cần JavaScript');
    // the panels' text and the filter bar are there too; each chart has its box reserved
    expect(await page.getByRole('search', { includeHidden: true }).count()).toBe(1);
    expect(await page.locator('section.panel h2').count()).toBeGreaterThanOrEqual(5);
    const boxes = await page.locator('.panel__chart').evaluateAll((els) => els.map((e) => parseFloat((e as HTMLElement).style.minHeight)));
    expect(boxes.length).toBeGreaterThanOrEqual(4);
    for (const px of boxes) expect(px).toBeGreaterThan(100);
    // the dataset it was rendered from, for hydration, as a data block (never executed)
    expect(await page.locator('script#prerendered-dataset[type="application/json"]').count()).toBe(1);
    await context.close();
  });

  it('hydrates the same nodes with the same text: no console error, charts draw, nothing shifts', async () => {
    const noJs = await openPage(browser(), '', { javaScriptEnabled: false });
    const before = await figuresText(noJs.page);
    await noJs.context.close();

    const { page, context, consoleErrors, foreignRequests } = await openPage(browser());
    await page.addInitScript(LAYOUT_SHIFT_OBSERVER);
    // Hold the app's script until the pre-rendered nodes are noted, to tell hydration (same nodes) from a re-render.
    let release: () => void = () => {};
    const held = new Promise<void>((ok) => (release = ok));
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const data = page.waitForResponse((r) => r.url().endsWith('/data/ha-noi-2020.json'));
    await page.goto(appUrl(), { waitUntil: 'commit' });
    await page.locator('#figure-table').waitFor({ state: 'attached' });
    expect(await figuresText(page)).toEqual(before);
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      w.__table = document.getElementById('figure-table');
      w.__overview = document.getElementById('panel-overview');
    });
    release();
    await chartsDrawn(page);
    expect((await data).status()).toBe(200); // the served file is still fetched: it is the source of truth
    await settle(page);
    expect(await figuresText(page)).toEqual(before);
    const sameNodes = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return w.__table === document.getElementById('figure-table') && w.__overview === document.getElementById('panel-overview');
    });
    expect(sameNodes).toBe(true);
    await drawAllCharts(page); // the rest are drawn as they come into view
    expect(await page.locator('.panel__chart svg.recharts-surface').count()).toBeGreaterThanOrEqual(4);
    const shift = await page.evaluate(() => (window as unknown as { __layoutShift: number; __layoutShifts: unknown[] }).__layoutShift);
    expect(
      shift,
      JSON.stringify(await page.evaluate(() => (window as unknown as { __layoutShifts: unknown[] }).__layoutShifts)),
    ).toBeLessThan(0.02);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('hydrates the panels with a chart in the first screen before the rest of the page, and draws their charts first', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    // When each part first carries React's fiber (hydrated), polled between React's slices of work; CPU slowed so
    // each part's hydration spans several polls.
    await page.addInitScript(HYDRATION_ORDER);
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.reload();
    await page.waitForFunction(
      () => (window as unknown as { __hydrated: Record<string, number> }).__hydrated['#figure-table'] !== undefined,
      null,
      {
        timeout: 30_000,
      },
    );
    await page.waitForFunction(() => (window as unknown as { __firstChartIn: string | null }).__firstChartIn !== null, null, {
      timeout: 30_000,
    });
    const { hydrated, firstChartIn } = await page.evaluate(() => {
      const w = window as unknown as { __hydrated: Record<string, number>; __firstChartIn: string | null };
      return { hydrated: w.__hydrated, firstChartIn: w.__firstChartIn };
    });
    // the sidebar comes first in the page: in page order it would hydrate first
    expect(hydrated['#panel-inspection'], JSON.stringify(hydrated)).toBeLessThan(hydrated['aside.dashboard__side']!);
    expect(hydrated['#panel-inspection'], JSON.stringify(hydrated)).toBeLessThan(hydrated['#figure-table']!);
    // the first chart drawn is one of the first screen's
    const firstScreen = await page.evaluate(() =>
      [...document.querySelectorAll('section.panel')]
        .filter((s) => s.querySelector('.panel__chart') && s.getBoundingClientRect().top < window.innerHeight)
        .map((s) => s.id),
    );
    expect(firstScreen).toContain(firstChartIn);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows the first charts as stills, drawn at build time, before the app’s script runs; the live charts replace them', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    let release: () => void = () => {};
    const held = new Promise<void>((ok) => (release = ok));
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(appUrl(), { waitUntil: 'commit' });
    await page.locator('html[data-prerender="shown"]').waitFor({ state: 'attached' });
    // no app script yet: the inspection chart's still is on screen, bars and figures drawn by recharts
    const still = page.locator('#panel-inspection .chart-pending[data-still]');
    await expect.poll(() => still.locator('svg.recharts-surface').isVisible()).toBe(true);
    expect(await still.locator('path.recharts-rectangle').count()).toBe(6);
    expect(await still.locator('.value-label').allTextContents()).toEqual(
      expect.arrayContaining(['1.282', '360', '766', '184', '81', '343']),
    );
    expect(await page.locator('[data-still]').count()).toBe(2);
    // each still fits in its box: nothing of it is cut
    const fits = await page.evaluate(() =>
      [...document.querySelectorAll('[data-still]')].map((box) => {
        const svg = box.querySelector('svg.recharts-surface');
        return svg ? svg.getBoundingClientRect().right <= box.getBoundingClientRect().right : false;
      }),
    );
    expect(fits).toEqual([true, true]);
    expect(await page.evaluate(() => document.querySelectorAll('svg.recharts-surface[tabindex], [data-still] [tabindex]').length)).toBe(0);
    const duplicateIds = () =>
      page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
        return ids.filter((id, i) => ids.indexOf(id) !== i);
      });
    expect(await duplicateIds()).toEqual([]);
    release();
    // the live chart takes the still's place
    await page
      .locator('#panel-inspection .panel__chart > svg.recharts-surface, #panel-inspection .panel__chart > .chart svg.recharts-surface')
      .first()
      .waitFor({ timeout: 20_000 });
    await drawAllCharts(page);
    expect(await page.locator('[data-still]').count()).toBe(0);
    expect(await page.locator('#panel-inspection path.recharts-rectangle').count()).toBe(6);
    expect(await duplicateIds()).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it.each([
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ])('shows no still where a chart box is narrower than the still was drawn ($width px wide): none is cut', async (viewport) => {
    const { page, context } = await openPage(browser(), '', { viewport });
    await page.route(/\/assets\/index-[\w-]+\.js$/, () => {});
    await page.goto(appUrl(), { waitUntil: 'commit' });
    await page.locator('html[data-prerender="shown"]').waitFor({ state: 'attached' });
    await page.locator('#panel-inspection').scrollIntoViewIfNeeded();
    expect(await page.locator('[data-still]').count()).toBe(2);
    expect(await page.locator('[data-still] svg.recharts-surface').first().isVisible()).toBe(false);
    await context.close();
  });

  it('does not shift on a phone-sized screen either', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), '', { viewport: { width: 390, height: 844 } });
    await page.addInitScript(LAYOUT_SHIFT_OBSERVER);
    await page.reload();
    await chartsDrawn(page);
    await settle(page);
    const shift = await page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift);
    expect(
      shift,
      JSON.stringify(await page.evaluate(() => (window as unknown as { __layoutShifts: unknown[] }).__layoutShifts)),
    ).toBeLessThan(0.02);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('never shows the pre-rendered figures when the file was replaced after the build: the served one replaces them', async () => {
    const modified = shippedJson();
    const indicator = modified.indicators.find((i) => i.id === 'inspected-organisations');
    if (!indicator) throw new Error('the shipped dataset has no inspected-organisations');
    indicator.value = 1283;
    const remove = serveFile('data/ha-noi-2020.json', modified);
    try {
      const noJs = await openPage(browser(), '', { javaScriptEnabled: false });
      expect((await figuresText(noJs.page)).table).toContain('1.282'); // the HTML is what was built…
      expect(await renderedText(noJs.page)).not.toContain('1.282'); // …and stays hidden
      await noJs.context.close();

      const { page, context, consoleErrors } = await openPage(browser());
      await watchRenderedText(page, ['1.282', '1.283']);
      consoleErrors.length = 0;
      await page.reload();
      const row = page.getByRole('row', { name: /Tổ chức đảng được cấp ủy kiểm tra/ });
      await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('1.283');
      await expect.poll(async () => (await figuresText(page)).overview, { timeout: 10_000 }).toContain('1.283');
      expect((await figuresText(page)).table).not.toContain('1.282');
      await chartsDrawn(page);
      const record = await probeRecord(page);
      expect(record.seen['1.283']).toBeDefined();
      expect(record.seen['1.282']).toBeUndefined(); // not at any frame: the stale pre-render was never painted
      expect(consoleErrors).toEqual([]);
      await context.close();
    } finally {
      remove();
    }
  });

  it('renders other views on the client (?lang=en, ?dataset=) without hydration errors', async () => {
    const en = await openPage(browser(), '?lang=en');
    await expect.poll(() => en.page.locator('h1').textContent()).not.toBe('Chỉ số công tác xây dựng Đảng');
    await expect.poll(() => en.page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(async () => (await figuresText(en.page)).table).toContain('1,282');
    await chartsDrawn(en.page);
    expect(en.consoleErrors).toEqual([]);
    await en.context.close();

    const other = shippedJson();
    other.meta.id = 'ha-noi-2020-copy';
    const indicator = other.indicators.find((i) => i.id === 'inspected-organisations');
    if (indicator) indicator.value = 4321;
    const remove = serveFile('data/copy.json', other);
    try {
      const { page, context, consoleErrors } = await openPage(browser(), '?dataset=data/copy.json');
      await expect.poll(async () => (await figuresText(page)).table, { timeout: 10_000 }).toContain('4.321');
      expect((await figuresText(page)).table).not.toContain('1.282');
      expect(consoleErrors).toEqual([]);
      await context.close();
    } finally {
      remove();
    }
  });
});
