/**
 * Timings in headless Chromium on the built app (issue 5): dist/ served under /bao-cao/xdd/ by scripts/static-server.ts,
 * with the SYNTHETIC datasets written into an overlay folder and loaded with `?dataset=`; Debian's Chromium through
 * playwright-core with the shared flags (scripts/chromium.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../scripts/static-server';
import { chromiumPath, launchChromium } from '../scripts/chromium';
import { summarise, type Timing } from './measure';
import { pending, type Pending } from './pending';

export interface BrowserBenchContext {
  /** the built app (dist/) */
  distDir: string;
  /** numbers of observations to measure at (1k, 10k, 100k) */
  sizes: readonly number[];
  /** the SYNTHETIC dataset of that size as JSON text, the same one the Node timings used */
  datasetJson(observations: number): string;
}

/** Per dataset size: a measured timing, or pending. */
export type SizedTiming = { observations: number; timing: Timing | Pending }[];

const RUNS = 7;
const WARMUP = 2;

export interface Session {
  server: StaticServer;
  browser: Browser;
  overlayDir: string;
  close: () => Promise<void>;
}

export async function open(distDir: string): Promise<Session | Pending> {
  const executablePath = chromiumPath();
  if (!executablePath) return pending('needs Chromium: apt-get install -y chromium (or set CHROMIUM_PATH)');
  const overlayDir = mkdtempSync(join(tmpdir(), 'xdd-bench-'));
  const server = await startStaticServer({ distDir, overlayDir });
  const browser = await launchChromium(executablePath);
  return {
    server,
    browser,
    overlayDir,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(overlayDir, { recursive: true, force: true });
    },
  };
}

/** The inspection panel's chart drawn (charts are drawn when scrolled to, so bring it into view first). */
async function inspectionChartDrawn(page: Page) {
  const panel = page.locator('#panel-inspection');
  await panel.waitFor({ timeout: 90_000 });
  // the chart box itself: with many units the panel's text alternative above it is long
  await panel.locator('.panel__chart').first().scrollIntoViewIfNeeded();
  await panel.locator('svg.recharts-surface').first().waitFor({ timeout: 60_000 });
}

/**
 * Clicks a subject radio in the filter bar and returns the time (ms) from the click to the first frame painted after
 * the charts' last DOM change (no change for 300 ms = settled). Throws when the charts did not change at all.
 */
async function timeFilterChange(page: Page, subject: string): Promise<number> {
  // Plain JavaScript text: tsx would wrap a function literal with helpers (__name) that do not exist in the page.
  return page.evaluate(`(${IN_PAGE_FILTER_CHANGE})(${JSON.stringify(subject)})`) as Promise<number>;
}

const IN_PAGE_FILTER_CHANGE = `async (label) => {
  const search = document.querySelector('[role="search"]');
  const radio = [...(search ? search.querySelectorAll('input[type="radio"][name="subject"]') : [])].find(
    (r) => (r.closest('label')?.textContent ?? '').trim() === label,
  );
  if (!radio) throw new Error('no subject radio "' + label + '" in the filter bar');
  const charts = [...document.querySelectorAll('.panel__chart')];
  let lastChange = -1;
  const observer = new MutationObserver(() => (lastChange = performance.now()));
  for (const c of charts) observer.observe(c, { subtree: true, childList: true, attributes: true, characterData: true });
  const frames = [];
  let watching = true;
  const onFrame = () => {
    frames.push(performance.now());
    if (watching) requestAnimationFrame(onFrame);
  };
  const start = performance.now();
  radio.click();
  requestAnimationFrame(onFrame);
  while (lastChange < 0 || performance.now() - lastChange < 300) {
    await new Promise((ok) => setTimeout(ok, 50));
    if (performance.now() - start > 30000) break;
  }
  watching = false;
  observer.disconnect();
  if (lastChange < 0) throw new Error('the charts did not change after the filter change');
  const painted = frames.find((f) => f >= lastChange) ?? lastChange;
  return painted - start;
}`;

/** One page's filter changes: the subject radios, alternately, after warm-up; the median of the measured runs. */
async function timeFilterChanges(session: Session, path: string): Promise<Timing> {
  const page = await session.browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.setDefaultTimeout(90_000);
  try {
    await page.goto(`${session.server.appUrl}${path}`);
    await inspectionChartDrawn(page);
    const runs: number[] = [];
    const subjects = ['Đảng viên', 'Tổ chức đảng'];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const ms = await timeFilterChange(page, subjects[i % 2] as string);
      if (i >= WARMUP) runs.push(ms);
    }
    return summarise(runs);
  } finally {
    await page.close();
  }
}

/** Reported as not measured, with the reason: never a made-up number. */
function notMeasured(what: string, error: unknown): Pending {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(`browser: ${what} NOT measured: ${reason}`);
  return pending(`${what} failed: ${reason}`);
}

/**
 * Time from a filter change (a subject radio in the filter bar) to the charts showing the new numbers, for each
 * synthetic size and for the shipped file. Goals: < 100 ms at 100k, < 50 ms on the shipped file.
 */
export async function measureFilterChange(context: BrowserBenchContext): Promise<{ sizes: SizedTiming; shipped: Timing | Pending }> {
  const session = await open(context.distDir);
  if ('status' in session) return { sizes: context.sizes.map((observations) => ({ observations, timing: session })), shipped: session };
  const sizes: SizedTiming = [];
  let shipped: Timing | Pending;
  try {
    for (const observations of context.sizes) {
      const file = `data/bench-synthetic-${observations}.json`;
      mkdirSync(join(session.overlayDir, 'data'), { recursive: true });
      writeFileSync(join(session.overlayDir, file), context.datasetJson(observations));
      try {
        sizes.push({ observations, timing: await timeFilterChanges(session, `?dataset=${file}`) });
        console.error(`browser: filter change at ${observations} observations measured`);
      } catch (error) {
        sizes.push({ observations, timing: notMeasured(`filter change at ${observations} observations`, error) });
      }
    }
    try {
      shipped = await timeFilterChanges(session, '');
      console.error('browser: filter change on the shipped file measured');
    } catch (error) {
      shipped = notMeasured('filter change on the shipped file', error);
    }
  } finally {
    await session.close();
  }
  return { sizes, shipped };
}

/** Time from pressing a chart's PNG export ("Tải xuống" -> "Ảnh PNG (2x)") to the downloaded file (one chart, shipped dataset). */
export async function measureExportPng(context: BrowserBenchContext): Promise<Timing | Pending> {
  const session = await open(context.distDir);
  if ('status' in session) return session;
  try {
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    await page.goto(session.server.appUrl);
    await inspectionChartDrawn(page);
    const panel = page.locator('#panel-inspection');
    const runs: number[] = [];
    for (let i = 0; i < 1 + RUNS; i++) {
      await panel.getByRole('button', { name: 'Tải xuống' }).click();
      const item = panel.getByRole('menuitem', { name: 'Ảnh PNG (2x)' });
      await item.waitFor();
      const download = page.waitForEvent('download', { timeout: 60_000 });
      const start = performance.now();
      await item.click();
      const file = await download;
      const ms = performance.now() - start;
      if ((await file.failure()) !== null) throw new Error(`PNG export failed: ${await file.failure()}`);
      if (!file.suggestedFilename().endsWith('.png')) throw new Error(`expected a .png, got ${file.suggestedFilename()}`);
      if (i >= 1) runs.push(ms); // the first run also loads the export code: not counted
      await file.delete();
    }
    return summarise(runs);
  } finally {
    await session.close();
  }
}
