import { checkDatasetBytes, type FileCheck } from './check-file';
import type { CheckReply } from './check-messages';
import type { Dataset } from './schema';

/** How far a check off the main thread has come: the worker is checking, or the checked figures are arriving. */
export type CheckProgress = { stage: 'checking' } | { stage: 'receiving'; fraction: number };

export interface OffThreadOptions {
  /** aborting ends the worker at once; the promise then rejects with an AbortError */
  signal?: AbortSignal;
  onProgress?: (progress: CheckProgress) => void;
}

const abortError = () => new DOMException('The dataset check was cancelled', 'AbortError');

/**
 * `checkDatasetBytes` in a Web Worker, so a 40 MB file never freezes the page: the same code and the same FileCheck.
 * Where there is no Worker (jsdom, the component tests) or the worker cannot start, the check runs here instead.
 */
export function checkDatasetBytesOffThread(bytes: Uint8Array, options: OffThreadOptions = {}): Promise<FileCheck> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  if (typeof Worker === 'undefined') return Promise.resolve(checkDatasetBytes(bytes));
  return new Promise<FileCheck>((resolve, reject) => {
    const worker = new Worker(new URL('./check-file.worker.ts', import.meta.url), { type: 'module' });
    let head: Extract<CheckReply, { type: 'head' }> | null = null;
    const figures: Dataset['indicators'][] = [];
    let received = 0;
    let answered = false;
    const finish = () => {
      answered = true;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<CheckReply>) => {
      const message = event.data;
      switch (message.type) {
        case 'checking':
          onProgress?.({ stage: 'checking' });
          return;
        case 'refused':
          finish();
          resolve(message.check);
          return;
        case 'head':
          head = message;
          return;
        case 'figures':
          figures.push(message.indicators);
          received += message.indicators.length;
          onProgress?.({ stage: 'receiving', fraction: head && head.figures > 0 ? received / head.figures : 1 });
          return;
        case 'done': {
          finish();
          if (!head) return reject(new Error('the dataset check ended without a dataset'));
          const indicators = figures.flat();
          // the keys in the file's order, so the dataset saved again ("Lưu JSON") reads as the file did
          const parts: Record<string, unknown> = { ...head.dataset, indicators };
          resolve({ ok: true, dataset: Object.fromEntries(head.keys.map((key) => [key, parts[key]])) as Dataset });
          return;
        }
      }
    };
    // the worker's code could not load (or it ran out of memory): check here rather than not at all
    worker.onerror = (event) => {
      event.preventDefault();
      if (answered) return;
      finish();
      resolve(checkDatasetBytes(bytes));
    };
    // a copy is handed over (a memory copy, milliseconds for 40 MB): the bytes stay here for that fallback
    const copy = bytes.slice();
    worker.postMessage(copy.buffer, [copy.buffer]);
  });
}
