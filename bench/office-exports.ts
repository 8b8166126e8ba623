/**
 * Office exports (issue 13, item 7): the gzip cost of the PowerPoint code, loaded only when a deck is asked for, and
 * the time to export the whole view of the shipped file as .pptx in headless Chromium (click -> download), the first
 * time (the code loads) and afterwards.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, launchChromium } from '../scripts/chromium';
import { startStaticServer } from '../scripts/static-server';
import type { BundleReport } from './bundle-size';
import { formatMs, summarise, type Timing } from './measure';
import { pending, type Pending } from './pending';

const RUNS = 5;

export interface OfficeExport {
  /** the lazy chunk(s) of the export, by name, with their gzip size */
  chunks: { file: string; gzipBytes: number }[];
  /** whole view of the shipped file, click to download: the first export (code loading) and the following ones */
  firstMs: number | null;
  timing: Timing | Pending;
  fileBytes: number | null;
}

/** The lazy chunks whose file name starts with one of `names` (e.g. "pptx-deck"). */
const chunksOf = (bundle: BundleReport, names: readonly string[]) =>
  bundle.lazyJs
    .filter((a) => names.some((n) => a.file.split('/').pop()!.startsWith(`${n}-`)))
    .map((a) => ({ file: a.file, gzipBytes: a.gzipBytes }));

async function timeWholeViewPptx(distDir: string): Promise<Pick<OfficeExport, 'firstMs' | 'timing' | 'fileBytes'>> {
  const executablePath = chromiumPath();
  if (!executablePath) return { firstMs: null, timing: pending('needs Chromium: apt-get install -y chromium'), fileBytes: null };
  const overlayDir = mkdtempSync(join(tmpdir(), 'xdd-bench-office-'));
  const server = await startStaticServer({ distDir, overlayDir });
  const browser = await launchChromium(executablePath);
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    await page.goto(server.appUrl);
    const button = page.getByRole('button', { name: 'Tải PowerPoint (.pptx)' });
    await button.waitFor({ timeout: 60_000 });
    const runs: number[] = [];
    let firstMs: number | null = null;
    let fileBytes: number | null = null;
    for (let i = 0; i < 1 + RUNS; i++) {
      await page.waitForFunction(() => !document.querySelector('.dashboard-actions button[disabled]'));
      const download = page.waitForEvent('download', { timeout: 120_000 });
      const start = performance.now();
      await button.click();
      const file = await download;
      const ms = performance.now() - start;
      const failure = await file.failure();
      if (failure !== null) throw new Error(`PowerPoint export failed: ${failure}`);
      if (!file.suggestedFilename().endsWith('.pptx')) throw new Error(`expected a .pptx, got ${file.suggestedFilename()}`);
      fileBytes = statSync(await file.path()).size;
      if (i === 0) firstMs = ms;
      else runs.push(ms);
      await file.delete();
    }
    return { firstMs, timing: summarise(runs), fileBytes };
  } finally {
    await browser.close();
    await server.close();
    rmSync(overlayDir, { recursive: true, force: true });
  }
}

/** Measures, prints and returns the office exports' cost (recorded in bench/results.json under `officeExports`). */
export async function measureOfficeExports(bundle: BundleReport): Promise<{ pptx: OfficeExport }> {
  const pptx: OfficeExport = { chunks: chunksOf(bundle, ['pptx-deck', 'export-slides']), ...(await timeWholeViewPptx(bundle.distDir)) };
  const kB = (b: number) => `${(b / 1000).toFixed(1)} kB`;
  console.log('\nOffice exports (lazy: loaded when asked for)');
  for (const c of pptx.chunks) console.log(`  pptx code ${c.file}: ${kB(c.gzipBytes)} gzip`);
  if (pptx.chunks.length === 0) console.log('  pptx chunk: not found among the lazy chunks');
  if ('medianMs' in pptx.timing)
    console.log(
      `  whole view .pptx (shipped file, ${pptx.fileBytes ?? '?'} bytes): first ${formatMs(pptx.firstMs ?? 0)} ms, then median ${formatMs(pptx.timing.medianMs)} ms of ${RUNS}`,
    );
  else console.log(`  whole view .pptx: ${pptx.timing.note}`);
  return { pptx };
}
