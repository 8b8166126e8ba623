import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SYNTHETIC_MARK, syntheticDataset, TEMPLATE_COUNT } from '../../bench/synthetic';
import { CATEGORIES, LEVELS, SUBJECTS, UNITS } from '../../src/data/schema';
import { validateDataset, type ValidationResult } from '../../src/data/validate';
import { translate } from '../../src/i18n/translate';
import { en } from '../../src/i18n/en';
import { vi } from '../../src/i18n/vi';
import { shippedJson } from '../fixtures/dataset';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** The contract the loader gives the UI: a dataset, or a non-empty list of problems it can print by path. */
function expectWellFormed(result: ValidationResult) {
  if (result.ok) {
    expect(result.dataset).toBeTypeOf('object');
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(problem.path).toBeTypeOf('string');
    expect(problem.key.startsWith('validation.')).toBe(true);
    expect(Object.hasOwn(vi, problem.key)).toBe(true);
    // every placeholder of the message has a value, in both languages
    for (const dictionary of [vi, en]) {
      const placeholders = [...dictionary[problem.key].matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
      for (const name of placeholders) expect(problem.params, `${problem.key} needs {${name}}`).toHaveProperty(name);
    }
    expect(translate('vi', problem.key, problem.params)).toBeTypeOf('string');
  }
}

function validateNeverThrows(input: unknown): ValidationResult {
  let result: ValidationResult | undefined;
  expect(() => {
    result = validateDataset(input);
  }).not.toThrow();
  return result as ValidationResult;
}

/** Every path into a JSON value (objects and arrays), the root excluded. */
function pathsOf(value: Json, at: Path = [], out: Path[] = []): Path[] {
  const children: [string | number, Json][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [key, child] of children) {
    out.push([...at, key]);
    pathsOf(child, [...at, key], out);
  }
  return out;
}

interface Mutation {
  /** which path, modulo the number of paths at the time */
  pick: number;
  op: 'delete' | 'replace';
  value: Json;
}

/** Applies deletions and replacements at paths chosen among those present after the previous mutations. */
function mutate(root: Json, mutations: readonly Mutation[]): Json {
  for (const { pick, op, value } of mutations) {
    const paths = pathsOf(root);
    if (paths.length === 0) break;
    const path = paths[pick % paths.length] as Path;
    let parent: Json = root;
    for (const part of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[part] as Json;
    const last = path[path.length - 1] as string | number;
    if (Array.isArray(parent) && typeof last === 'number') {
      if (op === 'delete') parent.splice(last, 1);
      else parent[last] = value;
    } else if (parent !== null && typeof parent === 'object' && !Array.isArray(parent)) {
      if (op === 'delete') delete parent[last as string];
      else parent[last as string] = value;
    }
  }
  return root;
}

// Values likely to slip past a schema: wrong types, edge numbers, near-valid strings, markup.
const tricky: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue() as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    -1,
    -0,
    0,
    0.5,
    1e308,
    -1e308,
    2 ** 53,
    '',
    ' ',
    '2020-13-45',
    'Ha-Noi',
    'ha-noi',
    '2020',
    'vi',
    '<script>alert(1)</script>',
    '__proto__',
    'constructor',
    [],
    {},
    null,
    true,
  ),
);

const mutation: fc.Arbitrary<Mutation> = fc.record({ pick: fc.nat(), op: fc.constantFrom('delete', 'replace'), value: tricky });

