/**
 * `npm run bench`: a benchmark, not a test. Measures on this machine, prints a table and writes bench/results.json.
 * Every number is a real measurement; what is not measured yet is reported as such (see browser.ts, lighthouse.ts).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { MAX_DATASET_BYTES } from '../src/data/check-file';
import type { Dataset } from '../src/data/schema';
import { validateDataset } from '../src/data/validate';
import { applyFilters, defaultFilters } from '../src/model/filters';
import { PANEL_IDS, PANELS } from '../src/panels/registry';
import { measureExportPng, measureFilterChange } from './browser';
import { benchDocx } from './office-exports-docx';
import { buildInto, ensureBuilt, measureBundle, type AssetSize } from './bundle-size';
import { runLighthouse } from './lighthouse';
import { measureOfficeExports } from './office-exports';
import { formatMs, timeSteps, timeSync, type Timing } from './measure';
import { isPending } from './pending';
import { lighthouseGoals, measureSpeed } from './speed';
import { SYNTHETIC_MARK, syntheticDataset } from './synthetic';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = [1_000, 10_000, 100_000] as const;
const SEED = 20201128;
const UNITS = 12;
const PERIODS = 4;
/** measured runs (after warm-up) per size: fewer for the big one, which takes seconds a run */
const RUNS: Record<number, { runs: number; warmup: number }> = {
  1_000: { runs: 9, warmup: 2 },
  10_000: { runs: 7, warmup: 1 },
  100_000: { runs: 5, warmup: 1 },
};

/** what the derive times measure: the app's own derive step */
const DERIVE_CALL = 'applyFilters + every panel.compute(dataset, defaults) of src/panels/registry.ts (series and views, no memo)';
const DEFAULTS = defaultFilters(PANEL_IDS);
/** Every figure the default filters leave, and every panel's series and view, computed afresh. */
const deriveEverything = (dataset: Dataset) => [
  applyFilters(dataset.indicators, DEFAULTS),
  ...PANELS.map((p) => p.compute(dataset, DEFAULTS, 'vi')),
];

