import { describe, expect, it } from 'vitest';
import { changedFields, diffDatasets } from '../../src/model/dataset-diff';
import { makeDataset, makeIndicator, shippedJson } from '../fixtures/dataset';

// Synthetic figures (test fixtures), not from the report.
const a = makeIndicator({ id: 'a', value: 10 });
const b = makeIndicator({ id: 'b', value: 5, denominator: 8 });
const c = makeIndicator({ id: 'c', value: 3 });

describe('diffDatasets', () => {
  it('lists new, changed and removed figures by id, and counts the unchanged ones', () => {
    const before = makeDataset({ indicators: [a, b, c] });
    const d = makeIndicator({ id: 'd', value: 7 });
    const after = makeDataset({ indicators: [d, { ...b, value: 6 }, a] });
    const diff = diffDatasets(before, after);
    expect(diff.added.map((i) => i.id)).toEqual(['d']);
    expect(diff.changed).toEqual([{ id: 'b', before: b, after: { ...b, value: 6 }, fields: ['value'] }]);
    expect(diff.removed.map((i) => i.id)).toEqual(['c']);
    expect(diff.unchanged).toBe(1);
  });

  it('keeps the new file order for new and changed figures and the old order for removed ones', () => {
    const before = makeDataset({ indicators: [c, b, a] });
    const after = makeDataset({
      indicators: [makeIndicator({ id: 'z' }), { ...a, value: 1 }, makeIndicator({ id: 'y' }), { ...c, value: 1 }],
    });
    const diff = diffDatasets(before, after);
    expect(diff.added.map((i) => i.id)).toEqual(['z', 'y']);
    expect(diff.changed.map((x) => x.id)).toEqual(['a', 'c']);
    expect(diff.removed.map((i) => i.id)).toEqual(['b']);
  });

  it('names each changed field: value, denominator, label (either language), unit, period, unit of the organisation', () => {
    expect(changedFields(b, { ...b, denominator: 9 })).toEqual(['denominator']);
    const noDenominator = { ...b };
    delete noDenominator.denominator;
    expect(changedFields(b, noDenominator)).toEqual(['denominator']);
    expect(changedFields(a, { ...a, label: { ...a.label, en: 'Other' } })).toEqual(['label']);
    expect(changedFields(a, { ...a, label: { ...a.label, vi: 'Khác' } })).toEqual(['label']);
    expect(changedFields(a, { ...a, unit: 'members' })).toEqual(['unit']);
    expect(changedFields(a, { ...a, period: '2021' })).toEqual(['period']);
    expect(changedFields(a, { ...a, orgUnit: 'district' })).toEqual(['orgUnit']);
    expect(changedFields(a, { ...a, value: 11, orgUnit: 'district', label: { vi: 'x', en: 'x' } })).toEqual(['value', 'label', 'orgUnit']);
  });

  it('ignores what the preview does not list (place in the report, qualifier, computed note)', () => {
    const moved = { ...a, locator: { section: 's2', paragraph: 4 }, qualifier: 'about' as const };
    const diff = diffDatasets(makeDataset({ indicators: [a] }), makeDataset({ indicators: [moved] }));
    expect(diff).toEqual({ added: [], changed: [], removed: [], unchanged: 1 });
  });

  it('counts every figure as new when nothing is on screen, and finds nothing in the same file', () => {
    const shipped = shippedJson();
    expect(diffDatasets(undefined, shipped).added).toHaveLength(shipped.indicators.length);
    expect(diffDatasets(shipped, shippedJson())).toEqual({ added: [], changed: [], removed: [], unchanged: shipped.indicators.length });
  });

  it('is pure: it changes neither dataset', () => {
    const before = makeDataset({ indicators: [a, b] });
    const after = makeDataset({ indicators: [{ ...a, value: 2 }] });
    const copies = [structuredClone(before), structuredClone(after)];
    diffDatasets(before, after);
    expect([before, after]).toEqual(copies);
  });
});
