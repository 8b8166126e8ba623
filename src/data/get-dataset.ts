import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Dataset } from './schema';
import { DatasetError } from './dataset-error';
import { validateDataset } from './validate';

/** Fetches a dataset file and validates it once, at the boundary. Throws a DatasetError the UI can explain. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DatasetError(url, { kind: 'network' });
  }
  if (!response.ok) throw new DatasetError(url, { kind: 'http', status: response.status });
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetError(url, { kind: 'not-json' });
  }
  const result = validateDataset(json);
  if (!result.ok) throw new DatasetError(url, { kind: 'invalid', problems: result.problems });
  return result.dataset;
}

export const datasetQueryKey = (url: string) => ['dataset', url] as const;

export function datasetQueryOptions(url: string) {
  return queryOptions({
    queryKey: datasetQueryKey(url),
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Infinity,
    // Only a network failure is worth retrying by itself; a 404 or a bad file will not mend.
    retry: (count, error) => error instanceof DatasetError && error.reason.kind === 'network' && count < 2,
  });
}

/** id of the `<script type="application/json">` holding the dataset the pre-rendered HTML was rendered from */
export const PRERENDERED_DATASET_ID = 'prerendered-dataset';

/**
 * Puts a dataset into the cache under the app's key (the build-time render, and hydration, need it synchronously),
 * marked stale: the first component that reads it still fetches the served file, so a file replaced on the server
 * after the build wins once it has loaded. The served file stays the one source of truth.
 */
export function seedDataset(client: QueryClient, url: string, dataset: Dataset): void {
  const key = datasetQueryKey(url);
  client.setQueryData(key, dataset, { updatedAt: 0 });
  void client.invalidateQueries({ queryKey: key, exact: true, refetchType: 'none' });
}

/** The dataset embedded by scripts/prerender.ts, validated again (it is data like any other); null when absent or bad. */
export function readPrerenderedDataset(doc: Document): Dataset | null {
  const text = doc.getElementById(PRERENDERED_DATASET_ID)?.textContent;
  if (!text) return null;
  try {
    const result = validateDataset(JSON.parse(text));
    return result.ok ? result.dataset : null;
  } catch {
    return null;
  }
}
