import * as z from 'zod/mini';
import type { MessageKey, Params } from '../i18n/translate';
import { indicatorSurelyValid } from './fast-path';
import { consistencyProblems, DatasetFrameSchema, DatasetSchema, type Dataset, type Indicator } from './schema';

/** One thing wrong with a dataset file: where (a readable path) and what (a message key and its values). */
export interface Problem {
  path: string;
  key: MessageKey;
  params: Params;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** `['indicators', 3, 'value']` -> `indicators[3].value` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    const name = String(part);
    return out ? `${out}.${name}` : name;
  }, '');
}

const CUSTOM_KEYS: ReadonlySet<string> = new Set([
  'slug',
  'iso_date',
  'finite',
  'unsafe_integer',
  'bidi',
  'invisible',
  'duplicate_id',
  'unknown_reference',
  'period_order',
  'count_not_integer',
  'count_negative',
  'not_integer',
  'value_negative',
  'percent_range',
  'numerator_above_denominator',
  'web_address',
  'part_above_whole',
  'part_elsewhere',
  'part_of_itself',
]);
/** Messages whose text another key already says. */
const ALIASES: Record<string, MessageKey> = { blank: 'validation.too_small_string' };

function describe(issue: z.core.$ZodIssue): Pick<Problem, 'key' | 'params'> {
  const message = issue.message;
  const alias = ALIASES[message];
  if (alias) return { key: alias, params: {} };
  if (CUSTOM_KEYS.has(message)) {
    const params: Params = {};
    const extra = 'params' in issue && issue.params ? (issue.params as Record<string, unknown>) : {};
    for (const [k, v] of Object.entries(extra)) if (typeof v === 'string' || typeof v === 'number') params[k] = v;
    return { key: `validation.${message}` as MessageKey, params };
  }
  switch (issue.code) {
    case 'invalid_type':
      // JSON.parse reads 1e309 as Infinity: say what it is, not "needs a number"
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) return { key: 'validation.finite', params: {} };
      if (issue.expected === 'int') return { key: 'validation.not_integer', params: {} };
      return { key: issue.input === undefined ? 'validation.missing' : 'validation.invalid_type', params: { expected: issue.expected } };
    case 'too_small':
      if (issue.origin === 'int' && Number(issue.minimum) === Number.MIN_SAFE_INTEGER)
        return { key: 'validation.unsafe_integer', params: {} };
      if (issue.origin === 'array') return { key: 'validation.too_small_array', params: { minimum: Number(issue.minimum) } };
      if (issue.origin === 'string') return { key: 'validation.too_small_string', params: {} };
      return { key: 'validation.too_small', params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'int' && Number(issue.maximum) === Number.MAX_SAFE_INTEGER)
        return { key: 'validation.unsafe_integer', params: {} };
      return { key: 'validation.too_big', params: { maximum: Number(issue.maximum) } };
    case 'invalid_value':
      if (issue.input === undefined) return { key: 'validation.missing', params: { expected: issue.values.map(String).join(' | ') } };
      return { key: 'validation.invalid_value', params: { values: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return { key: 'validation.unrecognized_keys', params: { keys: issue.keys.join(', ') } };
    default:
      return { key: 'validation.other', params: {} };
  }
}

function customProblem(p: { message: string; path: (string | number)[]; params?: Record<string, string> }): Problem {
  return { path: formatPath(p.path), key: `validation.${p.message}` as MessageKey, params: p.params ?? {} };
}

/**
 * Large files: when every indicator passes the exact pre-check (fast-path.ts), the schema checks only
 * the file's frame and the cross-field rules run once over everything. null: take the full schema.
 */
function validateFast(input: unknown): ValidationResult | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const indicators = (input as { indicators?: unknown }).indicators;
  if (!Array.isArray(indicators) || !indicators.every(indicatorSurelyValid)) return null;
  const frame = z.safeParse(DatasetFrameSchema, { ...input, indicators: [] });
  if (!frame.success) return null;
  // the schema reads -0 as 0; so does the fast path (copying only the figures that hold it)
  const figures = (indicators as Indicator[]).map((ind) => (Object.is(ind.value, -0) ? { ...ind, value: 0 } : ind));
  const dataset: Dataset = { ...frame.data, indicators: figures };
  const problems = consistencyProblems(dataset);
  return problems.length === 0 ? { ok: true, dataset } : { ok: false, problems: problems.map(customProblem) };
}

/** Validates any JSON value as a dataset. Never throws: it returns the typed dataset or every problem by path. */
export function validateDataset(input: unknown): ValidationResult {
  const fast = validateFast(input);
  if (fast) return fast;
  const result = z.safeParse(DatasetSchema, input, { reportInput: true });
  if (result.success) return { ok: true, dataset: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ path: formatPath(issue.path), ...describe(issue) })),
  };
}
