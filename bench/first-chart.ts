/**
 * First chart early (issue 14 item 3): the dashboard's time to its first chart against a bare chart page (React +
 * react-query + recharts drawing one bar chart, bench/bare/, built here by the same Vite), in headless Chromium with
 * the CPU slowed 4x, in paired runs (dashboard, bare, dashboard, bare…) so a busy moment hits both alike.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { open as openBenchSession } from './browser';
import { median, summarise, type Timing } from './measure';
import { pending, type Pending } from './pending';

export interface FirstChartResult {
  /** the first chart on screen: a pre-rendered still (src/charts/stills.ts) or a live chart, whichever shows first */
  app: Timing;
  /** the first live chart (drawn in the browser by the chart code), for context */
  appLive: Timing;
  bare: Timing;
  /** median of the paired ratios app / bare */
  ratio: number;
  /** median of the paired ratios appLive / bare */
  liveRatio: number;
  cpuSlowdown: number;
}

const PAIRS = 7;
const CPU_SLOWDOWN = 4;

/**
 * When the first chart is on screen, by the page's clock (ms from navigation): an svg.recharts-surface with something
 * drawn in it, visible (the pre-rendered page stays hidden until its head check shows it), at the frame after it is
 * seen. `__firstLiveChartAt`: the same for a chart drawn in the browser, not a still in a pending box.
 */
const FIRST_CHART = `(() => {
  window.__firstChartAt = -1;
  window.__firstLiveChartAt = -1;
  const shown = (svg) => svg.querySelector('path, rect, text') && svg.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  const mark = (name) => {
    window[name] = performance.now();
    requestAnimationFrame(() => (window[name] = performance.now()));
  };
  const check = () => {
    const charts = [...document.querySelectorAll('svg.recharts-surface')].filter(shown);
    if (window.__firstChartAt < 0 && charts.length > 0) mark('__firstChartAt');
    if (window.__firstLiveChartAt < 0 && charts.some((svg) => !svg.closest('[data-still]'))) mark('__firstLiveChartAt');
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-prerender', 'class', 'style'] });
})()`;

/** Builds the bare chart page into `outDir` with a small data file beside it. */
async function buildBarePage(outDir: string): Promise<void> {
  await build({
    root: join(import.meta.dirname, 'bare'),
    base: './',
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  const rows = Array.from({ length: 8 }, (_, i) => ({ label: `Hàng ${i + 1} (tổng hợp)`, value: 100 + ((i * 37) % 90) }));
  writeFileSync(join(outDir, 'rows.json'), JSON.stringify(rows));
}

export async function timeToFirstChart(browser: Browser, url: string): Promise<{ any: number; live: number }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(FIRST_CHART);
    await page.goto(url);
    for (const deadline = Date.now() + 60_000; ;) {
      const live = (await page.evaluate('window.__firstLiveChartAt')) as number;
      // wait for the rAF after the first sighting (the value changes once more)
      if (live >= 0) {
        await page.waitForTimeout(200);
        return (await page.evaluate('({ any: window.__firstChartAt, live: window.__firstLiveChartAt })')) as { any: number; live: number };
      }
      if (Date.now() > deadline) throw new Error(`no chart within 60 s at ${url}`);
      await page.waitForTimeout(50);
    }
  } finally {
    await context.close();
  }
}

/** The dashboard (shipped file, default view) against the bare chart page, in the same browser, run after run. */
export async function measureFirstChart(context: { distDir: string }): Promise<FirstChartResult | Pending> {
  const session = await openBenchSession(context.distDir);
  if ('status' in session) return session;
  try {
    const bareDir = join(session.overlayDir, 'bare');
    mkdirSync(bareDir, { recursive: true });
    const built = join(import.meta.dirname, 'out', 'bare');
    await buildBarePage(built);
    cpSync(built, bareDir, { recursive: true });
    const app: number[] = [];
    const appLive: number[] = [];
    const bare: number[] = [];
    const ratios: number[] = [];
    const liveRatios: number[] = [];
    // one unmeasured pair first (the browser's own caches and processes warm up)
    for (let i = 0; i <= PAIRS; i++) {
      const a = await timeToFirstChart(session.browser, session.server.appUrl);
      const b = await timeToFirstChart(session.browser, `${session.server.appUrl}bare/`);
      if (i === 0) continue;
      app.push(a.any);
      appLive.push(a.live);
      bare.push(b.any);
      ratios.push(a.any / b.any);
      liveRatios.push(a.live / b.any);
    }
    return {
      app: summarise(app),
      appLive: summarise(appLive),
      bare: summarise(bare),
      ratio: median(ratios),
      liveRatio: median(liveRatios),
      cpuSlowdown: CPU_SLOWDOWN,
    };
  } catch (error) {
    return pending(`first chart not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await session.close();
  }
}
