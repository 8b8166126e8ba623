/// <reference lib="webworker" />
import { checkDatasetText, decodeDatasetBytes } from './check-file';
import { FIGURES_PER_MESSAGE, type CheckReply } from './check-messages';

/**
 * Checks a dataset file's bytes off the page's main thread: the same steps as `checkDatasetBytes` (size, UTF-16
 * named, strict UTF-8, JSON, schema), then sends the dataset back in parts (see check-messages.ts). One file per worker: the page
 * ends the worker when it is done or when a newer file replaces this one.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: CheckReply) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<ArrayBuffer>) => {
  const bytes = new Uint8Array(event.data);
  const decoded = decodeDatasetBytes(bytes);
  if (!('text' in decoded)) return reply({ type: 'refused', check: decoded });
  reply({ type: 'checking' });
  const check = checkDatasetText(decoded.text, bytes.length);
  if (!check.ok) return reply({ type: 'refused', check });
  const { indicators, ...rest } = check.dataset;
  reply({ type: 'head', dataset: rest, keys: Object.keys(check.dataset), figures: indicators.length });
  for (let at = 0; at < indicators.length; at += FIGURES_PER_MESSAGE) {
    reply({ type: 'figures', indicators: indicators.slice(at, at + FIGURES_PER_MESSAGE) });
  }
  reply({ type: 'done' });
};
