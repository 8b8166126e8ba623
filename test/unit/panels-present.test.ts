import { LEVELS } from '../../src/data/schema';
import { describe, expect, it } from 'vitest';
import { dimensionsOf, withinDimensions } from '../../src/model/dimensions';
import { ACTIVITIES } from '../../src/model/filters';
import { PANELS } from '../../src/panels/registry';
import { makeDataset, makeIndicator, shippedJson } from '../fixtures/dataset';
import { halfYearInspection } from '../fixtures/half-year';
import { f } from '../fixtures/series';

const carried = (dataset: ReturnType<typeof makeDataset>) => PANELS.filter((p) => p.present(dataset)).map((p) => p.id);

describe('which panels a file carries', () => {
  it('the shipped report: every panel it has figures for, not discipline nor "other figures"', () => {
    const ids = carried(shippedJson());
    expect(ids).toContain('inspection');
    expect(ids).toContain('source');
    expect(ids).not.toContain('discipline');
    expect(ids).not.toContain('other');
  });

  it('a half-year inspection-commission file (SYNTHETIC): inspection, discipline, other figures and sources only', () => {
    expect(carried(halfYearInspection())).toEqual(['overview', 'inspection', 'discipline', 'other', 'source']);
  });

  it('a file of organisation work only (SYNTHETIC): the sources panel is always there', () => {
    const ds = makeDataset({
      indicators: [makeIndicator({ id: 'a', category: 'organisation', measure: 'members-admitted', subject: undefined, unit: 'members' })],
    });
    expect(carried(ds)).toEqual(['other', 'source']);
    expect(carried(makeDataset())).toEqual(['source']);
  });
});

describe('the dimensions a file carries', () => {
  it('subject, inspection activity and level, each only when some figure has it', () => {
    expect(dimensionsOf(shippedJson())).toEqual({
      subject: true,
      activity: true,
      level: true,
      activities: [...ACTIVITIES],
      levels: [...LEVELS],
    });
    expect(dimensionsOf(halfYearInspection())).toEqual({
      subject: true,
      activity: true,
      level: false,
      activities: [...ACTIVITIES],
      levels: [],
    });
    // SYNTHETIC: conclusions only, no activity; nothing with a subject
    const conclusions = makeDataset({ indicators: [makeIndicator({ id: 'c', measure: 'violation-concluded', level: 'grassroots' })] });
    expect(dimensionsOf(conclusions)).toEqual({ subject: true, activity: false, level: true, activities: [], levels: ['grassroots'] });
    const bare = makeDataset({ indicators: [makeIndicator({ id: 'x', category: 'other', measure: 'x', subject: undefined })] });
    expect(dimensionsOf(bare)).toEqual({ subject: false, activity: false, level: false, activities: [], levels: [] });
  });

  it('a filter the page does not offer falls back to its default, so it cannot hide figures out of reach', () => {
    const chosen = f({ subject: 'member', activities: ['inspected'], levels: ['city'] });
    const all = { activities: [...ACTIVITIES], levels: [...LEVELS] };
    expect(withinDimensions(chosen, { subject: true, activity: true, level: true, ...all })).toBe(chosen);
    expect(withinDimensions(chosen, { subject: false, activity: false, level: true, ...all })).toMatchObject({
      subject: 'all',
      activities: [...ACTIVITIES],
      levels: ['city'],
    });
  });
});
