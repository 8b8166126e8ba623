/**
 * Dev aid (not part of `npm run bench`): what fills the long main-thread tasks, function by function, in headless
 * Chromium (a CDP trace for the tasks, a CPU profile for the functions). Build without minifying so names read:
 *
 *   npx vite build --minify false --outDir /tmp/xdd-prof
 *   npx tsx bench/profile-tasks.ts /tmp/xdd-prof url [observations units periods]   a SYNTHETIC file by ?dataset=
 *   npx tsx bench/profile-tasks.ts /tmp/xdd-prof picker 128000 12 4                 the same by the file picker
 *   npx tsx bench/profile-tasks.ts /tmp/xdd-prof first                              the default view, CPU 4x slower
 *
 * For each main-thread task over MIN_TASK_MS (env, default 50): the trace events inside it and the functions with the
 * most samples in it, self and inclusive. The profiler's own cost inflates every figure: compare runs, not goals.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { open } from './browser';
import { syntheticDataset } from './synthetic';

type Door = 'url' | 'picker' | 'first';
const [distDir, doorArg = 'url', observations = '100000', units = '100', periods = '100'] = process.argv.slice(2);
const door = doorArg as Door;
if (!distDir || !['url', 'picker', 'first'].includes(door))
  throw new Error('usage: profile-tasks.ts <distDir> url|picker|first [observations units periods]');
const MIN_TASK_MS = Number(process.env.MIN_TASK_MS ?? 50);
const SAMPLE_US = door === 'first' ? 1000 : 200;

/** the parts of a CDP CPU profile read here */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

const session = await open(distDir);
if ('status' in session) throw new Error(session.status);
try {
  const file = join(session.overlayDir, 'data', 'profile.json');
  if (door !== 'first') {
    mkdirSync(join(session.overlayDir, 'data'), { recursive: true });
    const dataset = syntheticDataset({ observations: Number(observations), seed: 42, units: Number(units), periods: Number(periods) });
    writeFileSync(file, JSON.stringify(dataset));
  }
  const context = await session.browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  if (door === 'picker') {
    await page.goto(session.server.appUrl);
    await page.locator('#panel-inspection').waitFor();
    await page.waitForTimeout(1000);
  }
  if (door === 'first') await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'] },
    transferMode: 'ReportEvents',
  });
  await cdp.send('Profiler.start');
  if (door === 'url') await page.goto(`${session.server.appUrl}?dataset=data/profile.json`);
  else if (door === 'first') await page.goto(session.server.appUrl);
  else {
    await page.locator('[data-testid="dataset-picker"] input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: 'Hiển thị' }).click();
  }
  if (door !== 'first') await page.locator('.dataset-picker__active strong', { hasText: 'SYNTHETIC' }).waitFor();
  await page.waitForTimeout(door === 'first' ? 4000 : 2500);
  const { profile } = await cdp.send('Profiler.stop');
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  await complete;
  report(events, profile);
  await context.close();
} finally {
  await session.close();
}

function report(events: TraceEvent[], profile: CpuProfile) {
  const main = new Set(events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`) && (e.dur ?? 0) > MIN_TASK_MS * 1000)
    .sort((a, b) => a.ts - b.ts);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const label = (id: number) => {
    const frame = nodes.get(id)?.callFrame;
    return frame ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}` : '?';
  };
  const times: number[] = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas ?? []) times.push((t += delta));
  // counts -> lines "  123 ms  name", `msEach` ms a count
  const top = (counts: Map<string, number>, k: number, msEach: number) =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, n]) => `${(n * msEach).toFixed(0).padStart(6)} ms  ${name}`)
      .join('\n');
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    console.log(`\n=== task at +${((task.ts - profile.startTime) / 1000).toFixed(0)} ms, ${((task.dur ?? 0) / 1000).toFixed(0)} ms`);
    const inside = new Map<string, number>();
    for (const e of events)
      if (e.ph === 'X' && e.pid === task.pid && e.tid === task.tid && e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end)
        inside.set(e.name, (inside.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    console.log(`-- trace events (nested ones counted in their parents too)\n${top(inside, 12, 1)}`);
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    profile.samples?.forEach((id, i) => {
      const at = times[i] ?? 0;
      if (at < task.ts || at > end) return;
      self.set(label(id), (self.get(label(id)) ?? 0) + 1);
      const seen = new Set<string>();
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
        const name = label(n);
        if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
        seen.add(name);
      }
    });
    console.log(`-- self\n${top(self, 15, SAMPLE_US / 1000)}\n-- inclusive\n${top(inclusive, 30, SAMPLE_US / 1000)}`);
  }
}
