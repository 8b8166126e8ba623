import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVELS, type Level } from '../../src/data/schema';
import {
  ACTIVITIES,
  applyFilters,
  choicesOf,
  parseFilters,
  SUBJECT_CHOICES,
  toggleInList,
  writeFilters,
  type Filters,
} from '../../src/model/filters';
import { makeDataset, makeIndicator } from '../fixtures/dataset';
import { DEFAULT_FILTERS, PANEL_IDS } from '../fixtures/filters';

const isDefaultFilters = (f: Filters) => writeFilters(f, new URLSearchParams(), PANEL_IDS).toString() === '';

// Synthetic choices (not the report's): two periods, two units.
const CHOICES = { panels: PANEL_IDS, periods: ['2020', '2021'], orgUnits: ['city', 'district'] };
const parse = (query: string) => parseFilters(new URLSearchParams(query), CHOICES);

describe('parseFilters', () => {
  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual(DEFAULT_FILTERS);
  });

  it('reads readable names, keeping lists in canonical order', () => {
    expect(
      parse('panels=source,inspection&subject=member&activity=violation-checked,inspected&level=city,party-cell&period=2021&unit=district'),
    ).toEqual({
      panels: ['inspection', 'source'],
      subject: 'member',
      activities: ['inspected', 'violation-checked'],
      levels: ['party-cell', 'city'],
      period: '2021',
      orgUnit: 'district',
    });
  });

  it.each([
    ['subject=xyz&activity=,,&level=foo&panels=bar&period=1999&unit=mars'],
    ['subject=&activity=&level=&panels=&period=&unit='],
    ['subject=ALL&activity=INSPECTED&level=City&panels=Overview'],
    ['subject=member,organisation&period=2020,2021'],
    ['activity=%00%ff&level=<script>&panels=__proto__&subject=constructor'],
  ])('falls back to the defaults for junk, malformed or unknown values: %s', (query) => {
    expect(parse(query)).toEqual(DEFAULT_FILTERS);
  });

  it('keeps the known entries of a list that also holds junk, and trims spaces', () => {
    expect(parse('activity=junk, supervised ,,&level=grassroots,nope').activities).toEqual(['supervised']);
    expect(parse('level=grassroots,nope').levels).toEqual(['grassroots']);
  });

  it('ignores a period or unit the dataset does not have', () => {
    expect(
      parseFilters(new URLSearchParams('period=2021&unit=district'), { panels: PANEL_IDS, periods: ['2020'], orgUnits: ['city'] }),
    ).toMatchObject({
      period: null,
      orgUnit: null,
    });
  });

  it('never throws and always yields a well-formed filter set, whatever the query', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('panels', 'subject', 'activity', 'level', 'period', 'unit', 'lang'), fc.string()),
        (raw) => {
          const f = parse(new URLSearchParams(raw).toString());
          expect(f.panels.length).toBeGreaterThan(0);
          expect(f.activities.length).toBeGreaterThan(0);
          expect(f.levels.length).toBeGreaterThan(0);
          expect(SUBJECT_CHOICES).toContain(f.subject);
          for (const p of f.panels) expect(PANEL_IDS).toContain(p);
          expect(f.period === null || CHOICES.periods.includes(f.period)).toBe(true);
          expect(f.orgUnit === null || CHOICES.orgUnits.includes(f.orgUnit)).toBe(true);
        },
      ),
    );
  });
});

