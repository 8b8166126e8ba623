import type { QueryClient } from '@tanstack/react-query';
import type { Dataset } from './schema';

/** The most recently loaded dataset other than `exceptKey`, to keep on screen when a new one fails. */
export function lastLoadedDataset(client: QueryClient, exceptKey: string): { key: string; dataset: Dataset } | null {
  const loaded = client
    .getQueryCache()
    .findAll({ queryKey: ['dataset'] })
    .filter((q) => q.state.status === 'success' && q.queryKey[1] !== exceptKey && q.state.data !== undefined)
    .sort((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt);
  const first = loaded[0];
  return first ? { key: String(first.queryKey[1]), dataset: first.state.data as Dataset } : null;
}
