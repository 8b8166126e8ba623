/// <reference lib="webworker" />
import { checkDatasetText, decodeUtf8, isTooLarge } from './check-file';
import { FIGURES_PER_MESSAGE, type CheckReply } from './check-messages';

/**
 * Checks a dataset file's bytes off the page's main thread: the same steps as `checkDatasetBytes` (size, strict
 * UTF-8, JSON, schema), then sends the dataset back in parts (see check-messages.ts). One file per worker: the page
 * ends the worker when it is done or when a newer file replaces this one.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: CheckReply) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<ArrayBuffer>) => {
  const bytes = new Uint8Array(event.data);
  if (isTooLarge(bytes.length)) return reply({ type: 'refused', check: { ok: false, reason: 'too-large', bytes: bytes.length } });
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return reply({ type: 'refused', check: { ok: false, reason: 'not-utf8', offset: decoded.offset } });
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
