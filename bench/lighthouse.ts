/**
 * EXTENSION POINT: Lighthouse on the built app (issue 7). Not written yet: returns `pending(...)`.
 * To fill in: `npm i -E lighthouse@12.2.3` (13 needs Node 22), serve `distDir`, run the mobile and desktop presets
 * against /usr/bin/chromium (CHROMIUM_ARGS from test/browser/harness.ts) and return the scores and metrics below.
 */
import { pending, type Pending } from './pending';

export interface LighthouseRun {
  preset: 'mobile' | 'desktop';
  /** 0-100 */
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

export async function runLighthouse(_context: { distDir: string }): Promise<LighthouseRun[] | Pending> {
  return pending('Lighthouse 12.2.3 mobile + desktop: bench/lighthouse.ts runLighthouse');
}
