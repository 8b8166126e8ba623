import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, openPage, drawAllCharts, useBrowser } from './harness';

// Letters that only Vietnamese uses (with đ): any of them at ?lang=en is untranslated UI text.
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýÁÀÃ]/i;

/**
 * Everything a reader can see or hear: rendered text (provenance notes opened, SVG axis and value labels
 * included), accessible names and descriptions in attributes, and the document title. Text marked
 * lang="vi" (the "Tiếng Việt" switch) is Vietnamese on purpose and is left out.
 */
function uiText(page: Page): Promise<{ text: string; title: string }> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    const parts: string[] = [];
    // an element inside the page marked lang="vi" (not the page's own <html lang>)
    const inVietnamese = (el: Element) => {
      const marked = el.closest('body [lang]');
      return marked !== null && (marked.getAttribute('lang') ?? '').startsWith('vi');
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || inVietnamese(el) || el.closest('script, style, title')) continue;
      // visually hidden text (clip) still counts: screen readers read it
      if (!el.checkVisibility({ visibilityProperty: true }) && !el.closest('.visually-hidden, .panel__desc, [role="status"]')) continue;
      parts.push(node.textContent.trim());
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (inVietnamese(el)) continue;
      for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = el.getAttribute(attr);
        if (value) parts.push(value);
      }
    }
    return { text: parts.join('\n'), title: document.title };
  });
}

const offending = (text: string) => text.split('\n').filter((line) => VIETNAMESE.test(line));

describe.skipIf(!hasChromium())('English (?lang=en)', () => {
  const browser = useBrowser();

  it('shows no Vietnamese UI text, formats numbers the English way, and sets <html lang> and the title', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), '?lang=en');
    await page.locator('.recharts-surface').first().waitFor();
    await drawAllCharts(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const { text, title } = await uiText(page);
    expect(title).toBe('Party-building indicators');
    expect(offending(text)).toEqual([]);
    expect(text).toContain('1,282');
    expect(text).toContain('17,118');
    expect(text).not.toContain('1.282');
    expect(text).toContain('28 Nov 2020');
    expect(await page.locator('meta[name="description"]').getAttribute('content')).not.toMatch(VIETNAMESE);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('(control) the same collector finds the Vietnamese text of the default view, SVG labels included', async () => {
    const { page, context } = await openPage(browser());
    await page.locator('.recharts-surface').first().waitFor();
    await drawAllCharts(page);
    const lines = offending((await uiText(page)).text);
    expect(lines).toContain('Kiểm tra, giám sát');
    expect(lines).toContain('Đảng bộ Thành phố'); // a category-axis tick in the congress chart
    expect(lines).not.toContain('English');
    await context.close();
  });

  it.each([
    ['tables and a filter', '?lang=en&table=inspection,congress,programme,anniversary&subject=member'],
    ['the error state', '?lang=en&dataset=data/khong-co.json'],
    ['a phone', '?lang=en'],
  ])('shows no Vietnamese UI text with %s', async (name, query) => {
    const { page, context } = await openPage(browser(), query, name === 'a phone' ? { viewport: { width: 390, height: 844 } } : {});
    await page.locator('[role="alert"], .dashboard').first().waitFor();
    if (!query.includes('dataset=')) await drawAllCharts(page);
    if (name === 'a phone') await page.getByRole('button', { name: 'Show filters' }).click();
    const { text } = await uiText(page);
    expect(offending(text)).toEqual([]);
    await context.close();
  });

  it('the export menu and its messages are in English', async () => {
    const { page, context } = await openPage(browser(), '?lang=en');
    await page.locator('.recharts-surface').first().waitFor();
    await page.locator('#panel-inspection').getByRole('button', { name: 'Download' }).click();
    const items = await page.locator('#panel-inspection').getByRole('menuitem').allTextContents();
    expect(items.join(' | ')).toMatch(/PNG.*SVG.*CSV/);
    expect(offending(items.join('\n'))).toEqual([]);
    const download = page.waitForEvent('download', { timeout: 45_000 });
    await page.locator('#panel-inspection').getByRole('menuitem', { name: /CSV/ }).click();
    // The status says what happened (a failure would be an alert in the panel).
    await expect
      .poll(
        () =>
          page
            .locator('#panel-inspection .export-menu')
            .evaluate((el) => el.querySelector('[role="status"]')!.textContent + (el.querySelector('[role="alert"]')?.textContent ?? '')),
        { timeout: 45_000 },
      )
      .toMatch(/^Downloaded \S+\.csv$/);
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    await context.close();
  }, 120_000);

  it('the language switch keeps the rest of the URL, both ways, and the title and <html lang> follow', async () => {
    const query = '?subject=member&activity=inspected&table=inspection';
    const { page, context } = await openPage(browser(), query);
    await page.locator('.dashboard').waitFor();
    expect(await page.title()).toBe('Chỉ số công tác xây dựng Đảng');
    const link = page.getByRole('link', { name: 'English' });
    expect(await link.getAttribute('hreflang')).toBe('en');
    await link.click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Party-building indicators');
    const en = new URL(page.url()).searchParams;
    expect(Object.fromEntries(en)).toEqual({ subject: 'member', activity: 'inspected', table: 'inspection', lang: 'en' });
    expect(await page.locator('#panel-inspection h2').textContent()).toBe('Inspection and supervision');
    // The filters and the table view survive the switch.
    expect(await page.getByRole('radio', { name: 'Party members' }).isChecked()).toBe(true);
    expect(await page.locator('#panel-inspection table').count()).toBe(1);

    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.title()).toBe('Chỉ số công tác xây dựng Đảng');
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ subject: 'member', activity: 'inspected', table: 'inspection' });
    // Back returns to the English view.
    await page.goBack();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });
});
