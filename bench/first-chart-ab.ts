/**
 * Dev aid (not part of `npm run bench`): the default view's time to its first chart in two builds, CPU 4x slower,
 * runs alternating A, B, A, B… so a busy moment of the machine hits both alike. For trying a change to the first
 * chart (issue 14 item 3), whose ratio to the bare page moves by ±0.1 from run to run of the bench:
 *
 *   git stash && npx vite build --outDir /tmp/xdd-a && git stash pop && npx vite build --outDir /tmp/xdd-b
 *   npx tsx bench/first-chart-ab.ts /tmp/xdd-a /tmp/xdd-b [pairs]
 */
import { startStaticServer } from '../scripts/static-server';
import { open } from './browser';
import { timeToFirstChart } from './first-chart';
import { median } from './measure';

const [distA, distB, pairsArg = '8'] = process.argv.slice(2);
if (!distA || !distB) throw new Error('usage: first-chart-ab.ts <distA> <distB> [pairs]');

const session = await open(distA);
if ('status' in session) throw new Error(session.status);
const serverB = await startStaticServer({ distDir: distB });
try {
  const a: { any: number; live: number }[] = [];
  const b: { any: number; live: number }[] = [];
  await timeToFirstChart(session.browser, session.server.appUrl); // warm-up, not counted
  for (let i = 0; i < Number(pairsArg); i++) {
    a.push(await timeToFirstChart(session.browser, session.server.appUrl));
    b.push(await timeToFirstChart(session.browser, serverB.appUrl));
  }
  const line = (name: string, runs: { any: number; live: number }[]) =>
    `${name}: first chart on screen median ${Math.round(median(runs.map((r) => r.any)))} ms, first live chart ` +
    `${Math.round(median(runs.map((r) => r.live)))} ms (${runs.map((r) => Math.round(r.live)).join(', ')})`;
  console.log(`${line('A', a)}\n${line('B', b)}`);
} finally {
  await serverB.close();
  await session.close();
}
