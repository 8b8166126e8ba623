import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../model/filters';
import { makeDataset, makeIndicator } from '../../../test/fixtures/dataset';
import { f, held, insp, twoByTwo } from '../../../test/fixtures/series';
import { MOST_PER_TILE, MOST_TILES, overviewSeries } from './series';

describe('overview series', () => {
  it('gives tiles in a fixed order: the three activities (organisations first), congresses, completions, lead on plan', () => {
    const ds = makeDataset({
      indicators: [
        insp('im', 'inspected', 'member', 360),
        insp('io', 'inspected', 'organisation', 1282),
        insp('so', 'supervised', 'organisation', 766),
        held('cells', 'party-cell', 17118),
        held('city', 'city', 1, 'p1', 'u1', { computed: { from: ['x'], method: { vi: 'đếm', en: 'count' } } }),
        makeIndicator({
          id: 'done',
          category: 'congress',
          measure: 'consolidated',
          subject: undefined,
          value: 226,
          denominator: 226,
          unit: 'organisations',
        }),
        makeIndicator({ id: 'ahead', category: 'congress', measure: 'days-ahead-of-plan', subject: undefined, value: 10, unit: 'days' }),
      ].map((i) => ({ ...i, period: '2020', orgUnit: 'city' })),
    });
    const o = overviewSeries(ds, ds.indicators);
    expect(o.slice?.key).toBe('2020|city');
    expect(o.tiles.map((t) => [t.key, t.kind, t.figures.map((i) => i.id)])).toEqual([
      ['inspected', 'inspection', ['io', 'im']],
      ['supervised', 'inspection', ['so']],
      ['congress-held', 'congress', ['cells']], // the computed city congress is not a reported figure
      ['done', 'completion', ['done']],
      ['ahead', 'ahead', ['ahead']],
    ]);
  });

  it('shows one slice (the latest period of the top unit), never sums across slices', () => {
    const ds = twoByTwo();
    const o = overviewSeries(ds, ds.indicators);
    expect(o.slice).toMatchObject({ period: 'p2', orgUnit: 'u1' });
    expect(o.tiles.find((t) => t.key === 'inspected')?.figures.map((i) => i.value)).toEqual([300, 30]);
    const chosen = f({ period: 'p1', orgUnit: 'u2' });
    const o2 = overviewSeries(ds, applyFilters(ds.indicators, chosen));
    expect(o2.slice).toMatchObject({ period: 'p1', orgUnit: 'u2' });
    expect(o2.tiles.find((t) => t.key === 'inspected')?.figures.map((i) => i.value)).toEqual([200, 20]);
  });

  it('is empty when nothing matches', () => {
    expect(overviewSeries(makeDataset(), [])).toEqual({ slice: null, tiles: [], left: 0 });
  });

  it('keeps the strip to what is read at a glance, and counts the key figures it leaves to the tables', () => {
    const completions = Array.from({ length: 30 }, (_, k) =>
      makeIndicator({
        id: `c${k}`,
        category: 'congress',
        measure: 'consolidated',
        subject: undefined,
        value: k,
        denominator: 30,
        unit: 'organisations',
      }),
    );
    const levels = ['city', 'upper-grassroots', 'grassroots', 'party-cell', 'party-cell', 'party-cell'] as const;
    const held6 = levels.map((level, k) => held(`h${k}`, level, k + 1));
    const ds = makeDataset({ indicators: [...held6, ...completions].map((i) => ({ ...i, period: '2020', orgUnit: 'city' })) });
    const o = overviewSeries(ds, ds.indicators);
    expect(o.tiles).toHaveLength(MOST_TILES);
    expect(o.tiles[0]?.figures.map((i) => i.id)).toEqual(['h0', 'h1', 'h2', 'h3'].slice(0, MOST_PER_TILE));
    expect(o.tiles.slice(1).map((t) => t.key)).toEqual(completions.slice(0, MOST_TILES - 1).map((c) => c.id));
    const shown = o.tiles.reduce((n, t) => n + t.figures.length, 0);
    expect(o.left).toBe(held6.length + completions.length - shown);
    expect(o.left).toBeGreaterThan(0);
  });

  it('leaves nothing out of a report-sized slice', () => {
    const ds = twoByTwo();
    expect(overviewSeries(ds, ds.indicators).left).toBe(0);
  });
});
