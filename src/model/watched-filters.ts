import type { Filters } from './filters';

/**
 * Filters that note which of their fields are read. A panel's series and view are pure: called again with the same
 * figures, they give the same result while the fields they read last time keep their values, whatever the others do.
 */
type Field = keyof Filters;
type FieldValue = string | null;
export type FieldsRead = ReadonlyMap<Field, FieldValue>;

const FIELDS = Object.keys({
  panels: true,
  subject: true,
  activities: true,
  levels: true,
  period: true,
  orgUnit: true,
} satisfies Record<Field, true>) as Field[];

/** A field's value, comparable with ===: a list as its entries joined. */
function valueOf(filters: Filters, field: Field): FieldValue {
  const value = filters[field];
  return Array.isArray(value) ? value.join(',') : value;
}

/** The same filters, read through getters; `read()` gives the fields read so far with their values. */
export function watchFilters(filters: Filters): { filters: Filters; read: () => FieldsRead } {
  const seen = new Set<Field>();
  const watched = {} as Filters;
  for (const field of FIELDS) {
    Object.defineProperty(watched, field, {
      enumerable: true,
      get: () => {
        seen.add(field);
        return filters[field];
      },
    });
  }
  return { filters: watched, read: () => new Map([...seen].map((f) => [f, valueOf(filters, f)])) };
}

/** Whether these filters give every field in `read` the value it had. */
export const sameFieldsRead = (filters: Filters, read: FieldsRead): boolean => [...read].every(([f, v]) => valueOf(filters, f) === v);
