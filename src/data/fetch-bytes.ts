import { MAX_DATASET_BYTES } from './check-file';
import { DatasetError } from './dataset-error';

/** How much a download may take: bytes (the file doors' limit) and the longest wait for the next piece of it. */
export interface DownloadLimits {
  maxBytes: number;
  /** no byte for this long (before the headers or between two pieces) ends the download */
  idleTimeoutMs: number;
}

export const DOWNLOAD_LIMITS: DownloadLimits = { maxBytes: MAX_DATASET_BYTES, idleTimeoutMs: 30_000 };

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/**
 * A file's bytes over the network, read as a stream and stopped as soon as it passes `maxBytes` (a 600 MB answer
 * never reaches memory), or when nothing arrives for `idleTimeoutMs` (a slow but moving download goes on).
 * Throws a DatasetError: network, http, timeout, or a too-large file. An abort by `signal` is passed on as is.
 */
export async function fetchBytes(
  url: string,
  signal: AbortSignal | undefined,
  limits: DownloadLimits = DOWNLOAD_LIMITS,
): Promise<Uint8Array> {
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) forwardAbort();
  signal?.addEventListener('abort', forwardAbort, { once: true });
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const rearm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, limits.idleTimeoutMs);
  };
  const failure = (cause: unknown) => {
    if (timedOut) return new DatasetError(url, { kind: 'timeout', seconds: Math.round(limits.idleTimeoutMs / 1000) });
    if (signal?.aborted) return cause;
    return new DatasetError(url, { kind: 'network' });
  };
  const tooLarge = (bytes: number, stopped: boolean) =>
    new DatasetError(url, { kind: 'file', problem: { ok: false, reason: 'too-large', bytes, stopped } });
  try {
    rearm();
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
    } catch (cause) {
      throw failure(cause);
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      throw new DatasetError(url, { kind: 'http', status: response.status });
    }
    // Announced too large: refused before a byte of the body is read (a compressed length only understates the file).
    const announced = Number(response.headers.get('Content-Length'));
    if (announced > limits.maxBytes) {
      void response.body?.cancel().catch(() => {});
      throw tooLarge(announced, false);
    }
    const reader = response.body?.getReader();
    if (!reader) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.length > limits.maxBytes) throw tooLarge(bytes.length, false);
      return bytes;
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      rearm();
      let part: ReadableStreamReadResult<Uint8Array>;
      try {
        part = await reader.read();
      } catch (cause) {
        throw failure(cause);
      }
      if (part.done) break;
      total += part.value.length;
      if (total > limits.maxBytes) {
        void reader.cancel().catch(() => {});
        throw tooLarge(total, true);
      }
      chunks.push(part.value);
    }
    return concat(chunks, total);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}
