import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/data/schema';
import { dashboardView, definePanel, PANELS, prepareDashboardView, type Panel } from '../../src/panels';
import { shippedDataset } from '../fixtures/dataset';

const SHIPPED = { kind: 'shipped' } as const;

/** A test-only panel whose series takes `ms` of the main thread (a panel of a very big file). */
const slowPanel = (id: string, ms: number): Panel =>
  definePanel<Indicator[]>({
    id,
    short: 'category.conference',
    place: 'grid',
    categories: [],
    reads: [],
    series: ({ indicators }) => {
      for (const start = performance.now(); performance.now() - start < ms;);
      return [...indicators];
    },
    view: () => null,
    Component: () => null,
  });

describe('the dashboard view, prepared ahead of its render', () => {
  it('the render finds the prepared view: the same panels, figures and summary, not computed again', async () => {
    const dataset = shippedDataset();
    const params = new URLSearchParams('subject=member');
    const prepared = await prepareDashboardView(dataset, params, 'vi', SHIPPED, PANELS);
    const rendered = dashboardView(dataset, params, 'vi', SHIPPED, PANELS);
    expect(rendered.shown.length).toBeGreaterThan(3);
    expect(rendered.shown.map((s) => s.derived)).toEqual(prepared.shown.map((s) => s.derived));
    rendered.shown.forEach((s, i) => expect(s.derived).toBe(prepared.shown[i]?.derived));
    expect(rendered.filtered).toBe(prepared.filtered);
    expect(rendered.summary).toBe(prepared.summary);
    expect(rendered.filters.subject).toBe('member');
  });

  it('other filters give another view (the memo is on what the filters select)', async () => {
    const dataset = shippedDataset();
    const all = await prepareDashboardView(dataset, new URLSearchParams(), 'vi', SHIPPED, PANELS);
    const members = dashboardView(dataset, new URLSearchParams('subject=member'), 'vi', SHIPPED, PANELS);
    expect(members.filtered.length).toBeLessThan(all.filtered.length);
    expect(members.summary).not.toBe(all.summary);
  });

  it('gives the main thread back between slow panels, so no single task grows with the file', async () => {
    const dataset = shippedDataset();
    const panels = [slowPanel('slow-a', 20), slowPanel('slow-b', 20), slowPanel('slow-c', 20)];
    const order: string[] = [];
    setTimeout(() => order.push('other task'), 0);
    const view = await prepareDashboardView(dataset, new URLSearchParams(), 'vi', SHIPPED, panels);
    order.push('prepared');
    expect(order).toEqual(['other task', 'prepared']);
    expect(view.shown.map((s) => s.panel.id)).toEqual(['slow-a', 'slow-b', 'slow-c']);
  });

  it('stops when a newer dataset cancels it', async () => {
    const dataset = shippedDataset();
    const cancel = new AbortController();
    const panels = [slowPanel('slow-d', 20), slowPanel('slow-e', 20)];
    const prepared = prepareDashboardView(dataset, new URLSearchParams(), 'vi', SHIPPED, panels, cancel.signal);
    cancel.abort();
    await expect(prepared).rejects.toThrow(/abort/i);
  });
});
