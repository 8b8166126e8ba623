import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../../src/data/json-schema';
import { validateDataset } from '../../src/data/validate';
import { shippedJson } from '../fixtures/dataset';

// The source report is kept outside the repository, beside it (CI has ../shared); a clone elsewhere skips the one test reading it.
const REPORT = resolve(import.meta.dirname, '../../../shared/report/000_357c2ac101b5ac92.txt');
const HAS_REPORT = existsSync(REPORT);
if (!HAS_REPORT)
  console.info(`skipped "every number it states appears in the report text": the source report is not beside the repository (${REPORT})`);

const byId = (id: string) => {
  const found = shippedJson().indicators.find((i) => i.id === id);
  if (!found) throw new Error(`indicator ${id} missing from the shipped dataset`);
  return found;
};

describe('the shipped dataset', () => {
  it('passes the runtime schema', () => {
    const result = validateDataset(shippedJson());
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  // The figures the report states, exactly as written (report: 000_357c2ac101b5ac92.txt).
  const REQUIRED: [id: string, value: number, extra?: Record<string, unknown>][] = [
    ['inspected-organisations', 1282, { subject: 'organisation', period: '2020' }],
    ['inspected-members', 360, { subject: 'member' }],
    ['supervised-organisations', 766, { subject: 'organisation' }],
    ['supervised-members', 184, { subject: 'member' }],
    ['violation-checked-organisations', 81, { subject: 'organisation' }],
    ['violation-checked-members', 343, { subject: 'member' }],
    ['congress-party-cells', 17118, { level: 'party-cell' }],
    ['congress-grassroots', 2310, { level: 'grassroots' }],
    ['congress-upper-grassroots', 50, { level: 'upper-grassroots' }],
    ['congress-city-days-early', 10, { unit: 'days', level: 'city' }],
    ['congress-city-ordinal', 17],
    ['difficult-organisations-listed', 83],
    ['difficult-organisations-congress-held', 83, { denominator: 83 }],
    ['grassroots-consolidated', 226, { denominator: 226 }],
    ['grassroots-consolidated-percent', 100, { unit: 'percent' }],
    ['term-regular-conferences', 26, { qualifier: 'about', period: '2020-2025' }],
    ['term-thematic-resolutions', 2],
    ['term-work-programmes', 10],
    ['regulation-chapters', 5],
    ['regulation-articles', 32],
    ['grassroots-time-share', 1, { denominator: 3, qualifier: 'at-least' }],
    ['plan-2021-goals', 4, { period: '2021' }],
    ['plan-2021-key-tasks', 3, { period: '2021' }],
    ['plan-2021-party-building-tasks', 7, { period: '2021' }],
    ['contributions-answered', 8],
    ['contributions-adopted', 6],
    ['anniversary-party', 90],
    ['anniversary-hanoi-party', 90],
    ['anniversary-ho-chi-minh', 130],
    ['anniversary-august-revolution', 75],
    ['anniversary-thang-long', 1010],
    ['anniversary-liberation', 66],
  ];

  it.each(REQUIRED)('holds %s = %d with its locator', (id, value, extra) => {
    const ind = byId(id);
    expect(ind.value).toBe(value);
    if (extra) expect(ind).toMatchObject(extra);
    expect(ind.locator.paragraph).toBeGreaterThan(0);
    expect(ind.computed).toBeUndefined();
  });

  it.skipIf(!HAS_REPORT)('every number it states appears in the report text, and computed values say from what', () => {
    const report = readFileSync(REPORT, 'utf8');
    const digits = new Set((report.match(/\d[\d.]*/g) ?? []).map((s) => s.replace(/\./g, '')));
    const romans: Record<number, string> = { 13: 'XIII', 15: 'XV', 17: 'XVII' };
    for (const ind of shippedJson().indicators) {
      if (ind.computed) {
        expect(ind.computed.method.vi.length, ind.id).toBeGreaterThan(0);
        continue;
      }
      const stated = digits.has(String(ind.value)) || (romans[ind.value] !== undefined && report.includes(romans[ind.value]!));
      expect(stated, `${ind.id}=${ind.value} is not in the report`).toBe(true);
      if (ind.denominator !== undefined) expect(digits.has(String(ind.denominator)), ind.id).toBe(true);
    }
  });

  it('computes the anniversaries\' founding years from the report\'s "N years"', () => {
    const data = shippedJson();
    const years = data.indicators.filter((i) => i.measure === 'origin-year');
    expect(years.map((y) => y.value).sort()).toEqual([1010, 1890, 1930, 1930, 1945, 1954]);
    for (const y of years) {
      const from = data.indicators.find((i) => i.id === y.computed?.from[0]);
      expect(from && 2020 - from.value).toBe(y.value);
    }
  });

  it('cites the directives and resolutions by their numbers', () => {
    expect(shippedJson().documents.map((d) => d.number)).toEqual(
      expect.arrayContaining(['35-CT/TW', '155-KH/TU', '97', '39', '11-NQ/TW', '05-CT/TW']),
    );
  });

  it('describes itself', () => {
    const { meta } = shippedJson();
    expect(meta.date).toBe('2020-11-28');
    expect(meta.language).toBe('vi');
    expect(meta.organisation.vi).toContain('Hà Nội');
  });
});

type Mutation = [name: string, mutate: (d: ReturnType<typeof shippedJson>) => void, path: string, key: string];

const BAD_CASES: Mutation[] = [
  ['a negative count', (d) => void (d.indicators[3]!.value = -5), 'indicators[3].value', 'validation.count_negative'],
  ['a fractional count', (d) => void (d.indicators[0]!.value = 12.5), 'indicators[0].value', 'validation.count_not_integer'],
  [
    'a numerator above its denominator',
    (d) => void (d.indicators.find((i) => i.id === 'grassroots-consolidated')!.value = 227),
    'indicators[14].value',
    'validation.numerator_above_denominator',
  ],
  ['a duplicate id', (d) => void (d.indicators[1]!.id = d.indicators[0]!.id), 'indicators[1].id', 'validation.duplicate_id'],
  [
    'an unknown category',
    (d) => void ((d.indicators[2] as { category: string }).category = 'sports'),
    'indicators[2].category',
    'validation.invalid_value',
  ],
  ['a missing label', (d) => void delete (d.indicators[4] as { label?: unknown }).label, 'indicators[4].label', 'validation.missing'],
  ['an empty English label', (d) => void (d.indicators[5]!.label.en = '  '), 'indicators[5].label.en', 'validation.too_small_string'],
  [
    'a value given as text',
    (d) => void ((d.indicators[6] as { value: unknown }).value = '17.118'),
    'indicators[6].value',
    'validation.invalid_type',
  ],
  ['a period that does not exist', (d) => void (d.indicators[7]!.period = '2019'), 'indicators[7].period', 'validation.unknown_reference'],
  [
    'an unknown field',
    (d) => void ((d.indicators[8] as Record<string, unknown>).vaule = 1),
    'indicators[8]',
    'validation.unrecognized_keys',
  ],
  ['a malformed date', (d) => void (d.meta.date = '28/11/2020'), 'meta.date', 'validation.iso_date'],
  [
    'a percent above 100',
    (d) => void (d.indicators.find((i) => i.unit === 'percent')!.value = 101),
    'indicators[15].value',
    'validation.percent_range',
  ],
];

describe('the schema rejects what the data must never be', () => {
  it.each(BAD_CASES)('%s, naming the path', (_name, mutate, path, key) => {
    const data = shippedJson();
    mutate(data);
    const result = validateDataset(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ path, key }));
  });

  it.each([null, 42, 'text', [], {}])('rejects %j as a whole without throwing', (input) => {
    const result = validateDataset(input);
    expect(result.ok).toBe(false);
  });
});

describe('the published JSON Schema', () => {
  const file = resolve(import.meta.dirname, '../../data/dataset.schema.json');

  it('is up to date with the runtime schema (run `npm run schema` when this fails)', () => {
    expect(readFileSync(file, 'utf8')).toBe(datasetJsonSchema());
  });

  it('validates the shipped dataset and rejects a structurally bad one', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object);
    expect(validate(shippedJson()), JSON.stringify(validate.errors)).toBe(true);
    const bad = shippedJson();
    (bad.indicators[0] as { category: string }).category = 'sports';
    expect(validate(bad)).toBe(false);
  });
});
