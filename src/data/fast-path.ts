import {
  CATEGORIES,
  INDICATOR_KEYS,
  LEVELS,
  QUALIFIERS,
  SLUG_PATTERN,
  SUBJECTS,
  TEXT_PATTERN,
  textProblem,
  UNITS,
  valueProblems,
} from './schema';

/**
 * A conservative, allocation-free check of one indicator, about ten times faster than the schema:
 * true only when IndicatorSchema would accept it (a property test holds it to that). Anything it is
 * unsure of returns false and goes through the schema, which also writes the error messages.
 */
const keys: ReadonlySet<string> = new Set(INDICATOR_KEYS);
const categories: ReadonlySet<unknown> = new Set(CATEGORIES);
const units: ReadonlySet<unknown> = new Set(UNITS);
const subjects: ReadonlySet<unknown> = new Set(SUBJECTS);
const levels: ReadonlySet<unknown> = new Set(LEVELS);
const qualifiers: ReadonlySet<unknown> = new Set(QUALIFIERS);

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isSlug = (x: unknown) => typeof x === 'string' && SLUG_PATTERN.test(x);
const isText = (x: unknown) => typeof x === 'string' && x.length > 0 && TEXT_PATTERN.test(x) && textProblem(x) === undefined;
// z.int() means a safe integer (at most 2^53 - 1).
const isPositiveInt = (x: unknown) => typeof x === 'number' && Number.isSafeInteger(x) && x > 0;

function onlyKeys(o: Obj, allowed: readonly string[]): boolean {
  let n = 0;
  for (const k in o) {
    if (!allowed.includes(k)) return false;
    n++;
  }
  return n <= allowed.length;
}

const isLocalized = (x: unknown) => isObj(x) && onlyKeys(x, ['vi', 'en']) && isText(x['vi']) && isText(x['en']);

function isOptional(o: Obj, key: string, test: (x: unknown) => boolean): boolean {
  return !(key in o) || o[key] === undefined || test(o[key]);
}

export function indicatorSurelyValid(x: unknown): boolean {
  if (!isObj(x)) return false;
  for (const k in x) if (!keys.has(k)) return false;
  const { value, unit, denominator, locator, computed } = x;
  if (!isSlug(x['id']) || !categories.has(x['category']) || !isSlug(x['measure']) || !isLocalized(x['label'])) return false;
  if (typeof value !== 'number' || !Number.isFinite(value) || !units.has(unit)) return false;
  if (!isSlug(x['orgUnit']) || !isSlug(x['period'])) return false;
  if (!isOptional(x, 'subject', (v) => subjects.has(v)) || !isOptional(x, 'level', (v) => levels.has(v))) return false;
  if (!isOptional(x, 'qualifier', (v) => qualifiers.has(v)) || !isOptional(x, 'denominator', isPositiveInt)) return false;
  if (!isOptional(x, 'partOf', isSlug)) return false;
  if (
    !isObj(locator) ||
    !onlyKeys(locator, ['source', 'section', 'paragraph']) ||
    !isSlug(locator['section']) ||
    !isOptional(locator, 'source', isSlug) ||
    !isPositiveInt(locator['paragraph'])
  )
    return false;
  if (computed !== undefined) {
    if (!isObj(computed) || !onlyKeys(computed, ['from', 'method']) || !Array.isArray(computed['from']) || !isLocalized(computed['method']))
      return false;
    if (!(computed['from'] as unknown[]).every(isSlug)) return false;
  }
  return valueProblems({ unit: unit as never, value, denominator: denominator as number | undefined }).length === 0;
}