describe('writeFilters', () => {
  it('leaves the defaults out of the URL', () => {
    expect(writeFilters(DEFAULT_FILTERS, new URLSearchParams(), PANEL_IDS).toString()).toBe('');
    expect(isDefaultFilters(DEFAULT_FILTERS)).toBe(true);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, subject: 'member' })).toBe(false);
  });

  it('keeps lang, dataset and other parameters, and replaces stale filter values', () => {
    const base = new URLSearchParams('lang=en&dataset=data/x.json&subject=member&table=inspection');
    const out = writeFilters({ ...DEFAULT_FILTERS, levels: ['city'] }, base, PANEL_IDS);
    expect(out.get('lang')).toBe('en');
    expect(out.get('dataset')).toBe('data/x.json');
    expect(out.get('table')).toBe('inspection');
    expect(out.get('subject')).toBeNull();
    expect(out.get('level')).toBe('city');
    expect(base.get('subject')).toBe('member'); // the base is not mutated
  });

  it('writes readable names', () => {
    const f: Filters = {
      panels: ['overview', 'inspection'],
      subject: 'organisation',
      activities: ['supervised'],
      levels: ['grassroots', 'city'],
      period: '2020',
      orgUnit: 'city',
    };
    expect(decodeURIComponent(writeFilters(f, new URLSearchParams(), PANEL_IDS).toString())).toBe(
      'panels=overview,inspection&subject=organisation&activity=supervised&level=grassroots,city&period=2020&unit=city',
    );
  });

  it('round-trips: parse(write(f)) = f for every valid filter set', () => {
    const sub = <T extends string>(all: readonly T[]) => fc.subarray([...all], { minLength: 1 });
    const filters = fc.record({
      panels: sub(PANEL_IDS),
      subject: fc.constantFrom(...SUBJECT_CHOICES),
      activities: sub(ACTIVITIES),
      levels: sub(LEVELS),
      period: fc.constantFrom(null, ...CHOICES.periods),
      orgUnit: fc.constantFrom(null, ...CHOICES.orgUnits),
    });
    fc.assert(
      fc.property(filters, (f) => {
        const written = writeFilters(f, new URLSearchParams('lang=en'), PANEL_IDS);
        expect(parseFilters(written, CHOICES)).toEqual(f);
        expect(written.get('lang')).toBe('en');
      }),
    );
  });
});

describe('toggleInList', () => {
  it('adds and removes, keeping canonical order', () => {
    expect(toggleInList<Level>(['city'], 'party-cell', LEVELS)).toEqual(['party-cell', 'city']);
    expect(toggleInList<Level>(['party-cell', 'city'], 'city', LEVELS)).toEqual(['party-cell']);
  });

  it('never empties the list', () => {
    expect(toggleInList(['supervised'], 'supervised', ACTIVITIES)).toEqual(['supervised']);
    fc.assert(
      fc.property(fc.subarray([...ACTIVITIES], { minLength: 1 }), fc.constantFrom(...ACTIVITIES), (list, item) => {
        const next = toggleInList(list, item, ACTIVITIES);
        expect(next.length).toBeGreaterThan(0);
        expect(next).toEqual(ACTIVITIES.filter((a) => next.includes(a)));
      }),
    );
  });
});

describe('applyFilters (synthetic indicators)', () => {
  const ds = makeDataset({
    periods: [
      { id: '2020', label: { vi: 'Năm 2020', en: '2020' }, start: '2020-01-01', end: '2020-12-31' },
      { id: '2021', label: { vi: 'Năm 2021', en: '2021' }, start: '2021-01-01', end: '2021-12-31' },
    ],
    orgUnits: [
      { id: 'city', label: { vi: 'Thành phố', en: 'City' } },
      { id: 'district', label: { vi: 'Quận', en: 'District' } },
    ],
    indicators: [
      makeIndicator({ id: 'a', measure: 'inspected', subject: 'organisation' }),
      makeIndicator({ id: 'b', measure: 'supervised', subject: 'member', unit: 'members', period: '2021' }),
      makeIndicator({
        id: 'c',
        category: 'congress',
        measure: 'congress-held',
        subject: undefined,
        level: 'city',
        unit: 'congresses',
        orgUnit: 'district',
      }),
      makeIndicator({ id: 'd', category: 'programme', measure: 'goals', subject: undefined, unit: 'goals' }),
    ],
  });
  const ids = (f: Partial<Filters>) => applyFilters(ds.indicators, { ...DEFAULT_FILTERS, ...f }).map((i) => i.id);

  it('applies period, unit, subject, activity and level; leaves figures they do not apply to', () => {
    expect(choicesOf(ds, PANEL_IDS)).toEqual({ panels: PANEL_IDS, periods: ['2020', '2021'], orgUnits: ['city', 'district'] });
    expect(ids({})).toEqual(['a', 'b', 'c', 'd']);
    expect(ids({ period: '2021' })).toEqual(['b']);
    expect(ids({ orgUnit: 'district' })).toEqual(['c']);
    expect(ids({ subject: 'member' })).toEqual(['b', 'c', 'd']);
    expect(ids({ activities: ['inspected'] })).toEqual(['a', 'c', 'd']);
    expect(ids({ levels: ['grassroots'] })).toEqual(['a', 'b', 'd']);
  });
});
