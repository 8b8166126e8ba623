/**
 * Dev aid: serves dist/ under /bao-cao/xdd/ and saves screenshots at 1366x768 and 390x844 into screenshots/.
 * Usage: npx vite build && npx tsx scripts/screenshots.ts [query ...]   e.g. "" "?lang=en" "?subject=member"
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumPath, launchChromium } from './chromium';
import { startStaticServer } from './static-server';

const executablePath = chromiumPath();
if (!executablePath) throw new Error('needs Chromium: apt-get install -y chromium (or set CHROMIUM_PATH)');
const root = resolve(import.meta.dirname, '..');
const queries = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [''];
const out = resolve(root, 'screenshots');
mkdirSync(out, { recursive: true });
const server = await startStaticServer({ distDir: resolve(root, 'dist') });
const browser = await launchChromium(executablePath);
try {
  for (const query of queries) {
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 390, height: 844 },
    ]) {
      const page = await browser.newPage({ viewport });
      page.on('console', (m) => m.type() === 'error' && console.error('console error:', m.text()));
      await page.goto(`${server.appUrl}${query}`);
      // a live chart (the pre-rendered stills are hidden on a phone)
      await page.waitForSelector('.recharts-surface:not([data-still] *)', { timeout: 15000 }).catch(() => console.error('no chart drawn'));
      await page.waitForTimeout(300);
      const name = `${query.replace(/[^a-z0-9]+/gi, '_') || 'default'}-${viewport.width}`;
      await page.screenshot({ path: resolve(out, `${name}.png`) });
      await page.screenshot({ path: resolve(out, `${name}-full.png`), fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      console.log(`${name}: horizontal overflow ${overflow}px`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
