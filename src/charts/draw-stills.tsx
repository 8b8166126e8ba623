/**
 * Build time only (scripts/prerender.ts, in jsdom): draws the first charts' stills with the page's own chart code, at
 * the width the server render assumes. Text is measured by the shared estimate there, as in the server render.
 */
import { drawOffScreen } from './capture';
import { ChartBody } from './ChartBody';
import { FIGURES_DEFAULT_WIDTH } from './figures-layout';
import type { ChartSpec } from './spec';
import { prefixIds, stillKey } from './stills';

/** The drawn box as markup, without what only the live chart uses: its (empty) tooltip box, and focus. */
function stillMarkup(host: HTMLElement): string {
  const still = host.cloneNode(true) as HTMLElement;
  still.querySelectorAll('.recharts-tooltip-wrapper').forEach((el) => el.remove());
  still.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
  return still.innerHTML;
}

export async function drawStills(specs: readonly ChartSpec[]): Promise<Map<string, string>> {
  const drawn = new Map<string, string>();
  for (const [i, spec] of specs.entries()) {
    const markup = await drawOffScreen(<ChartBody spec={spec} width={FIGURES_DEFAULT_WIDTH} />, FIGURES_DEFAULT_WIDTH, stillMarkup);
    drawn.set(stillKey(spec), prefixIds(markup, `still${i}-`));
  }
  // React's scheduler may still run a last task after unmounting: let it finish while the DOM is there
  await new Promise((done) => setTimeout(done, 50));
  return drawn;
}
