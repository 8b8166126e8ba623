/**
 * EXTENSION POINT: timings in headless Chromium on the built app (issue 5). Not written yet; each function returns
 * `pending(...)` and `npm run bench` prints "not measured yet". To fill in: serve `distDir` with
 * scripts/static-server.ts under a sub-path, launch /usr/bin/chromium through playwright-core with CHROMIUM_ARGS
 * from test/browser/harness.ts, load each dataset with `?dataset=` (write `datasetJson(n)` next to the served
 * files), and return `summarise(runsMs)` from ./measure.
 */
import type { Timing } from './measure';
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

/** Time from a filter change (e.g. choosing another period) to every chart showing the new numbers. Goal: < 100 ms at 100k. */
export async function measureFilterChange(context: BrowserBenchContext): Promise<SizedTiming> {
  return context.sizes.map((observations) => ({
    observations,
    timing: pending('filter change -> charts updated, headless Chromium: bench/browser.ts measureFilterChange'),
  }));
}

/** Time from pressing a chart's PNG export to the downloaded file (one chart, shipped dataset). */
export async function measureExportPng(_context: BrowserBenchContext): Promise<Timing | Pending> {
  return pending('export one chart as PNG, headless Chromium: bench/browser.ts measureExportPng');
}
