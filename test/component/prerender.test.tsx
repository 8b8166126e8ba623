import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetScript, renderDefaultView } from '../../src/entry-server';
import { PRERENDERED_DATASET_ID, readPrerenderedDataset } from '../../src/data/get-dataset';
import { shippedDataset, shippedJson } from '../fixtures/dataset';
import { jsonResponse, renderApp } from './render-app';

afterEach(() => vi.unstubAllGlobals());

/** The figures' text in a rendered tree: overview strip, figure table, and every heading. */
function figuresIn(root: ParentNode) {
  return {
    overview: root.querySelector('#panel-overview')?.textContent ?? null,
    table: root.querySelector('#figure-table')?.textContent ?? null,
    headings: [...root.querySelectorAll('h1, h2, h3')].map((h) => h.textContent),
  };
}

describe('the build-time render of the default view (src/entry-server.tsx)', () => {
  it('holds the same figures as the app renders at run time from the fetched file', async () => {
    const prerendered = document.createElement('div');
    prerendered.innerHTML = renderDefaultView(shippedDataset());
    const atBuild = figuresIn(prerendered);
    expect(atBuild.overview).toContain('1.282');
    expect(atBuild.table).toContain('17.118');

    renderApp('', () => jsonResponse(shippedJson()));
    await screen.findByRole('table', { name: 'Toàn bộ số liệu trong báo cáo, theo nhóm' });
    expect(figuresIn(document.body)).toEqual(atBuild);
  });

  it('embeds the dataset as a JSON data block that reads back to the same dataset, markup escaped', () => {
    const dataset = shippedDataset();
    const tricky = structuredClone(dataset);
    tricky.meta.title.vi = '</script><script>alert(1)</script>';
    const html = datasetScript(tricky);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
    expect(doc.getElementById(PRERENDERED_DATASET_ID)?.getAttribute('type')).toBe('application/json');
    expect(readPrerenderedDataset(doc)).toEqual(tricky);
    const plain = new DOMParser().parseFromString(`<!doctype html><body>${datasetScript(dataset)}`, 'text/html');
    expect(readPrerenderedDataset(plain)).toEqual(dataset);
  });

  it('ignores an embedded block that is missing or not a valid dataset', () => {
    const bad = new DOMParser().parseFromString(
      `<script type="application/json" id="${PRERENDERED_DATASET_ID}">{"meta":1}</script>`,
      'text/html',
    );
    expect(readPrerenderedDataset(bad)).toBeNull();
    expect(readPrerenderedDataset(new DOMParser().parseFromString('<p></p>', 'text/html'))).toBeNull();
  });
});
