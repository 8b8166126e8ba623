/**
 * Build time only (scripts/prerender.ts, in jsdom): draws the first charts' stills with the page's own chart code, at
 * the width the server render assumes. Text is measured by the shared estimate there, as in the server render.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { settledSvg } from './capture';
import { ChartBody } from './ChartBody';
import { FIGURES_DEFAULT_WIDTH } from './figures-layout';
import type { ChartSpec } from './spec';
import { prefixIds, stillKey } from './stills';

export async function drawStills(specs: readonly ChartSpec[]): Promise<Map<string, string>> {
  const drawn = new Map<string, string>();
  for (const [i, spec] of specs.entries()) {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    try {
      flushSync(() => root.render(<ChartBody spec={spec} width={FIGURES_DEFAULT_WIDTH} />));
      await settledSvg(host);
      // a copy without what only the live chart uses: its (empty) tooltip box, and focus
      const still = host.cloneNode(true) as HTMLElement;
      still.querySelectorAll('.recharts-tooltip-wrapper').forEach((el) => el.remove());
      still.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
      drawn.set(stillKey(spec), prefixIds(still.innerHTML, `still${i}-`));
    } finally {
      root.unmount();
      host.remove();
    }
  }
  // React's scheduler may still run a last task after unmounting: let it finish while the DOM is there
  await new Promise((done) => setTimeout(done, 50));
  return drawn;
}
