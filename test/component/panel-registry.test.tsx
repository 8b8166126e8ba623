import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '../../src/app/Dashboard';
import { barChart } from '../../src/charts';
import type { Indicator } from '../../src/data/schema';
import { I18nProvider } from '../../src/i18n/i18n-context';
import { defaultFilters } from '../../src/model/filters';
import { indicatorTable } from '../../src/model/indicator-table';
import { definePanel, PANELS } from '../../src/panels';
import { PanelFrame } from '../../src/panels/PanelFrame';
import { shippedJson } from '../fixtures/dataset';

// The ZIP's producer is replaced so the test sees which panels it is handed, in which order (jsdom cannot draw PNGs).
const zipped = vi.hoisted(() => ({ titles: [] as string[] }));
vi.mock('../../src/export/export-chart', () => ({
  exportAllAsZip: async (items: { spec: { title: string } }[]) => {
    zipped.titles = items.map((i) => i.spec.title);
    return { kind: 'zip', status: 'downloaded', fileName: 'bieu-do.zip', bytes: 1, fontFallback: false };
  },
}));

afterEach(() => window.history.replaceState(null, '', '/'));

// A throw-away panel defined here only (SYNTHETIC title): the conference figures of the shipped report as bars.
const probePanel = definePanel<Indicator[]>({
  id: 'probe',
  short: 'category.conference',
  place: 'grid',
  categories: ['conference'],
  reads: ['period', 'unit'],
  series: ({ indicators }) => indicators.filter((i) => i.unit === 'contributions'),
  view: (rows, { dataset, lang }) => ({
    title: 'Bảng thử nghiệm (chỉ trong kiểm thử)',
    subtitle: 'Thử',
    description: rows.map((r) => `${r.label[lang]}: ${r.value}`).join('; '),
    empty: rows.length === 0,
    chart: barChart({
      rows: rows.map((r) => ({ key: r.id, label: r.label[lang], value: r.value })),
      index: 'label',
      series: [{ key: 'value', label: 'Số lượng', color: '#000000' }],
      format: String,
      label: 'Bảng thử nghiệm',
    }),
    drawn: null,
    table: indicatorTable(dataset, rows, lang),
    fileSlug: 'bang-thu',
  }),
  Component: ({ dataset, view }) => (view ? <PanelFrame view={view} dataset={dataset} /> : null),
});

const REGISTRY = [...PANELS.slice(0, -1), probePanel, ...PANELS.slice(-1)];
/** the panels whose figures the shipped file carries: the others (e.g. discipline) are left out of the list and the page */
const CARRIED = REGISTRY.filter((p) => p.present(shippedJson()));

function renderDashboard(search = '') {
  window.history.replaceState(null, '', `/bao-cao/xdd/${search}`);
  return render(
    <I18nProvider lang="vi">
      <Dashboard dataset={shippedJson()} panels={REGISTRY} />
    </I18nProvider>,
  );
}

const pageOrder = (container: HTMLElement) => [...container.querySelectorAll('[data-panel]')].map((el) => el.getAttribute('data-panel'));

describe('a panel added to the registry alone', () => {
  it('appears in the filters, on the page, in print order and in the ZIP, in registry order', async () => {
    const user = userEvent.setup();
    const { container } = renderDashboard();
    const bar = screen.getByRole('search', { name: 'Bộ lọc' });
    const boxes = within(bar)
      .getAllByRole('checkbox')
      .filter((b) => b.getAttribute('name') === 'panels');
    expect(boxes.map((b) => b.getAttribute('value'))).toEqual(CARRIED.map((p) => p.id));
    expect(CARRIED.map((p) => p.id)).not.toContain('discipline');
    expect(within(bar).getByRole('checkbox', { name: 'Hội nghị' })).toBeChecked();

    const probe = screen.getByRole('region', { name: 'Bảng thử nghiệm (chỉ trong kiểm thử)' });
    expect(probe.querySelector('.panel__desc')?.textContent).toMatch(/: \d+/);
    // print prints the page in DOM order: the registry's order
    expect(pageOrder(container)).toEqual(CARRIED.map((p) => p.id));

    await user.click(screen.getByRole('button', { name: 'Tải tất cả biểu đồ (ZIP)' }));
    await screen.findByText(/Đã tải xuống bieu-do\.zip/);
    const chartTitles = CARRIED.flatMap((p) => {
      const view = p.derive(shippedJson(), defaultFilters(CARRIED.map((r) => r.id)), 'vi').view;
      return view && !view.empty ? [view.title] : [];
    });
    expect(zipped.titles).toEqual(chartTitles);
    expect(zipped.titles).toContain('Bảng thử nghiệm (chỉ trong kiểm thử)');

    await user.click(within(bar).getByRole('checkbox', { name: 'Hội nghị' }));
    expect(new URLSearchParams(window.location.search).get('panels')).not.toContain('probe');
    expect(screen.queryByRole('region', { name: 'Bảng thử nghiệm (chỉ trong kiểm thử)' })).not.toBeInTheDocument();
  });

  it('is chosen by the URL like any other', () => {
    const { container } = renderDashboard('?panels=probe,source');
    expect(pageOrder(container)).toEqual(['probe', 'source']);
  });
});
