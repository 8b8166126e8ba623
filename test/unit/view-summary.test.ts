import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/model/format';
import { viewSummary } from '../../src/panels/view-summary';
import { DEFAULT_FILTERS, viewsOf } from '../fixtures/filters';
import { makeDataset, makeIndicator, shippedDataset } from '../fixtures/dataset';

const shipped = shippedDataset;

const TODAY = new Date('2026-11-26T08:00:00Z');

describe('viewSummary: the whole view as files see it', () => {
  it('names the dataset, lists the key figures as the strip writes them, and the sources of the panels once each', () => {
    const dataset = shipped();
    const summary = viewSummary(dataset, DEFAULT_FILTERS, 'vi', viewsOf(dataset), TODAY);
    expect(summary.title).toBe(dataset.meta.title.vi);
    expect(summary.exportedOn).toBe('Xuất ngày 26/11/2026');
    expect(summary.keyFiguresTitle).toMatch(/^Số liệu chính · /);
    expect(summary.keyFigures.length).toBeGreaterThan(3);
    // every key figure's value is a figure of the file, written as the page writes it
    const written = new Set(dataset.indicators.map((i) => formatValue('vi', i)));
    for (const figure of summary.keyFigures)
      expect(
        [...written].some((w) => figure.value.includes(w)),
        figure.value,
      ).toBe(true);
    expect(summary.views.map((v) => v.id)).toEqual(
      viewsOf(dataset)
        .filter((v) => !v.empty)
        .map((v) => v.id),
    );
    expect(new Set(summary.sources).size).toBe(summary.sources.length);
    expect(summary.sources.length).toBeGreaterThan(0);
    expect(summary.fileParts).toEqual([dataset.meta.id]);
  });

  it('follows the filters: only members among the key figures, and the filters in the file name parts', () => {
    const dataset = shipped();
    const filters = { ...DEFAULT_FILTERS, subject: 'member' as const, activities: ['supervised' as const] };
    const summary = viewSummary(dataset, filters, 'vi', viewsOf(dataset, filters), TODAY);
    const all = viewSummary(dataset, DEFAULT_FILTERS, 'vi', viewsOf(dataset), TODAY);
    expect(summary.keyFigures.length).toBeLessThan(all.keyFigures.length);
    expect(summary.filters).toContain('Đảng viên');
    expect(summary.fileParts).toEqual([dataset.meta.id, 'Đảng viên', 'supervised']);
  });

  it('has no key figures for a file without inspection or congress figures (synthetic)', () => {
    const dataset = makeDataset({ indicators: [makeIndicator({ id: 'x', category: 'other', measure: 'other', unit: 'organisations' })] });
    const summary = viewSummary(dataset, DEFAULT_FILTERS, 'en', viewsOf(dataset), TODAY);
    expect(summary.keyFigures).toEqual([]);
    expect(summary.keyFiguresTitle).toBe('Key figures');
    expect(summary.exportedOn).toMatch(/2026/);
  });
});
