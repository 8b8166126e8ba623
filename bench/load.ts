/**
 * Loading a big file (issue 14 item 2, issue 15 item 3), measured in headless Chromium on the built app: the time
 * until its figures are on screen and the longest main-thread task meanwhile (from a CDP trace: its wall time, and
 * its CPU time, which a machine busy with other work inflates less),
 * through `?dataset=` (from navigation) and through the file picker (from the file chosen, preview and "Hiển thị"
 * included). SYNTHETIC datasets only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { open as openBenchSession, type Session as BenchSession } from './browser';
import { summarise, type Timing } from './measure';
import { pending, type Pending } from './pending';
import { SYNTHETIC_MARK } from './synthetic';

export interface LoadContext {
  distDir: string;
  /** the SYNTHETIC dataset of that many observations as JSON text */
  datasetJson(observations: number): string;
}

export interface LoadResult {
  door: 'url' | 'picker';
  observations: number;
  fileBytes: number;
  /** until the figures are on screen: from navigation (url) or from the file chosen (picker) */
  shown: Timing;
  /** the longest main-thread task seen in any run: wall time and the CPU time of the longest by CPU, in ms */
  longestTaskMs: number;
  longestTaskCpuMs: number;
}

const RUNS = 3;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Starts a CDP trace of the page's tasks; the returned function stops it and gives the longest main-thread task. */
async function traceTasks(cdp: CDPSession): Promise<() => Promise<{ wallMs: number; cpuMs: number }>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'] },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.end');
    await complete;
    const main = new Set(events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`));
    return {
      wallMs: Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000)),
      cpuMs: Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000)),
    };
  };
}

/** Records when the SYNTHETIC file's title first shows in the dataset box, and when a file was chosen; runs before the app's code. */
const INIT_SCRIPT = `(() => {
  const w = window;
  w.__benchShownAt = -1;
  w.__benchChangeAt = -1;
  document.addEventListener('change', () => { if (w.__benchChangeAt < 0) w.__benchChangeAt = performance.now(); }, true);
  const check = () => {
    if (w.__benchShownAt >= 0) return;
    const title = document.querySelector('.dataset-picker__active strong');
    if (title && title.textContent.includes(${JSON.stringify(SYNTHETIC_MARK)}) && document.querySelector('#panel-inspection')) {
      w.__benchShownAt = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

interface PageMarks {
  shownAt: number;
  changeAt: number;
}

const marks = (page: Page) => page.evaluate(`({ shownAt: window.__benchShownAt, changeAt: window.__benchChangeAt })`) as Promise<PageMarks>;

async function waitShown(page: Page): Promise<PageMarks> {
  // polled with plain evaluations: waitForFunction compiles its text with eval, which the app's CSP refuses
  for (const deadline = Date.now() + 120_000; (await marks(page)).shownAt < 0;) {
    if (Date.now() > deadline) throw new Error('the figures did not show within 120 s');
    await page.waitForTimeout(100);
  }
  // let the tasks right after the first commit (effects, the first charts) be observed too
  await page.waitForTimeout(1500);
  return marks(page);
}

async function measureDoor(session: BenchSession, door: 'url' | 'picker', observations: number, json: string): Promise<LoadResult> {
  const file = `data/bench-load-${observations}.json`;
  const path = join(session.overlayDir, file);
  mkdirSync(join(session.overlayDir, 'data'), { recursive: true });
  writeFileSync(path, json);
  const runs: number[] = [];
  let longest = 0;
  let longestCpu = 0;
  for (let i = 0; i < RUNS; i++) {
    const context = await session.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    try {
      await page.addInitScript(INIT_SCRIPT);
      const cdp = await context.newCDPSession(page);
      let stop: Awaited<ReturnType<typeof traceTasks>>;
      if (door === 'url') {
        stop = await traceTasks(cdp);
        await page.goto(`${session.server.appUrl}?dataset=${file}`);
        const m = await waitShown(page);
        runs.push(m.shownAt);
      } else {
        await page.goto(session.server.appUrl);
        await page.locator('#panel-inspection').waitFor();
        await page.waitForTimeout(1000);
        stop = await traceTasks(cdp);
        await page.locator('[data-testid="dataset-picker"] input[type="file"]').setInputFiles(path);
        await page.getByRole('button', { name: 'Hiển thị' }).click();
        const m = await waitShown(page);
        runs.push(m.shownAt - m.changeAt);
      }
      const task = await stop();
      longest = Math.max(longest, task.wallMs);
      longestCpu = Math.max(longestCpu, task.cpuMs);
    } finally {
      await context.close();
    }
  }
  return {
    door,
    observations,
    fileBytes: Buffer.byteLength(json),
    shown: summarise(runs),
    longestTaskMs: Math.round(longest),
    longestTaskCpuMs: Math.round(longestCpu),
  };
}

/** The 100k file by `?dataset=` and the ~39 MiB file by the picker. */
export async function measureLoad(
  context: LoadContext,
  plan: { door: 'url' | 'picker'; observations: number }[],
): Promise<(LoadResult | Pending)[]> {
  const session = await openBenchSession(context.distDir);
  if ('status' in session) return plan.map(() => session);
  const results: (LoadResult | Pending)[] = [];
  try {
    for (const { door, observations } of plan) {
      try {
        results.push(await measureDoor(session, door, observations, context.datasetJson(observations)));
        console.error(`browser: load of ${observations} observations by ${door} measured`);
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        results.push(pending(`load of ${observations} observations by ${door} failed: ${reason}`));
        console.error(`browser: load of ${observations} observations by ${door} NOT measured: ${reason}`);
      }
    }
  } finally {
    await session.close();
  }
  return results;
}