const GOAL_VALIDATE_DERIVE_MS = 500;
const GOAL_FILTER_CHANGE_MS = 100;
const GOAL_FILTER_CHANGE_SHIPPED_MS = 50;
const FLOOR_INITIAL_JS_GZIP = 191_000; // React + react-query + one recharts bar chart, gzip (issue 5)
const GOAL_INITIAL_JS_GZIP = FLOOR_INITIAL_JS_GZIP * 1.15;

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const MiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function git(...args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

interface SizeResult {
  observations: number;
  fileBytes: number;
  withinSizeLimit: boolean;
  parse: Timing;
  validate: Timing;
  parseValidate: Timing;
  derive: Timing;
}

interface Goal {
  goal: string;
  /** the measured value as printed, or null when not measured */
  measured: string | null;
  /** null: cannot tell yet */
  met: boolean | null;
  note?: string;
}

const msGoal = (ms: number, limit: number) => ({ measured: `${formatMs(ms)} ms`, met: ms < limit });

async function main() {
  const startedAt = new Date().toISOString();
  const loadAtStart = loadavg();
  const datasetJson = new Map<number, string>();
  const jsonOf = (n: number) => {
    let text = datasetJson.get(n);
    if (text === undefined) {
      text = JSON.stringify(syntheticDataset({ observations: n, seed: SEED, units: UNITS, periods: PERIODS }));
      datasetJson.set(n, text);
    }
    return text;
  };

  // 1. parse + validate (+ derive) in Node, per size
  const sizes: SizeResult[] = [];
  for (const observations of SIZES) {
    const text = jsonOf(observations);
    const options = RUNS[observations] ?? { runs: 5, warmup: 1 };
    let dataset: Dataset | undefined;
    const steps = timeSteps(
      ['parse', 'validate'],
      (step) => {
        const json: unknown = step('parse', () => JSON.parse(text));
        const result = step('validate', () => validateDataset(json));
        if (!result.ok) throw new Error(`synthetic dataset invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
        dataset = result.dataset;
      },
      options,
    );
    const valid = dataset as Dataset;
    sizes.push({
      observations,
      fileBytes: Buffer.byteLength(text),
      withinSizeLimit: Buffer.byteLength(text) <= MAX_DATASET_BYTES,
      parse: steps.parse,
      validate: steps.validate,
      parseValidate: steps.total,
      // the default filters (every period, unit, subject…): the most work a filter setting can ask for
      derive: timeSync(() => deriveEverything(valid), options),
    });
    console.error(`measured ${observations} observations`);
  }

  // 2. the built app
  // `npm run bench -- --build`: measure a fresh build of the working tree in bench/out/dist (dist/ is shared).
  const fresh = process.argv.includes('--build');
  const distDir = fresh ? join(ROOT, 'bench', 'out', 'dist') : join(ROOT, 'dist');
  const builtNow = fresh ? (buildInto(ROOT, distDir), true) : ensureBuilt(ROOT);
  const bundle = measureBundle(distDir, builtNow);

  // 3. extension points (browser timings, Lighthouse): pending until written
  const browserContext = { distDir: bundle.distDir, sizes: SIZES, datasetJson: jsonOf };
  const { sizes: filterChange, shipped: filterChangeShipped } = await measureFilterChange(browserContext);
  const exportPng = await measureExportPng(browserContext);
  const lighthouse = await runLighthouse({ distDir: bundle.distDir });
  const docx = await benchDocx(bundle.distDir, bundle.lazyJs);
  // loading big files, first chart against a bare chart page, memory (bench/speed.ts)
  const speed = await measureSpeed(browserContext);

  // 4. goals
  const big = sizes.find((s) => s.observations === 100_000) as SizeResult;
  const filterChange100k = filterChange.find((f) => f.observations === 100_000)?.timing;
  const goals: Goal[] = [
    {
      goal: `validate + derive < ${GOAL_VALIDATE_DERIVE_MS} ms at 100k observations`,
      ...msGoal(big.validate.medianMs + big.derive.medianMs, GOAL_VALIDATE_DERIVE_MS),
    },
    {
      goal: `initial JS gzip within 15% of the ${kB(FLOOR_INITIAL_JS_GZIP)} floor (<= ${kB(GOAL_INITIAL_JS_GZIP)})`,
      measured: kB(bundle.totals.initialJsGzip),
      met: bundle.totals.initialJsGzip <= GOAL_INITIAL_JS_GZIP,
    },
    {
      goal: `filter change -> charts updated < ${GOAL_FILTER_CHANGE_MS} ms at 100k observations`,
      ...(filterChange100k && !isPending(filterChange100k)
        ? msGoal(filterChange100k.medianMs, GOAL_FILTER_CHANGE_MS)
        : { measured: null, met: null, note: 'not measured yet: bench/browser.ts' }),
    },
    {
      goal: `filter change -> charts updated < ${GOAL_FILTER_CHANGE_SHIPPED_MS} ms on the shipped file`,
      ...(isPending(filterChangeShipped)
        ? { measured: null, met: null, note: 'not measured: bench/browser.ts' }
        : msGoal(filterChangeShipped.medianMs, GOAL_FILTER_CHANGE_SHIPPED_MS)),
    },
    ...speed.goals,
    ...lighthouseGoals(lighthouse),
  ];

  // 5. print
  const out: string[] = [];
  const cpu = cpus();
  out.push(
    `npm run bench — ${startedAt} — node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? '?'}, load ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}`,
  );
  out.push(`datasets: ${SYNTHETIC_MARK} (bench/synthetic.ts, seed ${SEED}, ${UNITS} units, ${PERIODS} periods); times are medians in ms`);
  out.push('');
  out.push(
    table(
      ['observations', 'file', `<= ${MiB(MAX_DATASET_BYTES)}`, 'parse', 'validate', 'parse+validate', 'derive', 'validate+derive', 'runs'],
      sizes.map((s) => [
        s.observations.toLocaleString('en'),
        MiB(s.fileBytes),
        s.withinSizeLimit ? 'yes' : 'NO',
        formatMs(s.parse.medianMs),
        formatMs(s.validate.medianMs),
        formatMs(s.parseValidate.medianMs),
        formatMs(s.derive.medianMs),
        formatMs(s.validate.medianMs + s.derive.medianMs),
        String(s.parse.runsMs.length),
      ]),
    ),
  );
  out.push(`derive: ${DERIVE_CALL}`);
  out.push('');
  out.push(`built app: ${bundle.distDir} (index.html built ${bundle.builtAt}${bundle.builtNow ? ', built by this run' : ''})`);
  const assetRows = (kind: string, assets: AssetSize[]) => assets.map((a) => [kind, a.file, kB(a.bytes), kB(a.gzipBytes)]);
  out.push(
    table(
      ['loaded', 'file', 'raw', 'gzip'],
      [
        ...assetRows('initial JS', bundle.initialJs),
        ['initial JS', 'total', '', kB(bundle.totals.initialJsGzip)],
        ...assetRows('initial CSS', bundle.initialCss),
        ...assetRows('lazy JS', bundle.lazyJs),
        ['lazy JS', bundle.lazyJs.length === 0 ? 'none' : 'total', '', kB(bundle.totals.lazyJsGzip)],
      ],
    ),
  );
  if (bundle.external.length > 0) out.push(`external URLs in index.html: ${bundle.external.join(', ')}`);
  out.push('');
  const pendingText = (v: unknown) => (isPending(v) ? 'not measured yet' : '');
  out.push(
    `filter change -> charts updated: ${filterChange.map((f) => (isPending(f.timing) ? `${f.observations}: not measured yet` : `${f.observations}: ${formatMs(f.timing.medianMs)} ms`)).join(', ')}`,
  );
  out.push(
    `filter change -> charts updated, shipped file: ${isPending(filterChangeShipped) ? 'not measured yet' : `${formatMs(filterChangeShipped.medianMs)} ms`}`,
  );
  out.push(`export one chart as PNG: ${isPending(exportPng) ? pendingText(exportPng) : `${formatMs(exportPng.medianMs)} ms`}`);
  if (isPending(lighthouse)) out.push(`Lighthouse: ${pendingText(lighthouse)}`);
  else {
    out.push(
      `Lighthouse 12.2.3 (Debian Chromium, simulated throttling; load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}), initial JS ${kB(bundle.totals.initialJsGzip)} gzip:`,
    );
    out.push(
      table(
        ['preset', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
        lighthouse.map((l) => [
          l.preset,
          String(l.scores.performance),
          String(l.scores.accessibility),
          String(l.scores.bestPractices),
          String(l.scores.seo),
          `${l.fcpMs ?? '?'} ms`,
          `${l.lcpMs} ms`,
          `${l.tbtMs} ms`,
          String(l.cls),
        ]),
      ),
    );
  }
  out.push('');
  out.push('goals:');
  for (const g of goals) {
    const verdict = g.met === null ? 'UNKNOWN' : g.met ? 'MET' : 'NOT MET';
    out.push(`  [${verdict}] ${g.goal}${g.measured ? `: ${g.measured}` : ''}${g.note ? ` (${g.note})` : ''}`);
  }
  console.log(out.join('\n'));

  // 6. record
  const results = {
    generatedAt: startedAt,
    note: 'Measured by `npm run bench` on the machine below. Datasets are SYNTHETIC (bench/synthetic.ts).',
    machine: {
      node: process.version,
      platform: platform(),
      arch: arch(),
      cpus: cpu.length,
      cpuModel: cpu[0]?.model ?? null,
      totalMemBytes: totalmem(),
      loadAverageAtStart: loadAtStart,
    },
    commit: git('rev-parse', 'HEAD'),
    uncommittedChanges: (git('status', '--porcelain')?.length ?? 0) > 0,
    dataset: {
      generator: 'bench/synthetic.ts',
      mark: SYNTHETIC_MARK,
      seed: SEED,
      units: UNITS,
      periods: PERIODS,
      maxDatasetBytes: MAX_DATASET_BYTES,
    },
    derive: { call: DERIVE_CALL },
    sizes,
    bundle,
    browser: { filterChange, filterChangeShipped, exportPng, docx },
    speed: speed.results,
    lighthouse,
    goals,
  };
  Object.assign(results, { officeExports: await measureOfficeExports(bundle) });
  const target = join(ROOT, 'bench', 'results.json');
  writeFileSync(target, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${target}`);
}

await main();
