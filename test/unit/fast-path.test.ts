import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { indicatorSurelyValid } from '../../src/data/fast-path';
import { DatasetSchema, IndicatorSchema } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { shippedJson } from '../fixtures/dataset';

const shipped = shippedJson().indicators;
const FIELDS = [
  'id',
  'category',
  'measure',
  'label',
  'value',
  'unit',
  'subject',
  'level',
  'orgUnit',
  'period',
  'denominator',
  'qualifier',
  'locator',
  'computed',
  'extra',
];

// Values that sit on the schema's edges: near-valid strings, numbers around 0 and the denominators, odd shapes.
const edgy = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'a',
    'A',
    'a-b',
    'a--b',
    '-a',
    'inspected',
    'organisations',
    'members',
    'percent',
    'year',
    'ordinal',
    'city',
    'about',
    'at-least',
    'party-cell',
    'congress',
  ),
  fc.constantFrom(0, -0, 1, -1, 0.5, 83, 84, 100, 101, 226, 227, 1e21, Number.NaN, Number.POSITIVE_INFINITY),
  fc.constantFrom(2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53) - 2, Number.NEGATIVE_INFINITY),
  fc.constantFrom(
    { vi: '\u200b', en: 'y' },
    { vi: 'x', en: '\u200b\u2060' },
    { vi: '1\u202e234', en: 'y' },
    { vi: 'x', en: 'a\u2066b' },
    { vi: '\u200ex', en: 'y' },
    { vi: 'Đảng\u200b', en: 'y' },
    { from: [], method: { vi: '\u202e', en: 'b' } },
  ),
  fc.constantFrom(
    null,
    true,
    [],
    {},
    { vi: 'x', en: 'y' },
    { vi: ' ', en: 'y' },
    { vi: 'x' },
    { section: 'lead', paragraph: 1 },
    { section: 'lead', paragraph: 0 },
    { from: [], method: { vi: 'a', en: 'b' } },
  ),
  fc.jsonValue(),
);

const mutation = fc.record({
  index: fc.nat({ max: shipped.length - 1 }),
  edits: fc.array(fc.tuple(fc.constantFrom(...FIELDS), fc.option(edgy, { nil: undefined }), fc.boolean()), { minLength: 1, maxLength: 3 }),
});

function mutate({ index, edits }: { index: number; edits: [string, unknown, boolean][] }): Record<string, unknown> {
  const ind = structuredClone(shipped[index]!) as Record<string, unknown>;
  for (const [field, value, remove] of edits) {
    if (remove) delete ind[field];
    else ind[field] = value;
  }
  return ind;
}

describe('the fast pre-check of indicators', () => {
  it('accepts every indicator of the shipped file, so large valid files take the fast path', () => {
    expect(shipped.filter((i) => !indicatorSurelyValid(i)).map((i) => i.id)).toEqual([]);
  });

  it('never accepts an indicator the schema rejects', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        const ind = mutate(m);
        if (indicatorSurelyValid(ind)) expect(z.safeParse(IndicatorSchema, ind).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives validateDataset the same verdict as the full schema on mutated files', () => {
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 2 }), (ms) => {
        const data = shippedJson() as unknown as { indicators: unknown[] };
        for (const m of ms) data.indicators[m.index] = mutate(m);
        expect(validateDataset(data).ok).toBe(z.safeParse(DatasetSchema, data).success);
      }),
      { numRuns: 400 },
    );
  });
});
