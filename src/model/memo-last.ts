/**
 * Remembers the last call: the same key (compared item by item with Object.is) returns the same result, so
 * a panel whose inputs did not change hands React the same object and is not drawn again.
 */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R, keyOf: (...args: A) => readonly unknown[]): (...args: A) => R {
  let lastKey: readonly unknown[] | null = null;
  let lastResult: R;
  return (...args) => {
    const key = keyOf(...args);
    if (lastKey && key.length === lastKey.length && key.every((k, i) => Object.is(k, lastKey![i]))) return lastResult;
    lastResult = fn(...args);
    lastKey = key;
    return lastResult;
  };
}