describe('validateDataset under any input (property)', () => {
  it('any JSON value gives a dataset or problems with paths, and never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(validateNeverThrows(value));
      }),
      { numRuns: 500 },
    );
  });

  it('objects shaped like a dataset with junk inside give problems with paths', () => {
    const datasetLike = fc.record({
      meta: fc.jsonValue(),
      source: fc.oneof(fc.jsonValue(), fc.record({ sections: fc.array(fc.jsonValue()) })),
      orgUnits: fc.array(fc.jsonValue()),
      periods: fc.array(fc.jsonValue()),
      indicators: fc.array(fc.dictionary(fc.constantFrom('id', 'value', 'unit', 'category', 'locator', 'computed', 'x'), fc.jsonValue())),
      documents: fc.array(fc.jsonValue()),
    });
    fc.assert(
      fc.property(datasetLike, (value) => {
        const result = validateNeverThrows(value);
        expect(result.ok).toBe(false);
        expectWellFormed(result);
      }),
      { numRuns: 200 },
    );
  });

  it('the shipped dataset with random fields deleted or replaced gives a dataset or problems with paths', () => {
    const shipped = shippedJson() as unknown as Json;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const copy = mutate(structuredClone(shipped), mutations);
        expectWellFormed(validateNeverThrows(copy));
      }),
      { numRuns: 300 },
    );
  });

  it('a required field of an indicator given a wrong type is reported within that indicator', () => {
    // e.g. indicators[3].value = null must name indicators[3] (or a field of it), never only an unrelated place
    const shipped = shippedJson() as unknown as Json;
    const leaves = pathsOf(shipped).filter(
      (p) => p.includes('indicators') && ['value', 'unit', 'orgUnit', 'period'].includes(String(p[p.length - 1])),
    );
    fc.assert(
      fc.property(fc.constantFrom(...leaves), fc.constantFrom<Json>(null, 'x y', [], {}, true), (path, value) => {
        const copy = structuredClone(shipped) as { indicators: Record<string, Json>[] };
        const [, index, field] = path as ['indicators', number, string];
        (copy.indicators[index] as Record<string, Json>)[field] = value;
        const result = validateNeverThrows(copy);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          const where = `indicators[${index}]`;
          expect(result.problems.some((p) => p.path === where || p.path.startsWith(`${where}.`))).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('syntheticDataset (property)', () => {
  const options = fc.record({
    observations: fc.nat({ max: 300 }),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    units: fc.integer({ min: 1, max: 6 }),
    periods: fc.integer({ min: 1, max: 5 }),
  });

  it('is always valid, with unique ids and the requested counts', () => {
    fc.assert(
      fc.property(options, (opts) => {
        const dataset = syntheticDataset(opts);
        const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
        expect(result.ok ? [] : result.problems).toEqual([]);
        expect(dataset.indicators).toHaveLength(opts.observations);
        expect(dataset.orgUnits).toHaveLength(opts.units);
        expect(dataset.periods).toHaveLength(opts.periods);
        expect(new Set(dataset.indicators.map((i) => i.id)).size).toBe(opts.observations);
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic for a seed and says it is synthetic', () => {
    fc.assert(
      fc.property(options, (opts) => {
        const dataset = syntheticDataset(opts);
        expect(syntheticDataset(opts)).toEqual(dataset);
        for (const text of [dataset.meta.title.vi, dataset.meta.title.en, dataset.meta.report.vi, dataset.meta.report.en])
          expect(text).toContain(SYNTHETIC_MARK);
      }),
      { numRuns: 30 },
    );
    expect(syntheticDataset({ observations: 50, seed: 1 })).not.toEqual(syntheticDataset({ observations: 50, seed: 2 }));
  });

  it('covers every category, subject, level and unit, a city and its districts, and every period', () => {
    const units = 3;
    const periods = 2;
    const dataset = syntheticDataset({ observations: TEMPLATE_COUNT * units * periods, seed: 7, units, periods });
    const seen = <T>(pick: (i: (typeof dataset.indicators)[number]) => T | undefined) =>
      new Set(dataset.indicators.map(pick).filter((v): v is T => v !== undefined));
    expect(seen((i) => i.category)).toEqual(new Set(CATEGORIES));
    expect(seen((i) => i.subject)).toEqual(new Set(SUBJECTS));
    expect(seen((i) => i.level)).toEqual(new Set(LEVELS));
    expect(seen((i) => i.unit)).toEqual(new Set(UNITS));
    expect(seen((i) => i.orgUnit)).toEqual(new Set(dataset.orgUnits.map((u) => u.id)));
    expect(seen((i) => i.period)).toEqual(new Set(dataset.periods.map((p) => p.id)));
    expect(seen((i) => i.qualifier).size).toBe(2);
    expect(dataset.indicators.some((i) => i.computed && i.computed.from.length > 0)).toBe(true);
    const [city, ...districts] = dataset.orgUnits;
    expect(city?.parent).toBeUndefined();
    expect(districts.every((d) => d.parent === city?.id)).toBe(true);
  });

  it('refuses impossible sizes', () => {
    expect(() => syntheticDataset({ observations: -1, seed: 1 })).toThrow(RangeError);
    expect(() => syntheticDataset({ observations: 1.5, seed: 1 })).toThrow(RangeError);
    expect(() => syntheticDataset({ observations: 1, seed: 1, units: 0 })).toThrow(RangeError);
  });
});
