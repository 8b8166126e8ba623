import type { Problem } from './validate';

export type DatasetErrorReason =
  { kind: 'http'; status: number } | { kind: 'network' } | { kind: 'not-json' } | { kind: 'invalid'; problems: Problem[] };

/** Why a dataset could not be used; carries what the user needs to see, not a stack trace. */
export class DatasetError extends Error {
  readonly url: string;
  readonly reason: DatasetErrorReason;
  constructor(url: string, reason: DatasetErrorReason) {
    super(`dataset ${url}: ${reason.kind}`);
    this.name = 'DatasetError';
    this.url = url;
    this.reason = reason;
  }
}
