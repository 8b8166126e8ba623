import { useQuery } from '@tanstack/react-query';
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
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
  /** a file the user opened: it replaces the URL's dataset until the URL's dataset changes (once its view is prepared) */
  openFile: (dataset: Dataset, name: string) => Promise<void>;
  closeFile: () => void;
}

/**
 * Computes a dataset's first view ahead of its render (so no single task grows with the file). Only a head start: when
 * it fails, the render meets the same problem and shows it in its panel; an abort (a newer dataset) is passed on.
 */
export type PrepareView = (dataset: Dataset, origin: DatasetOrigin, signal: AbortSignal) => Promise<unknown>;

async function headStart(prepare: PrepareView | undefined, dataset: Dataset, origin: DatasetOrigin, signal: AbortSignal) {
  try {
    await prepare?.(dataset, origin, signal);
  } catch (error) {
    if (signal.aborted) throw error;
  }
}

/** The one owner of "which dataset is shown": opened file, `?dataset=` or the shipped file, and what stays when a new one fails. */
export function useActiveDataset(url: string, shipped: boolean, prepare?: PrepareView): ActiveDataset {
  const urlOrigin = useMemo<DatasetOrigin>(() => (shipped ? { kind: 'shipped' } : { kind: 'url', url }), [shipped, url]);
  const query = useQuery(datasetQueryOptions(url, (dataset, signal) => headStart(prepare, dataset, urlOrigin, signal)));
  const [file, setFile] = useState<{ forUrl: string; name: string; dataset: Dataset } | null>(null);
  const activeFile = file && file.forUrl === url ? file : null;
  // the same object while the same dataset is shown: the page defers rendering a new one (useDeferredValue)
  const { data } = query;
  const current = useMemo<Shown | null>(
    () =>
      activeFile
        ? { dataset: activeFile.dataset, origin: { kind: 'file', name: activeFile.name } }
        : data
          ? { dataset: data, origin: urlOrigin }
          : null,
    [activeFile, data, urlOrigin],
  );
  // The last dataset shown, remembered while rendering (React's "store information from previous renders").
  const [last, setLast] = useState<Shown | null>(current);
  if (current && (last?.dataset !== current.dataset || last.origin.kind !== current.origin.kind)) setLast(current);
  // Only the last file opened is shown: preparing an earlier one is cancelled.
  const opening = useRef<AbortController | null>(null);
  useEffect(() => () => opening.current?.abort(), []);
  const failed = query.isError && !activeFile;
  const keptPrevious = failed && last !== null;
  return {
    shown: current ?? (failed ? last : null),
    keptPrevious,
    pending: query.isPending && !activeFile,
    error: failed ? query.error : null,
    retry: () => void query.refetch(),
    openFile: async (dataset, name) => {
      opening.current?.abort();
      const cancel = new AbortController();
      opening.current = cancel;
      try {
        await headStart(prepare, dataset, { kind: 'file', name }, cancel.signal);
      } catch {
        return; // a newer file (or leaving the page) cancelled this one
      }
      // rendered in slices (a transition): the page keeps answering while the new view is drawn
      startTransition(() => setFile({ forUrl: url, name, dataset }));
    },
    closeFile: () => {
      opening.current?.abort();
      setFile(null);
    },
  };
}
