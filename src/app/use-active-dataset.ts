import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { datasetQueryOptions } from '../data/get-dataset';
import type { DatasetOrigin } from '../data/dataset-source';
import type { Dataset } from '../data/schema';

export type { DatasetOrigin };

interface Shown {
  dataset: Dataset;
  origin: DatasetOrigin;
}

export interface ActiveDataset {
  /** what the page shows: the opened file, else the URL's dataset, else (when that failed) the last one shown */
  shown: Shown | null;
  /** the URL's dataset failed and `shown` is the one shown before it */
  keptPrevious: boolean;
  pending: boolean;
  error: unknown;
  retry: () => void;
  /** a file the user opened: it replaces the URL's dataset until the URL's dataset changes */
  openFile: (dataset: Dataset, name: string) => void;
  closeFile: () => void;
}

/** The one owner of "which dataset is shown": opened file, `?dataset=` or the shipped file, and what stays when a new one fails. */
export function useActiveDataset(url: string, shipped: boolean): ActiveDataset {
  const query = useQuery(datasetQueryOptions(url));
  const [file, setFile] = useState<{ forUrl: string; name: string; dataset: Dataset } | null>(null);
  const activeFile = file && file.forUrl === url ? file : null;
  const current: Shown | null = activeFile
    ? { dataset: activeFile.dataset, origin: { kind: 'file', name: activeFile.name } }
    : query.data
      ? { dataset: query.data, origin: shipped ? { kind: 'shipped' } : { kind: 'url', url } }
      : null;
  // The last dataset shown, remembered while rendering (React's "store information from previous renders").
  const [last, setLast] = useState<Shown | null>(current);
  if (current && (last?.dataset !== current.dataset || last.origin.kind !== current.origin.kind)) setLast(current);
  const failed = query.isError && !activeFile;
  const keptPrevious = failed && last !== null;
  return {
    shown: current ?? (failed ? last : null),
    keptPrevious,
    pending: query.isPending && !activeFile,
    error: failed ? query.error : null,
    retry: () => void query.refetch(),
    openFile: (dataset, name) => setFile({ forUrl: url, name, dataset }),
    closeFile: () => setFile(null),
  };
}
