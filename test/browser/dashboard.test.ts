import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, hasChromium, openPage, useBrowser } from './harness';

const CHART_PANELS = ['inspection', 'congress', 'programme', 'anniversary'] as const;
const EMPTY = 'Không có số liệu phù hợp với bộ lọc đang chọn.';

const panel = (page: Page, id: string) => page.locator(`#panel-${id}`);
const chart = (page: Page, id: string) => panel(page, id).locator('svg.recharts-surface').first();
/** the text drawn inside a panel's chart (value labels, ticks, category names) */
/** Charts are drawn when they come into view: scroll to the panel as a reader would, then wait for its chart. */
async function drawn(page: Page, id: string) {
  await panel(page, id).scrollIntoViewIfNeeded();
  await chart(page, id).waitFor();
}
const chartText = async (page: Page, id: string) => {
  await drawn(page, id);
  return (await chart(page, id).textContent()) ?? '';
};
/**
 * Where each text of a panel's chart is drawn, and the chart's own box: a label is cut when it is clipped at the
 * chart's edge, ends in "…", or is drawn over another text.
 */
const textBoxes = async (page: Page, id: string) => {
  await drawn(page, id);
  await page.evaluate(() => document.fonts.ready);
  return chart(page, id).evaluate((svg) => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    return {
      svg: box(svg),
      texts: [...svg.querySelectorAll('text')]
        .map((t) => {
          // a wrapped label: its lines, as one reads them
          const lines = [...t.querySelectorAll('tspan')].map((l) => l.textContent ?? '');
          return { text: lines.length > 0 ? lines.join(' ') : (t.textContent ?? ''), ...box(t) };
        })
        .filter((t) => t.text.trim()),
    };
  });
};
const overlap = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** each text element of the chart on its own (value labels, ticks, category names) */
const chartLabels = async (page: Page, id: string) => {
  await drawn(page, id);
  return chart(page, id)
    .locator('text')
    .evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
};
const query = (page: Page) => new URL(page.url()).searchParams;
const filters = (page: Page) => page.getByRole('search', { name: 'Bộ lọc' });

async function ready(page: Page) {
  for (const id of CHART_PANELS) await drawn(page, id);
  await page.evaluate(() => window.scrollTo(0, 0));
}

