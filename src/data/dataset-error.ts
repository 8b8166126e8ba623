import type { FileProblem } from './check-file';

export type DatasetErrorReason =
  | { kind: 'http'; status: number }
  | { kind: 'network' }
  /** nothing arrived for this long: the server holds the request, or the network is too slow */
  | { kind: 'timeout'; seconds: number }
  /** the bytes arrived (or too many did) and are not a usable dataset: the same reasons as a file opened in the page */
  | { kind: 'file'; problem: FileProblem };

/** Why a dataset could not be used; carries what the user needs to see, not a stack trace. */
export class DatasetError extends Error {
  readonly url: string;
  readonly reason: DatasetErrorReason;
  constructor(url: string, reason: DatasetErrorReason) {
    super(`dataset ${url}: ${reason.kind === 'file' ? reason.problem.reason : reason.kind}`);
    this.name = 'DatasetError';
    this.url = url;
    this.reason = reason;
  }
}
