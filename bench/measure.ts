/** Timing helpers for the benchmark: wall-clock runs on this machine, summarised by their median. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Timing {
  /** median of the measured runs, in milliseconds */
  medianMs: number;
  /** every measured run, in order (warm-up runs excluded) */
  runsMs: number[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export const summarise = (runsMs: number[]): Timing => ({ medianMs: median(runsMs), runsMs });

// A full GC between runs, so one run's garbage is not billed to the next. `npm run bench` cannot pass --expose-gc
// to node, so the flag is set at run time and `gc` fetched from a fresh context (a documented V8 idiom).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (() => void) | undefined;

function collectGarbage() {
  gc?.();
}

export interface RunOptions {
  runs: number;
  /** runs before the measured ones, to let the JIT settle (not reported) */
  warmup?: number;
}

/** Times `fn` `runs` times after `warmup` unmeasured runs. */
export function timeSync(fn: () => unknown, { runs, warmup = 1 }: RunOptions): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = performance.now();
    fn();
    runsMs.push(performance.now() - start);
  }
  return summarise(runsMs);
}

/**
 * Times the steps of one pipeline together, run after run, so each step sees the previous step's real output
 * (e.g. parse -> validate). Returns a timing per step and for the whole.
 */
export function timeSteps<const Names extends readonly string[]>(
  names: Names,
  once: (step: <T>(name: Names[number], fn: () => T) => T) => void,
  { runs, warmup = 1 }: RunOptions,
): Record<Names[number] | 'total', Timing> {
  const samples = new Map<string, number[]>([...names, 'total'].map((n) => [n, []]));
  for (let i = 0; i < warmup + runs; i++) {
    collectGarbage();
    const measured = i >= warmup;
    let total = 0;
    once((name, fn) => {
      const start = performance.now();
      const out = fn();
      const ms = performance.now() - start;
      total += ms;
      if (measured) samples.get(name)?.push(ms);
      return out;
    });
    if (measured) samples.get('total')?.push(total);
  }
  return Object.fromEntries([...samples].map(([name, runsMs]) => [name, summarise(runsMs)])) as Record<Names[number] | 'total', Timing>;
}

/** `1234.567` -> `1235`, `12.345` -> `12.3`: enough digits to read, not more than the noise allows. */
export function formatMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}
