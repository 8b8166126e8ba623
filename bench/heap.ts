/**
 * Memory (issue 14 item 4): the page's JavaScript heap after loading the SYNTHETIC 100k-figure file by `?dataset=` and
 * changing the subject filter 10 and then 50 times, each after a full garbage collection (CDP HeapProfiler.collectGarbage).
 * It must not grow with the number of changes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { open as openBenchSession } from './browser';
import { pending, type Pending } from './pending';

export interface HeapResult {
  observations: number;
  /** used JS heap in bytes, after a forced GC: once the file is shown, after 10 and after 50 filter changes */
  loadedBytes: number;
  after10Bytes: number;
  after50Bytes: number;
}

/** Clicks a subject radio and resolves once the page has not changed for 300 ms (plain text: no tsx helpers in the page). */
const CHANGE_SUBJECT = `(async (label) => {
  const radio = [...document.querySelectorAll('[role="search"] input[type="radio"][name="subject"]')].find(
    (r) => (r.closest('label')?.textContent ?? '').trim() === label,
  );
  if (!radio) throw new Error('no subject radio "' + label + '"');
  let last = performance.now();
  const observer = new MutationObserver(() => (last = performance.now()));
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  radio.click();
  while (performance.now() - last < 300) await new Promise((ok) => setTimeout(ok, 50));
  observer.disconnect();
})`;

async function usedHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function changeFilters(page: Page, times: number, done: number) {
  const subjects = ['Đảng viên', 'Tổ chức đảng'];
  for (let i = done; i < done + times; i++) await page.evaluate(`${CHANGE_SUBJECT}(${JSON.stringify(subjects[i % 2])})`);
}

export async function measureHeap(
  context: { distDir: string; datasetJson(observations: number): string },
  observations = 100_000,
): Promise<HeapResult | Pending> {
  const session = await openBenchSession(context.distDir);
  if ('status' in session) return session;
  try {
    const file = `data/bench-heap-${observations}.json`;
    mkdirSync(join(session.overlayDir, 'data'), { recursive: true });
    writeFileSync(join(session.overlayDir, file), context.datasetJson(observations));
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(120_000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await page.goto(`${session.server.appUrl}?dataset=${file}`);
    // charts are drawn when scrolled to: bring the inspection chart into view and wait for it
    await page.locator('#panel-inspection .panel__chart').first().scrollIntoViewIfNeeded();
    await page.locator('#panel-inspection svg.recharts-surface').first().waitFor();
    await page.waitForTimeout(1000);
    const loadedBytes = await usedHeap(cdp);
    await changeFilters(page, 10, 0);
    const after10Bytes = await usedHeap(cdp);
    await changeFilters(page, 40, 10);
    const after50Bytes = await usedHeap(cdp);
    return { observations, loadedBytes, after10Bytes, after50Bytes };
  } catch (error) {
    return pending(`heap not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await session.close();
  }
}
