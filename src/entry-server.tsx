/**
 * Build-time render of the default view (scripts/prerender.ts): the real <App/> tree, with the query cache seeded
 * with the shipped dataset under the key the app uses, so the HTML holds the figures before any script runs.
 */
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { SHIPPED_DATASET } from './data/dataset-source';
import { seedDataset, PRERENDERED_DATASET_ID } from './data/get-dataset';
import type { Dataset } from './data/schema';
import { validateDataset } from './data/validate';
import { loadLanguage, translate } from './i18n/translate';
import { AppRoot } from './root';
import { collectStillSpecs, loadStillDrawing, setStills, type ChartSpec } from './charts';

export { PRERENDERED_DATASET_ID, SHIPPED_DATASET, setStills, validateDataset };

/** Any absolute URL works: the shipped dataset is shown the same wherever the app is served from. */
export const PRERENDER_BASE_URI = 'http://prerender.invalid/';

export function renderDefaultView(dataset: Dataset, baseUri = PRERENDER_BASE_URI): string {
  const client = new QueryClient();
  seedDataset(client, new URL(SHIPPED_DATASET, baseUri).href, dataset);
  const html = renderToString(<AppRoot client={client} baseUri={baseUri} />);
  client.clear();
  return html;
}

/** The default view's first charts (stills.ts), in page order. */
export function stillSpecs(dataset: Dataset, baseUri = PRERENDER_BASE_URI): ChartSpec[] {
  return collectStillSpecs(() => renderDefaultView(dataset, baseUri));
}

/** Draws the stills: call with a DOM in place (scripts/prerender.ts sets up jsdom); the chart code loads only then. */
export async function drawStills(specs: readonly ChartSpec[]): Promise<Map<string, string>> {
  const { drawStills: draw } = await loadStillDrawing();
  return draw(specs);
}

/** The dataset as a JSON data block: `<` is escaped so no string in the data can close the script element. */
export function datasetScript(dataset: Dataset): string {
  const json = JSON.stringify(dataset)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${PRERENDERED_DATASET_ID}">${json}</script>`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * What the page shows with JavaScript off: the pre-rendered view is hidden then (the HTML cannot tell the shipped
 * file from `?dataset=` or a replaced file without a script), so say why, in both languages (the URL's `?lang=` is
 * out of reach too). Styled by src/styles/app.css, which loads without a script.
 */
export async function noscriptHtml(): Promise<string> {
  await loadLanguage('en');
  return (
    '<noscript><div class="page"><header class="page-header"><div class="page-header__text">' +
    `<h1>${escapeHtml(translate('vi', 'app.title'))}</h1></div></header>` +
    '<main class="page-main"><div class="note noscript">' +
    `<p>${escapeHtml(translate('vi', 'noscript.message'))}</p>` +
    `<p lang="en">${escapeHtml(translate('en', 'noscript.message'))}</p>` +
    '</div></main></div></noscript>'
  );
}
