/** A measurement the benchmark has a place for but nobody has written yet: reported as such, never as a number. */
export interface Pending {
  status: 'not-implemented';
  /** what will be measured and where the code goes */
  note: string;
}

export const pending = (note: string): Pending => ({ status: 'not-implemented', note });

export const isPending = (value: unknown): value is Pending =>
  typeof value === 'object' && value !== null && (value as { status?: unknown }).status === 'not-implemented';
