import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, openPage, useBrowser } from './harness';

/** What has keyboard focus: enough to say where we are, and whether its focus is drawn. */
interface Focused {
  tag: string;
  role: string | null;
  name: string;
  inSearch: boolean;
  panel: string | null;
  expanded: string | null;
  /** matches :focus-visible and draws an outline (or is a menu item with a focus background) */
  ringVisible: boolean;
  inViewport: boolean;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return { tag: 'body', role: null, name: '', inSearch: false, panel: null, expanded: null, ringVisible: false, inViewport: false };
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const label =
      el.getAttribute('aria-label') ??
      (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
      el.closest('label')?.textContent ??
      el.textContent ??
      '';
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      name: label.trim(),
      inSearch: Boolean(el.closest('[role="search"], search')),
      panel: el.closest<HTMLElement>('[data-panel]')?.dataset['panel'] ?? null,
      expanded: el.getAttribute('aria-expanded'),
      ringVisible: el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      inViewport: rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth,
    };
  });

/** Presses Tab (or Shift+Tab) until `done` says so; every stop on the way must show its focus. */
async function tabUntil(page: Page, done: (f: Focused) => boolean, { back = false, max = 120 } = {}): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    expect(f.ringVisible, `focus ring on ${f.tag} "${f.name}"`).toBe(true);
    expect(f.inViewport, `${f.tag} "${f.name}" scrolled into view`).toBe(true);
    if (done(f)) return f;
  }
  throw new Error('never reached the control');
}

const statusText = (page: Page) => page.locator('[role="search"] [role="status"]').textContent();

describe.skipIf(!hasChromium())('keyboard only: filters to an export', () => {
  const browser = useBrowser();

  it('skips to the content, changes filters, opens a panel export menu and downloads its CSV', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.locator('.recharts-surface').first().waitFor();

    // The first stop is the skip link, shown when focused; Enter moves focus into <main>.
    await page.keyboard.press('Tab');
    let f = await focused(page);
    expect(f.name).toBe('Bỏ qua, đến nội dung chính');
    expect(f.inViewport).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Into the filters (the search landmark): the first panel checkbox.
    f = await tabUntil(page, (x) => x.inSearch);
    expect(f.name).toBe('Tổng quan');

    // Subject: arrow keys move between the radios and choose.
    const before = await statusText(page);
    expect(before).toBe('Đang hiển thị 44/44 chỉ tiêu (bộ lọc ẩn 0)');
    f = await tabUntil(page, (x) => x.name === 'Cả hai');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    f = await focused(page);
    expect(f.name).toBe('Đảng viên');
    await expect.poll(() => new URL(page.url()).searchParams.get('subject')).toBe('member');
    // The result count is a polite live region in the search landmark, and it changed.
    expect(await page.locator('[role="search"] [role="status"]').getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => statusText(page)).not.toBe(before);
    expect(await statusText(page)).toMatch(/^Đang hiển thị \d+\/44 chỉ tiêu \(bộ lọc ẩn [1-9]\d*\)$/);

    // Activity: Space unticks "Giám sát".
    f = await tabUntil(page, (x) => x.name === 'Giám sát');
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('activity')).toBe('inspected,violation-checked');
    expect(await page.getByRole('checkbox', { name: 'Giám sát', exact: true }).isChecked()).toBe(false);

    // On to the inspection panel's export menu button.
    f = await tabUntil(page, (x) => x.panel === 'inspection' && x.name === 'Tải xuống');
    expect(f.expanded).toBe('false');
    // Shift+Tab goes back to the chart/table toggle, Tab returns.
    f = await tabUntil(page, () => true, { back: true });
    expect(f.name).toBe('Bảng');
    f = await tabUntil(page, () => true);
    expect(f.name).toBe('Tải xuống');

    // Enter opens the menu on its first item; Escape closes it and focus returns to the button.
    await page.keyboard.press('Enter');
    f = await focused(page);
    expect(f.role).toBe('menuitem');
    expect(f.name).toMatch(/PNG/);
    expect(await page.locator('#panel-inspection button[aria-haspopup="menu"]').getAttribute('aria-expanded')).toBe('true');
    const names = await page.locator('#panel-inspection').getByRole('menuitem').allTextContents();
    expect(names.join(' | ')).toMatch(/PNG.*SVG.*CSV/);
    await page.keyboard.press('Escape');
    f = await focused(page);
    expect(f.name).toBe('Tải xuống');
    expect(f.expanded).toBe('false');

    // Arrow Down opens it too; End / Arrow Up walk the items to CSV, Enter downloads.
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).role).toBe('menuitem');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    f = await focused(page);
    expect(f.name).toMatch(/CSV/);
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    // After the export the menu is closed and focus is back on its button.
    await expect.poll(async () => (await focused(page)).name).toBe('Tải xuống');
    expect((await focused(page)).expanded).toBe('false');
    await expect.poll(() => page.locator('#panel-inspection .export-menu__status').textContent()).toContain('.csv');

    // Tab from an open menu leaves it and closes it.
    await page.keyboard.press('Space');
    expect((await focused(page)).role).toBe('menuitem');
    await page.keyboard.press('Tab');
    expect(await page.locator('#panel-inspection button[aria-haspopup="menu"]').getAttribute('aria-expanded')).toBe('false');

    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it('at 390 px the filters open and close with the keyboard, and the language switch follows Enter', async () => {
    const { page, context } = await openPage(browser(), '?table=inspection', { viewport: { width: 390, height: 844 } });
    await page.locator('.dashboard').waitFor();
    let f = await tabUntil(page, (x) => x.name === 'Hiện bộ lọc');
    expect(f.expanded).toBe('false');
    await page.keyboard.press('Enter');
    expect((await focused(page)).expanded).toBe('true');
    f = await tabUntil(page, () => true);
    expect(f.inSearch).toBe(true);
    expect(f.name).toBe('Tổng quan');
    // Back up to the language switch in the header and follow it: the rest of the URL stays.
    f = await tabUntil(page, (x) => x.name === 'English', { back: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    const params = new URL(page.url()).searchParams;
    expect(params.get('lang')).toBe('en');
    expect(params.get('table')).toBe('inspection');
    await context.close();
  }, 120_000);
});
