/**
 * Dev aid (not part of `npm run bench`): the default view's time to its first chart in two builds, CPU 4x slower,
 * runs alternating A, B, A, B… so a busy moment of the machine hits both alike. For trying a change to the first
 * chart (issue 14 item 3), whose ratio to the bare page moves by ±0.1 from run to run of the bench:
 *
 *   git stash && npx vite build --outDir /tmp/xdd-a && git stash pop && npx vite build --outDir /tmp/xdd-b
 *   npx tsx bench/first-chart-ab.ts /tmp/xdd-a /tmp/xdd-b [pairs]
 */
import type { Browser } from 'playwright-core';
import { startStaticServer } from '../scripts/static-server';
import { open } from './browser';
import { median } from './measure';

const [distA, distB, pairsArg = '8'] = process.argv.slice(2);
if (!distA || !distB) throw new Error('usage: first-chart-ab.ts <distA> <distB> [pairs]');

/** When the first recharts surface with something drawn in it appears (ms from navigation). */
const FIRST_CHART = `(() => {
  window.__firstChartAt = -1;
  new MutationObserver(() => {
    if (window.__firstChartAt >= 0) return;
    const svg = document.querySelector('svg.recharts-surface');
    if (svg && svg.querySelector('path, rect, text')) window.__firstChartAt = performance.now();
  }).observe(document, { subtree: true, childList: true });
})()`;

async function firstChart(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(FIRST_CHART);
    await page.goto(url);
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await page.waitForTimeout(50)) {
      const at = (await page.evaluate('window.__firstChartAt')) as number;
      if (at >= 0) return at;
    }
    throw new Error(`no chart within 60 s at ${url}`);
  } finally {
    await context.close();
  }
}

const session = await open(distA);
if ('status' in session) throw new Error(session.status);
const serverB = await startStaticServer({ distDir: distB });
try {
  const a: number[] = [];
  const b: number[] = [];
  await firstChart(session.browser, session.server.appUrl); // warm-up, not counted
  for (let i = 0; i < Number(pairsArg); i++) {
    a.push(await firstChart(session.browser, session.server.appUrl));
    b.push(await firstChart(session.browser, serverB.appUrl));
  }
  const line = (name: string, runs: number[]) => `${name}: median ${Math.round(median(runs))} ms (${runs.map(Math.round).join(', ')})`;
  console.log(`${line('A', a)}\n${line('B', b)}`);
} finally {
  await serverB.close();
  await session.close();
}
