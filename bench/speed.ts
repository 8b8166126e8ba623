/**
 * The load, first-chart and memory part of `npm run bench` (issue 14 items 2-4, issue 15 item 3): each figure with its
 * goal beside it. `tsx bench/speed.ts [distDir]` runs only this part.
 */
import { join } from 'node:path';
import { measureFirstChart, type FirstChartResult } from './first-chart';
import { measureHeap, type HeapResult } from './heap';
import { measureLoad, type LoadResult } from './load';
import { formatMs } from './measure';
import type { LighthouseRun } from './lighthouse';
import { isPending, type Pending } from './pending';
import { syntheticDataset } from './synthetic';

export interface SpeedGoal {
  goal: string;
  measured: string | null;
  met: boolean | null;
  note?: string;
}

export interface SpeedResults {
  load: (LoadResult | Pending)[];
  firstChart: FirstChartResult | Pending;
  heap: HeapResult | Pending;
}

const GOAL_SHOWN_MS = 2000;
const GOAL_LONGEST_TASK_MS = 200;
const GOAL_FIRST_CHART_RATIO = 1.25;
/** "does not grow with the number of changes": 40 more changes may add at most this share */
const GOAL_HEAP_GROWTH = 0.05;
/** about 39 MiB of JSON: the biggest file under the 40 MiB limit the picker takes (issue 15's "39 MB file") */
export const PICKER_OBSERVATIONS = 128_000;

const MiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const notMeasured = (goal: string, p: Pending): SpeedGoal => ({ goal, measured: null, met: null, note: p.note });

export async function measureSpeed(context: { distDir: string; datasetJson(observations: number): string }): Promise<{
  results: SpeedResults;
  goals: SpeedGoal[];
}> {
  const load = await measureLoad(context, [
    { door: 'url', observations: 100_000 },
    { door: 'picker', observations: PICKER_OBSERVATIONS },
  ]);
  const firstChart = await measureFirstChart(context);
  const heap = await measureHeap(context);

  const goals: SpeedGoal[] = [];
  const [byUrl, byPicker] = load;
  const shownGoal = `100k file by ?dataset=: figures on screen < ${GOAL_SHOWN_MS} ms from navigation`;
  if (byUrl && !isPending(byUrl))
    goals.push({ goal: shownGoal, measured: `${formatMs(byUrl.shown.medianMs)} ms`, met: byUrl.shown.medianMs < GOAL_SHOWN_MS });
  else if (byUrl) goals.push(notMeasured(shownGoal, byUrl));
  for (const result of [byUrl, byPicker]) {
    if (!result) continue;
    if (isPending(result)) {
      goals.push(notMeasured(`longest main-thread task while a big file loads < ${GOAL_LONGEST_TASK_MS} ms`, result));
      continue;
    }
    const what = `${result.door === 'url' ? '100k file by ?dataset=' : `${MiB(result.fileBytes)} file by the picker`}`;
    goals.push({
      goal: `${what}: longest main-thread task < ${GOAL_LONGEST_TASK_MS} ms`,
      measured: `${result.longestTaskMs} ms (its CPU time: ${result.longestTaskCpuMs} ms; shown after ${formatMs(result.shown.medianMs)} ms)`,
      met: result.longestTaskMs < GOAL_LONGEST_TASK_MS,
    });
  }
  const ratioGoal = `first chart <= ${GOAL_FIRST_CHART_RATIO}x the bare chart page's (CPU 4x slower, paired runs)`;
  if (isPending(firstChart)) goals.push(notMeasured(ratioGoal, firstChart));
  else
    goals.push({
      goal: ratioGoal,
      measured:
        `${firstChart.ratio.toFixed(2)}x (dashboard ${formatMs(firstChart.app.medianMs)} ms, bare ${formatMs(firstChart.bare.medianMs)} ms; ` +
        `the pre-rendered still shows first, the first live chart at ${firstChart.liveRatio.toFixed(2)}x, ${formatMs(firstChart.appLive.medianMs)} ms)`,
      met: firstChart.ratio <= GOAL_FIRST_CHART_RATIO,
    });
  const heapGoal = `heap after 50 filter changes <= ${(1 + GOAL_HEAP_GROWTH).toFixed(2)}x the heap after 10 (100k file, forced GC)`;
  if (isPending(heap)) goals.push(notMeasured(heapGoal, heap));
  else
    goals.push({
      goal: heapGoal,
      measured: `${MiB(heap.after50Bytes)} after 50, ${MiB(heap.after10Bytes)} after 10 (${MiB(heap.loadedBytes)} once loaded)`,
      met: heap.after50Bytes <= heap.after10Bytes * (1 + GOAL_HEAP_GROWTH),
    });
  return { results: { load, firstChart, heap }, goals };
}

/** What the first chart must not cost: Lighthouse mobile performance >= 95 and no layout shift (bench/lighthouse.ts). */
export function lighthouseGoals(lighthouse: LighthouseRun[] | Pending): SpeedGoal[] {
  const goal = 'Lighthouse mobile performance >= 95 and CLS 0';
  if (isPending(lighthouse)) return [notMeasured(goal, lighthouse)];
  const mobile = lighthouse.find((l) => l.preset === 'mobile');
  if (!mobile) return [{ goal, measured: null, met: null, note: 'no mobile run' }];
  return [{ goal, measured: `${mobile.scores.performance}, CLS ${mobile.cls}`, met: mobile.scores.performance >= 95 && mobile.cls === 0 }];
}

if (process.argv[1]?.endsWith('speed.ts')) {
  const distDir = process.argv[2] ?? join(import.meta.dirname, '..', 'dist');
  const json = (n: number) => JSON.stringify(syntheticDataset({ observations: n, seed: 20201128, units: 12, periods: 4 }));
  const { goals } = await measureSpeed({ distDir, datasetJson: json });
  for (const g of goals)
    console.log(
      `[${g.met === null ? 'UNKNOWN' : g.met ? 'MET' : 'NOT MET'}] ${g.goal}: ${g.measured ?? ''}${g.note ? ` (${g.note})` : ''}`,
    );
}
