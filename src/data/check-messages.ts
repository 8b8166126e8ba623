import type { FileCheck } from './check-file';
import type { Dataset } from './schema';

/**
 * What the checking worker (check-file.worker.ts) and the page (check-off-thread.ts) say to each other. A usable
 * dataset comes back in parts: everything but the figures, then the figures in slices, so that no single message
 * takes the page long to receive (a 100k-figure dataset in one message is one long task to deserialise).
 */
export type CheckReply =
  /** the bytes are decoded and parsed; the schema check runs */
  | { type: 'checking' }
  /** the file is refused, or the check itself failed (small: sent whole) */
  | { type: 'refused'; check: Exclude<FileCheck, { ok: true }> }
  /** a usable dataset without its figures, the order of its keys, and how many figures follow */
  | { type: 'head'; dataset: Omit<Dataset, 'indicators'>; keys: string[]; figures: number }
  | { type: 'figures'; indicators: Dataset['indicators'] }
  | { type: 'done' };

/** Figures a message: small enough that receiving one stays well under a frame's worth of main-thread time. */
export const FIGURES_PER_MESSAGE = 5000;