describe.skipIf(!hasChromium())('the dashboard in Chromium (built app)', () => {
  const browser = useBrowser();

  it("draws every panel's chart with the report's figures in vi-VN format", async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser());
    await ready(page);
    for (const id of CHART_PANELS) {
      expect(await chart(page, id).isVisible(), id).toBe(true);
      const box = await chart(page, id).boundingBox();
      expect(box!.width, id).toBeGreaterThan(200);
      expect(box!.height, id).toBeGreaterThan(80);
      expect(await panel(page, id).getByRole('heading', { level: 2 }).textContent(), id).toBeTruthy();
    }
    const inspection = await chartLabels(page, 'inspection');
    for (const n of ['1.282', '360', '766', '184', '81', '343']) expect(inspection).toContain(n);
    expect(inspection).not.toContain('1282');
    const congress = await chartLabels(page, 'congress');
    for (const n of ['17.118 chi bộ', '2.310 tổ chức', '50 tổ chức', '226/226 (100%)', '83/83 (100%)', 'Sớm 10 ngày'])
      expect(congress).toContain(n);
    // no log axis: no tick reads 10, 100, 1.000, 10.000
    expect(congress.filter((t) => /^1(0|\.0)*0$/.test(t))).toEqual([]);
    expect(await chartText(page, 'anniversary')).toMatch(/1930|1.930/);
    expect((await chartText(page, 'programme')).length).toBeGreaterThan(20);
    const overview = (await panel(page, 'overview').textContent()) ?? '';
    for (const n of ['1.282', '360', '766', '184', '81', '343', '17.118', '2.310', '50', '226/226', '83/83', '10 ngày'])
      expect(overview).toContain(n);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('changing each filter changes the charts and the URL', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await ready(page);
    const bar = filters(page);

    // subject
    await bar.getByRole('radio', { name: 'Đảng viên' }).check();
    await expect.poll(() => query(page).get('subject')).toBe('member');
    await expect.poll(() => chartText(page, 'inspection')).not.toContain('1.282');
    expect(await chartText(page, 'inspection')).toContain('360');
    await bar.getByRole('radio', { name: 'Cả hai' }).check();
    await expect.poll(() => query(page).get('subject')).toBeNull();

    // activity
    await bar.getByRole('checkbox', { name: 'Giám sát', exact: true }).uncheck();
    await expect.poll(() => query(page).get('activity')).toBe('inspected,violation-checked');
    await expect.poll(() => chartText(page, 'inspection')).not.toContain('766');
    expect(await chartText(page, 'inspection')).toContain('1.282');

    // level
    await bar.getByRole('checkbox', { name: 'Chi bộ trực thuộc đảng bộ cơ sở' }).uncheck();
    await expect.poll(() => query(page).get('level')).toBe('grassroots,upper-grassroots,city');
    await expect.poll(() => chartText(page, 'congress')).not.toContain('17.118');
    expect(await chartText(page, 'congress')).toContain('2.310');
    // the completions are grassroots figures: they stay with the grassroots level
    expect(await chartText(page, 'congress')).toContain('226/226');

    // panels
    await bar.getByRole('checkbox', { name: 'Kỷ niệm' }).uncheck();
    await expect.poll(() => query(page).get('panels')).toBe('overview,inspection,congress,programme,source');
    await expect.poll(() => panel(page, 'anniversary').count()).toBe(0);
    expect(await page.locator('svg.recharts-surface').count()).toBe(CHART_PANELS.length - 1);

    // period
    const before = await chartText(page, 'programme');
    await bar.getByRole('combobox', { name: 'Thời kỳ' }).selectOption('2021');
    await expect.poll(() => query(page).get('period')).toBe('2021');
    await expect.poll(() => panel(page, 'inspection').getByText(EMPTY).isVisible()).toBe(true);
    await expect.poll(() => chartText(page, 'programme')).not.toBe(before);
    expect(await chartText(page, 'programme')).toContain('2021');

    // every filter at once is in the URL, readable
    expect(Object.fromEntries(query(page))).toEqual({
      activity: 'inspected,violation-checked',
      level: 'grassroots,upper-grassroots,city',
      panels: 'overview,inspection,congress,programme,source',
      period: '2021',
    });

    await bar.getByRole('button', { name: 'Đặt lại bộ lọc' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await ready(page);
    expect(await chartText(page, 'inspection')).toContain('1.282');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('reload and the back button restore the view', async () => {
    const { page, context } = await openPage(browser(), '?lang=vi');
    await ready(page);
    const bar = filters(page);
    await bar.getByRole('radio', { name: 'Tổ chức đảng' }).check();
    await expect.poll(() => query(page).get('subject')).toBe('organisation');
    await bar.getByRole('checkbox', { name: 'Đảng bộ cấp trên cơ sở' }).uncheck();
    await expect.poll(() => query(page).get('level')).toBe('party-cell,grassroots,city');

    await page.reload();
    await ready(page);
    expect(query(page).get('lang')).toBe('vi');
    expect(await filters(page).getByRole('radio', { name: 'Tổ chức đảng' }).isChecked()).toBe(true);
    expect(await filters(page).getByRole('checkbox', { name: 'Đảng bộ cấp trên cơ sở' }).isChecked()).toBe(false);
    expect(await chartText(page, 'inspection')).not.toContain('360');
    expect(await chartLabels(page, 'congress')).not.toContain('50 tổ chức');
    expect(await chartLabels(page, 'congress')).toContain('2.310 tổ chức');

    await page.goBack();
    await expect.poll(() => query(page).get('level')).toBeNull();
    await expect.poll(() => chartLabels(page, 'congress')).toContain('50 tổ chức');
    expect(await filters(page).getByRole('checkbox', { name: 'Đảng bộ cấp trên cơ sở' }).isChecked()).toBe(true);
    expect(await chartText(page, 'inspection')).not.toContain('360');

    await page.goBack();
    await expect.poll(() => query(page).get('subject')).toBeNull();
    await expect.poll(() => chartText(page, 'inspection')).toContain('360');
    expect(await filters(page).getByRole('radio', { name: 'Cả hai' }).isChecked()).toBe(true);

    await page.goForward();
    await expect.poll(() => chartText(page, 'inspection')).not.toContain('360');
    await context.close();
  });

  it('a URL with junk filter values opens the default view with no error', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), '?subject=xyz&activity=,,&level=foo&panels=bar&period=1999');
    await ready(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await filters(page).getByRole('radio', { name: 'Cả hai' }).isChecked()).toBe(true);
    for (const box of await filters(page).getByRole('checkbox').all()) expect(await box.isChecked()).toBe(true);
    expect(await filters(page).getByRole('combobox', { name: 'Thời kỳ' }).inputValue()).toBe('');
    for (const n of ['1.282', '360', '766', '184', '81', '343']) expect(await chartText(page, 'inspection')).toContain(n);
    expect(await chartText(page, 'congress')).toContain('17.118');
    expect(await page.locator('svg.recharts-surface').count()).toBe(CHART_PANELS.length);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it.each([
    ['1366x768', { width: 1366, height: 768 }],
    ['390x844', { width: 390, height: 844 }],
  ])('at %s no label of the congress or programme chart is cut, clipped or drawn over another', async (_name, viewport) => {
    const { page, context } = await openPage(browser(), '', { viewport });
    for (const id of ['congress', 'programme']) {
      const { svg, texts } = await textBoxes(page, id);
      expect(texts.length, id).toBeGreaterThan(10);
      for (const t of texts) {
        expect(t.text, id).not.toContain('…');
        expect(t.left, `${id}: "${t.text}"`).toBeGreaterThanOrEqual(svg.left - 0.5);
        expect(t.right, `${id}: "${t.text}"`).toBeLessThanOrEqual(svg.right + 0.5);
        expect(t.bottom, `${id}: "${t.text}"`).toBeLessThanOrEqual(svg.bottom + 0.5);
      }
      for (const [i, a] of texts.entries())
        for (const b of texts.slice(i + 1)) expect(overlap(a, b), `${id}: "${a.text}" over "${b.text}"`).toBeLessThan(4);
      // every label is there in full: the panel's figures, word for word
      const all = texts.map((t) => t.text).join(' ');
      if (id === 'programme') {
        for (const label of [
          'Nghị quyết của Quốc hội về thí điểm đối với Hà Nội gắn với bầu cử (Năm 2021)',
          'khoảng 26 hội nghị',
          '32 điều',
        ])
          expect(all.replace(/\s+/g, ' ')).toContain(label);
      } else {
        for (const label of ['Tổ chức cơ sở đảng có khó khăn đã tổ chức thành công đại hội', 'Sớm 10 ngày', '17.118 chi bộ'])
          expect(all.replace(/\s+/g, ' ')).toContain(label);
      }
    }
    await context.close();
  });

  it('at 1366x768 the overview and the inspection panel are fully visible without scrolling', async () => {
    const { page, context } = await openPage(browser(), '', { viewport: { width: 1366, height: 768 } });
    await ready(page);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    for (const id of ['overview', 'inspection']) {
      const box = (await panel(page, id).boundingBox())!;
      expect(box.x, id).toBeGreaterThanOrEqual(0);
      expect(box.y, id).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, id).toBeLessThanOrEqual(1366);
      expect(box.y + box.height, id).toBeLessThanOrEqual(768);
    }
    await context.close();
  });

  it('at 390 px everything stacks in one column with no sideways scroll, filters open or closed', async () => {
    const { page, context } = await openPage(browser(), '', { viewport: { width: 390, height: 844 } });
    await ready(page);
    await page.evaluate(() => document.fonts.ready);
    const overflow = () =>
      page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    let o = await overflow();
    expect(o.scroll).toBeLessThanOrEqual(o.client);
    const boxes = await page
      .locator('section')
      .evaluateAll((els) => els.map((e) => ({ id: e.id, ...(e.getBoundingClientRect().toJSON() as DOMRect) })));
    for (const b of boxes) {
      expect(b.left, b.id).toBeGreaterThanOrEqual(0);
      expect(b.right, b.id).toBeLessThanOrEqual(390);
    }
    // one column: the chart panels are stacked, each below the previous
    const tops = [];
    for (const id of CHART_PANELS) tops.push((await panel(page, id).boundingBox())!.y);
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    expect(new Set(tops).size).toBe(tops.length);
    // open the filters (a toggle on narrow screens) and use them
    const toggle = filters(page).getByRole('button', { name: 'Hiện bộ lọc' });
    if (await toggle.isVisible()) await toggle.click();
    await filters(page).getByRole('radio', { name: 'Đảng viên' }).check();
    await expect.poll(() => query(page).get('subject')).toBe('member');
    o = await overflow();
    expect(o.scroll).toBeLessThanOrEqual(o.client);
    await context.close();
  });

  describe('actions at hand', () => {
    /**
     * Every whole-view action by its accessible name.
     */
    const WHOLE_VIEW_ACTIONS: RegExp[] = [
      /^Tải tất cả biểu đồ \(ZIP\)$/,
      /^Tải PowerPoint \(\.pptx\)$/,
      /^Tải báo cáo Word \(\.docx\)$/,
      /^In \/ Lưu PDF$/,
      /^Mở tệp \(Excel, CSV, JSON\)…$/,
      /^Sao chép liên kết$/,
    ];

    it('at 1366x768 every whole-view action is on the first screen, with no scrolling', async () => {
      const { page, context, consoleErrors } = await openPage(browser(), '', { viewport: { width: 1366, height: 768 } });
      await ready(page);
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      for (const name of WHOLE_VIEW_ACTIONS) {
        const button = page.getByRole('button', { name });
        expect(await button.count(), String(name)).toBe(1);
        // its box as drawn, inside the window (a control scrolled out of the sticky sidebar's own area would fail too)
        const box = await button.evaluate((b) => {
          const r = b.getBoundingClientRect();
          let clipped = false;
          for (let e = b.parentElement; e; e = e.parentElement) {
            const c = e.getBoundingClientRect();
            if (getComputedStyle(e).overflowY !== 'visible' && (r.top < c.top || r.bottom > c.bottom)) clipped = true;
          }
          return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, clipped };
        });
        expect(box.top, String(name)).toBeGreaterThanOrEqual(0);
        expect(box.bottom, String(name)).toBeLessThanOrEqual(768);
        expect(box.left, String(name)).toBeGreaterThanOrEqual(0);
        expect(box.right, String(name)).toBeLessThanOrEqual(1366);
        expect(box.clipped, String(name)).toBe(false);
      }
      expect(consoleErrors).toEqual([]);
      await context.close();
    });

    it('"Sao chép liên kết" puts the link of this exact view, filters included, on the clipboard and says so', async () => {
      const { page, context, consoleErrors } = await openPage(browser(), '?subject=member&level=grassroots');
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(appUrl()).origin });
      await ready(page);
      await filters(page).getByRole('checkbox', { name: 'Kỷ niệm' }).uncheck();
      await expect.poll(() => query(page).get('panels')).not.toBeNull();
      const href = page.url();
      await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(href);
      expect(new URL(href).searchParams.get('subject')).toBe('member');
      const status = page.locator('.dashboard-actions [role="status"]');
      await expect.poll(() => status.textContent()).toBe('Đã sao chép liên kết của đúng trang này (kèm bộ lọc).');
      expect(await status.isVisible()).toBe(true);
      // the copied link opens the same view
      const again = await context.newPage();
      await again.goto(await page.evaluate(() => navigator.clipboard.readText()));
      expect(await filters(again).getByRole('radio', { name: 'Đảng viên' }).isChecked()).toBe(true);
      expect(await again.locator('#panel-anniversary').count()).toBe(0);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });

    it('where the clipboard is refused, the link is handed over selected in a read-only field', async () => {
      const { page, context } = await openPage(browser(), '?subject=organisation');
      await page.evaluate(() => {
        Object.defineProperty(navigator, 'clipboard', {
          configurable: true,
          value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
        });
      });
      await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
      const field = page.getByRole('textbox', { name: 'Liên kết của trang này' });
      await field.waitFor();
      expect(await field.inputValue()).toBe(page.url());
      expect(await field.getAttribute('readonly')).not.toBeNull();
      const selection = await field.evaluate((el: HTMLInputElement) => ({
        focused: document.activeElement === el,
        start: el.selectionStart,
        end: el.selectionEnd,
        length: el.value.length,
      }));
      expect(selection).toEqual({ focused: true, start: 0, end: selection.length, length: selection.length });
      expect(await page.locator('.dashboard-actions [role="status"]').textContent()).toMatch(/Ctrl\+C/);
      await context.close();
    });

    it('at 390 px the key figures come first; the filters open on a button and stay a search landmark in the URL', async () => {
      const { page, context, consoleErrors } = await openPage(browser(), '', { viewport: { width: 390, height: 844 } });
      await page.locator('#panel-overview .tile').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const tile = (await page.locator('#panel-overview .tile').first().boundingBox())!;
      expect(tile.y).toBeGreaterThanOrEqual(0);
      expect(tile.y + tile.height).toBeLessThanOrEqual(844);
      // the dataset box comes after the key figures on a phone
      const picker = (await page.locator('[data-testid="dataset-picker"]').boundingBox())!;
      expect(picker.y).toBeGreaterThan(tile.y);
      const bar = filters(page);
      const toggle = bar.getByRole('button', { name: 'Hiện bộ lọc' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await bar.getByRole('radio', { name: 'Đảng viên' }).isVisible()).toBe(false);
      expect(await bar.textContent()).toContain('Đang hiển thị 44/44 chỉ tiêu');
      await toggle.click();
      const hide = bar.getByRole('button', { name: 'Ẩn bộ lọc' });
      expect(await hide.getAttribute('aria-expanded')).toBe('true');
      await bar.getByRole('radio', { name: 'Đảng viên' }).check();
      await expect.poll(() => query(page).get('subject')).toBe('member');
      // the whole-view actions fold behind one button too, above the key figures
      const actions = page.getByRole('group', { name: 'Tải về, in và chia sẻ cả trang' });
      const more = actions.getByRole('button', { name: 'Tải xuống, in, chia sẻ…' });
      expect(await more.getAttribute('aria-expanded')).toBe('false');
      expect(await actions.getByRole('button', { name: 'Tải tất cả biểu đồ (ZIP)' }).isVisible()).toBe(false);
      await more.click();
      expect(await actions.getByRole('button', { name: 'Ẩn các nút tải xuống' }).getAttribute('aria-expanded')).toBe('true');
      expect(await actions.getByRole('button', { name: 'Tải PowerPoint (.pptx)' }).isVisible()).toBe(true);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });

    it('dropping a file is offered with a mouse, not with a finger only', async () => {
      const hint = (page: Page) => page.locator('[data-testid="dataset-picker"] .dataset-picker__hint').textContent();
      const { page: desk, context: deskContext } = await openPage(browser(), '');
      expect(await hint(desk)).toMatch(/kéo thả/i);
      expect(await desk.locator('.dataset-picker--drop').count()).toBe(1);
      await deskContext.close();

      const phoneContext = await browser().newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      const phone = await phoneContext.newPage();
      await phone.goto(appUrl());
      await phone.locator('[data-testid="dataset-picker"]').waitFor();
      expect(await phone.evaluate(() => matchMedia('(any-pointer: fine)').matches)).toBe(false);
      // the pre-rendered page assumes a mouse; once hydrated, the page asks the device
      await expect.poll(() => hint(phone)).not.toMatch(/kéo thả/i);
      await expect.poll(() => phone.locator('.dataset-picker--drop').count()).toBe(0);
      // the file can still be opened
      expect(await phone.getByRole('button', { name: 'Mở tệp (Excel, CSV, JSON)…' }).isVisible()).toBe(true);
      await phoneContext.close();
    });
  });
});
