/**
 * The Word report (issue 13, item 7): what its code costs (the docx chunk, and every chunk the first report loads, gzip)
 * and how long the whole view takes from the button to the downloaded .docx, on the SHIPPED dataset in headless Chromium.
 */
import type { AssetSize } from './bundle-size';
import { open } from './browser';
import { formatMs, summarise, type Timing } from './measure';
import { isPending, pending, type Pending } from './pending';

const BUTTON = 'Tải báo cáo Word (.docx)';
const RUNS = 5;

export interface DocxBench {
  /** the chunk holding the docx library and the report producer */
  chunk: AssetSize | null;
  /** every JS chunk the first report fetched (gzip as built), the docx chunk among them */
  loadedOnFirstUse: { files: string[]; gzipBytes: number } | Pending;
  /** the first report: its code loads too */
  firstMs: number | Pending;
  /** button -> downloaded file, code already loaded, default view of the shipped file */
  timing: Timing | Pending;
}

async function timeReports(distDir: string, lazyJs: readonly AssetSize[]): Promise<Omit<DocxBench, 'chunk'>> {
  const session = await open(distDir);
  if ('status' in session) return { loadedOnFirstUse: session, firstMs: session, timing: session };
  try {
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    page.setDefaultTimeout(90_000);
    await page.goto(session.server.appUrl);
    const button = page.getByRole('button', { name: BUTTON });
    await button.waitFor();
    const fetched: string[] = [];
    page.on('request', (req) => {
      const path = new URL(req.url()).pathname;
      if (path.endsWith('.js')) fetched.push(path.slice(path.indexOf('assets/')));
    });
    const runs: number[] = [];
    let firstMs = 0;
    for (let i = 0; i < 1 + RUNS; i++) {
      const download = page.waitForEvent('download', { timeout: 90_000 });
      const start = performance.now();
      await button.click();
      const file = await download;
      const ms = performance.now() - start;
      if ((await file.failure()) !== null) throw new Error(`Word export failed: ${await file.failure()}`);
      if (!file.suggestedFilename().endsWith('.docx')) throw new Error(`expected a .docx, got ${file.suggestedFilename()}`);
      if (i === 0) firstMs = ms;
      else runs.push(ms);
      await file.delete();
      await page.getByRole('status').filter({ hasText: '.docx' }).first().waitFor();
    }
    const loaded = lazyJs.filter((a) => fetched.includes(a.file));
    return {
      loadedOnFirstUse: { files: loaded.map((a) => a.file), gzipBytes: loaded.reduce((n, a) => n + a.gzipBytes, 0) },
      firstMs,
      timing: summarise(runs),
    };
  } catch (error) {
    const reason = pending(`Word export not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return { loadedOnFirstUse: reason, firstMs: reason, timing: reason };
  } finally {
    await session.close();
  }
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Measures the Word report and prints its lines; `lazyJs` is the bundle's lazy chunks (bench/bundle-size.ts). */
export async function benchDocx(distDir: string, lazyJs: readonly AssetSize[]): Promise<DocxBench> {
  const chunk = lazyJs.find((a) => /(^|\/)docx-report-[^/]*\.js$/.test(a.file)) ?? null;
  const result = { chunk, ...(await timeReports(distDir, lazyJs)) };
  const { loadedOnFirstUse: loaded, firstMs, timing } = result;
  console.error(
    [
      `Word report: docx chunk ${chunk ? `${chunk.file} ${kB(chunk.gzipBytes)} gzip` : 'not found'}`,
      isPending(loaded) ? loaded.note : `first report loads ${loaded.files.length} chunks, ${kB(loaded.gzipBytes)} gzip`,
      isPending(firstMs) ? '' : `first report ${formatMs(firstMs)} ms`,
      isPending(timing) ? '' : `then ${formatMs(timing.medianMs)} ms median of ${timing.runsMs.length} (whole default view, shipped file)`,
    ]
      .filter(Boolean)
      .join('; '),
  );
  return result;
}
