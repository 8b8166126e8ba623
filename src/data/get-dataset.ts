import { queryOptions, useQuery } from '@tanstack/react-query';
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

export function useDataset(url: string) {
  return useQuery(datasetQueryOptions(url));
}
