/**
 * Finds the dashboard's derive step (src/model/derive.ts, `deriveAll(dataset, filters)`), which is written in
 * parallel with this benchmark. Loaded at run time, so the benchmark compiles and runs with or without it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Dataset } from '../src/data/schema';

export type DeriveLoad =
  | { available: true; deriveAll: (dataset: Dataset) => unknown; filters: string; sourceSha256: string }
  | { available: false; reason: string };

type DeriveModule = { deriveAll?: unknown; DEFAULT_FILTERS?: unknown };
type FiltersModule = { DEFAULT_FILTERS?: unknown };

export async function loadDerive(root: string): Promise<DeriveLoad> {
  const derivePath = join(root, 'src', 'model', 'derive.ts');
  if (!existsSync(derivePath)) return { available: false, reason: 'src/model/derive.ts not present yet' };
  const mod = (await import(pathToFileURL(derivePath).href)) as DeriveModule;
  if (typeof mod.deriveAll !== 'function') return { available: false, reason: 'src/model/derive.ts does not export deriveAll' };
  const derive = mod.deriveAll as (dataset: Dataset, filters: unknown) => unknown;

  // The default filters (every period, unit, subject...): the most work a filter setting can ask for.
  let filters = mod.DEFAULT_FILTERS;
  let filtersFrom = 'DEFAULT_FILTERS from src/model/derive.ts';
  const filtersPath = join(root, 'src', 'model', 'filters.ts');
  if (filters === undefined && existsSync(filtersPath)) {
    filters = ((await import(pathToFileURL(filtersPath).href)) as FiltersModule).DEFAULT_FILTERS;
    filtersFrom = 'DEFAULT_FILTERS from src/model/filters.ts';
  }
  if (filters === undefined) return { available: false, reason: 'no DEFAULT_FILTERS found to call deriveAll with' };
  // derive.ts may be uncommitted work in progress: its hash says which version was measured.
  const sourceSha256 = createHash('sha256').update(readFileSync(derivePath)).digest('hex');
  return { available: true, deriveAll: (dataset) => derive(dataset, filters), filters: filtersFrom, sourceSha256 };
}

/**
 * Stand-in used only while src/model/derive.ts is missing: one pass that sums values by category, measure,
 * subject, level, unit and period. Reported separately as a placeholder, never as the app's derive time.
 */
export function placeholderDerive(dataset: Dataset): Map<string, number> {
  const sums = new Map<string, number>();
  for (const ind of dataset.indicators) {
    const key = `${ind.category}|${ind.measure}|${ind.subject ?? ''}|${ind.level ?? ''}|${ind.orgUnit}|${ind.period}`;
    sums.set(key, (sums.get(key) ?? 0) + ind.value);
  }
  return sums;
}
