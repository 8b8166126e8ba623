import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, openPage, drawAllCharts, useBrowser } from './harness';
import { EXPORT_KINDS } from '../../src/export/types';

// axe is served from the app's own origin: the page's CSP (`script-src 'self'`) refuses inline scripts.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeResult {
  id: string;
  impact?: string | null;
  help: string;
  nodes: AxeNode[];
}
interface AxeResults {
  violations: AxeResult[];
  passes: AxeResult[];
  incomplete: AxeResult[];
}

async function runAxe(page: Page): Promise<AxeResults> {
  await page.route('**/bao-cao/xdd/__axe.js', (route) => route.fulfill({ contentType: 'text/javascript', body: AXE_SOURCE }));
  await page.addScriptTag({ url: '__axe.js' });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    const slim = (list: AxeResult[]) =>
      list.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      }));
    return { violations: slim(r.violations), passes: slim(r.passes), incomplete: slim(r.incomplete) };
  }, TAGS);
}

const describeViolations = (violations: AxeResult[]) =>
  violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`)
          .join('\n')}`,
    )
    .join('\n');

/** Waits until the view has settled: the dataset shown (or its error) and every lazily loaded chart drawn. */
async function settle(page: Page, expectChart: boolean) {
  await page.locator('[role="alert"], .dashboard').first().waitFor();
  if (expectChart) {
    await drawAllCharts(page);
    await page.locator('.recharts-surface').first().waitFor();
  }
  await page.waitForTimeout(200);
}

const VIEWS: [name: string, query: string, viewport: { width: number; height: number } | undefined, chart: boolean][] = [
  ['default view', '', undefined, true],
  ['English', '?lang=en', undefined, true],
  ['a filtered view', '?subject=member&activity=inspected', undefined, true],
  ['table view', '?table=inspection,congress', undefined, true],
  ['the error state', '?dataset=data/khong-co.json', undefined, false],
  ['a refused ?dataset= (quoted)', '?dataset=javascript:alert(1)', undefined, false],
  ['another file, under its banner', '?dataset=data%2Fha-noi-2020.json%3Fban%3Dner', undefined, true],
  ['390 px wide', '', { width: 390, height: 844 }, true],
  ['390 px wide, filters open, English', '?lang=en', { width: 390, height: 844 }, true],
];

describe.skipIf(!hasChromium())('axe-core (WCAG 2.0/2.1/2.2 A and AA, best practice) on the built app', () => {
  const browser = useBrowser();

  it.each(VIEWS)(
    '%s has no violations',
    async (name, query, viewport, chart) => {
      const { page, context, consoleErrors } = await openPage(browser(), query, viewport ? { viewport } : {});
      await settle(page, chart);
      if (name.includes('filters open')) await page.getByRole('button', { name: 'Show filters' }).click();
      const results = await runAxe(page);
      console.log(
        `axe, ${name}: ${results.passes.length} rules passed, ${results.violations.length} violated, needs review: ${results.incomplete.map((r) => r.id).join(', ') || 'none'}`,
      );
      expect(describeViolations(results.violations)).toBe('');
      expect(consoleErrors.filter((e) => !/404/.test(e))).toEqual([]);
      await context.close();
    },
    120_000,
  );

  it('has one of each landmark, headings in order, and members marked by a hatch as well as colour', async () => {
    const { page, context } = await openPage(browser());
    await settle(page, true);
    const structure = await page.evaluate(() => {
      const count = (selector: string) => document.querySelectorAll(selector).length;
      const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
      const skips = levels.filter((level, i) => i > 0 && level > levels[i - 1]! + 1);
      return {
        landmarks: {
          banner: count('body header'),
          main: count('main'),
          search: count('[role="search"], search'),
          contentinfo: count('body footer'),
        },
        h1: levels.filter((l) => l === 1).length,
        first: levels[0],
        skips,
      };
    });
    expect(structure).toEqual({ landmarks: { banner: 1, main: 1, search: 1, contentinfo: 1 }, h1: 1, first: 1, skips: [] });
    const inspection = page.locator('#panel-inspection');
    // the legend swatch and the drawn bars of "Đảng viên" carry the hatch
    expect(await inspection.locator('.legend li', { hasText: 'Đảng viên' }).locator('.swatch--hatch').count()).toBe(1);
    expect(await inspection.locator('path[fill^="url(#hatch-member"], rect[fill^="url(#hatch-member"]').count()).toBeGreaterThan(0);
    // every chart is an image with a name and a description in words
    const charts = await page.locator('.chart[role="img"]').evaluateAll((els) =>
      els.map((el) => ({
        name: el.getAttribute('aria-label') ?? '',
        description: document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
      })),
    );
    expect(charts.length).toBeGreaterThanOrEqual(4);
    for (const chart of charts) {
      expect(chart.name.length).toBeGreaterThan(5);
      expect(chart.description.length).toBeGreaterThan(10);
    }
    await context.close();
  }, 120_000);

  it('with an export menu open has no violations', async () => {
    const { page, context } = await openPage(browser());
    await settle(page, true);
    await page.locator('#panel-inspection').getByRole('button', { name: 'Tải xuống' }).click();
    const results = await runAxe(page);
    expect(describeViolations(results.violations)).toBe('');
    expect(await page.getByRole('menu').getByRole('menuitem').count()).toBe(EXPORT_KINDS.length);
    await context.close();
  }, 120_000);
});
