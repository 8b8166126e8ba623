import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Dataset } from './schema';
import { checkDatasetBytes } from './check-file';
import { checkDatasetBytesOffThread } from './check-off-thread';
import { DatasetError } from './dataset-error';
import { DOWNLOAD_LIMITS, fetchBytes, type DownloadLimits } from './fetch-bytes';
import { validateDataset } from './validate';

/** From this size on (about 3,000 figures), a downloaded file is checked in a Web Worker: the page keeps answering. */
export const OFF_THREAD_FROM_BYTES = 1024 * 1024;

/**
 * Fetches a dataset file and checks it once, at the boundary: bytes with a size limit and a timeout, then the same
 * check as every other door (`checkDatasetBytes`: size, encoding, JSON with line and column, schema). Throws a
 * DatasetError the UI can explain.
 */
export async function fetchDataset(url: string, signal?: AbortSignal, limits: DownloadLimits = DOWNLOAD_LIMITS): Promise<Dataset> {
  const bytes = await fetchBytes(url, signal, limits);
  // a small file (the shipped one) is checked at once; starting a worker would cost more than it saves
  const check = bytes.length < OFF_THREAD_FROM_BYTES ? checkDatasetBytes(bytes) : await checkDatasetBytesOffThread(bytes, { signal });
  if (!check.ok) throw new DatasetError(url, { kind: 'file', problem: check });
  return check.dataset;
}

export const datasetQueryKey = (url: string) => ['dataset', url] as const;

/** Work done on a fetched dataset before the query hands it over (the page's first view of it, computed in slices). */
export type PrepareDataset = (dataset: Dataset, signal: AbortSignal) => Promise<void>;

export function datasetQueryOptions(url: string, prepare?: PrepareDataset, limits: DownloadLimits = DOWNLOAD_LIMITS) {
  return queryOptions({
    queryKey: datasetQueryKey(url),
    queryFn: async ({ signal }) => {
      const dataset = await fetchDataset(url, signal, limits);
      await prepare?.(dataset, signal);
      return dataset;
    },
    staleTime: Infinity,
    // Only a network failure is worth retrying by itself; a 404 or a bad file will not mend, and a timeout retried
    // by itself would keep the page waiting three times as long ("Thử lại" is there for it).
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
