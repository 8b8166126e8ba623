import { act, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setChartBodyLoader } from '../../src/charts/Chart';
import { takeFirstScreen } from '../../src/charts/first-screen';
import { readStills, setStills, stillKey } from '../../src/charts/stills';
import { Chart, ChartDrawingProvider, noteFirstScreenCharts, timelineChart } from '../../src/charts';

const spec = (label: string) =>
  timelineChart({ rows: [{ key: label, label, start: 1930, end: 2020, caption: '90 năm' }], color: '#000', label });

/** Where a box sits on the screen (jsdom lays nothing out). */
const placeAt = (el: Element, top: number, height = 300) =>
  (el.getBoundingClientRect = () => ({
    top,
    bottom: top + height,
    left: 0,
    right: 600,
    width: 600,
    height,
    x: 0,
    y: top,
    toJSON: () => ({}),
  }));

/** An IntersectionObserver that never reports: only a chart known to be in the first screen can be drawn. */
class SilentObserver {
  static observed: Element[] = [];
  observe(el: Element) {
    SilentObserver.observed.push(el);
  }
  disconnect() {}
  unobserve() {}
  takeRecords() {
    return [];
  }
}

/**
 * Two charts as the build renders them (`stills`: the stills it writes in), the first in a 768 px first screen, the
 * second below it; the chart code is a stand-in that says which chart it drew, and the screen never reports a chart.
 */
function prerenderTwoCharts(stills: ReadonlyMap<string, string> = new Map()) {
  vi.stubGlobal('IntersectionObserver', SilentObserver);
  SilentObserver.observed = [];
  setChartBodyLoader(() => Promise.resolve({ ChartBody: ({ spec: s }) => <p>drawn {s.label}</p> }));
  const tree = (
    <ChartDrawingProvider>
      <Chart spec={spec('first')} />
      <Chart spec={spec('second')} />
    </ChartDrawingProvider>
  );
  const container = document.createElement('div');
  setStills(stills);
  container.innerHTML = renderToString(tree);
  setStills(new Map());
  document.body.append(container);
  const [first, second] = [...container.querySelectorAll('.panel__chart')];
  placeAt(first!, 120);
  placeAt(second!, 900);
  return { tree, container, second: second! };
}

afterEach(() => {
  vi.unstubAllGlobals();
  setStills(new Map());
  setChartBodyLoader(() => import('../../src/charts/ChartBody'));
});

describe('the first screen’s charts (pre-rendered page)', () => {
  it('notes the chart boxes that overlap the viewport, each once', () => {
    const root = document.createElement('div');
    root.innerHTML = '<div class="panel__chart"></div>'.repeat(4);
    const [above, inView, below, empty] = [...root.querySelectorAll('.panel__chart')];
    placeAt(above!, -400); // scrolled past
    placeAt(inView!, 700); // its top in the last pixels of a 768 px screen
    placeAt(below!, 768);
    placeAt(empty!, 100, 0);
    expect(noteFirstScreenCharts(root, 768)).toEqual([inView]);
    expect(takeFirstScreen(inView!)).toBe(true);
    expect(takeFirstScreen(inView!)).toBe(false); // a later mount in the same box waits for the screen as usual
    expect(takeFirstScreen(below!)).toBe(false);
  });

  it('draws a first-screen chart as soon as it hydrates, without waiting for the screen to report it; the others wait', async () => {
    const { tree, container, second } = prerenderTwoCharts();
    noteFirstScreenCharts(container, 768);
    await act(async () => {
      hydrateRoot(container, tree);
    });
    expect(await screen.findByText('drawn first')).toBeInTheDocument();
    expect(screen.queryByText('drawn second')).not.toBeInTheDocument();
    expect(second.querySelector('.chart-pending')).not.toBeNull();
    expect(SilentObserver.observed).toEqual([second]);
    container.remove();
  });

  it('keeps a still in its pending box through hydration (same markup, no mismatch) until the live chart replaces it', async () => {
    const still = '<svg class="recharts-surface"><text>still of second</text></svg>';
    const { tree, container, second } = prerenderTwoCharts(new Map([[stillKey(spec('second')), still]]));
    // in the browser: read back, then hydrate
    readStills(container);
    noteFirstScreenCharts(container, 768);
    const recovered = vi.fn();
    await act(async () => {
      hydrateRoot(container, tree, { onRecoverableError: recovered });
    });
    expect(await screen.findByText('drawn first')).toBeInTheDocument();
    expect(second.querySelector('[data-still]')).toHaveTextContent('still of second');
    expect(recovered).not.toHaveBeenCalled();
    container.remove();
  });
});
