import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { ThemesResponse } from '../../data/types.ts';
import { isWeak } from '../../web/src/charts/base.ts';
import { sentimentColor } from '../../web/src/charts/palette.ts';
import { canvasInk, collectErrors, screenshot, waitForChart } from './browser.ts';
import { firstCity, useDemoBrowser } from './demo-browser.ts';

const demo = useDemoBrowser();
let city: string;
let themes: ThemesResponse;

beforeAll(async () => {
  city = await firstCity(demo.url);
  themes = (await (await fetch(`${demo.url}/api/themes?city=${encodeURIComponent(city)}`)).json()) as ThemesResponse;
});

/** Share of inked pixels on the heatmap's busiest canvas layer (cells are on a layer of their own). */
async function heatmapInk(page: Page): Promise<number> {
  return page.$$eval('[data-chart="theme-heatmap"] .echart canvas', (els) => Math.max(...els.map((el) => {
    const c = el as HTMLCanvasElement;
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4 * 7) if (data[i + 3] > 0 && !(data[i] > 245 && data[i + 1] > 245 && data[i + 2] > 245)) ink++;
    return ink / (data.length / 28);
  })));
}

/**
 * The page coordinates of the centre of the first heatmap cell painted exactly `hex`: flood-fills
 * that colour from its first pixel, so the box is one cell (white borders separate cells).
 */
async function cellCentre(page: Page, hex: string): Promise<{ x: number; y: number }> {
  return page.$$eval('[data-chart="theme-heatmap"] .echart canvas', (els, hex) => {
    const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    // ECharts paints heatmap cells on a layer canvas of its own: search every layer.
    let c = els[0] as HTMLCanvasElement;
    let data = new Uint8ClampedArray(0);
    let start = -1;
    for (const el of els) {
      c = el as HTMLCanvasElement;
      data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      for (let p = 0; p < c.width * c.height && start < 0; p++) if (data[p * 4] === want[0] && data[p * 4 + 1] === want[1] && data[p * 4 + 2] === want[2] && data[p * 4 + 3] === 255) start = p;
      if (start >= 0) break;
    }
    const { width, height } = c;
    const is = (p: number) => data[p * 4] === want[0] && data[p * 4 + 1] === want[1] && data[p * 4 + 2] === want[2];
    if (start < 0) throw new Error(`no pixel of ${hex}`);
    const seen = new Uint8Array(width * height);
    const stack = [start];
    let [x0, y0, x1, y1] = [width, height, 0, 0];
    while (stack.length) {
      const p = stack.pop()!;
      if (seen[p] || !is(p)) continue;
      seen[p] = 1;
      const x = p % width;
      const y = (p - x) / width;
      x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
      if (x > 0) stack.push(p - 1);
      if (x < width - 1) stack.push(p + 1);
      if (y > 0) stack.push(p - width);
      if (y < height - 1) stack.push(p + width);
    }
    // Scroll the cell to the middle of the viewport: mouse clicks only land inside it.
    let r = c.getBoundingClientRect();
    let scale = r.width / width;
    window.scrollBy(0, r.top + ((y0 + y1) / 2) * scale - window.innerHeight / 2);
    r = c.getBoundingClientRect();
    scale = r.width / width;
    // Off-centre vertically, so the click lands on colour rather than on the cell's label.
    return { x: r.left + ((x0 + x1) / 2) * scale, y: r.top + (y0 + (y1 - y0) * 0.25) * scale };
  }, hex);
}

async function drawerTotal(page: Page): Promise<number> {
  const el = await page.waitForSelector('.evidence-drawer [data-total]', { timeout: 30_000 });
  return Number(await el.getAttribute('data-total'));
}

describe('themes page in Chromium', () => {
  it('draws the journey strip and a non-blank heatmap with no console errors', async () => {
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/themes?city=${encodeURIComponent(city)}`);
    await waitForChart(page, 'theme-heatmap');
    expect((await canvasInk(page, 'theme-heatmap')).width).toBeGreaterThan(200);
    expect(await heatmapInk(page)).toBeGreaterThan(0.2);
    // Every theme with segments and a journey stage is one chip.
    const staged = themes.themes.filter((t) => t.stage && t.n > 0).length;
    expect(await page.locator('.journey-theme').count()).toBe(staged);
    expect(await page.textContent('[data-chart="theme-heatmap"] .card-title')).toMatch(/most negative about/);
    expect(await page.textContent('[data-fact="loud-few"]')).toContain('most active 1% of authors');
    // The demo is read-only: adding a term is switched off, and the page says why.
    expect(await page.locator('.suggested-list button.tool').first().isDisabled()).toBe(true);
    expect(await page.locator('.suggested-list select[data-add-theme]').first().isDisabled()).toBe(true);
    expect(await page.textContent('.suggested-note')).toContain('read-only demo');
    // the demo database has no custom theme terms (and may predate the table): the card says so
    await page.waitForSelector('[data-card="custom-terms"] [data-no-custom-terms]');
    await screenshot(page, 'themes');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('clicking a heatmap cell opens exactly the quotes behind it, and the link reproduces the drawer', async () => {
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/themes?city=${encodeURIComponent(city)}`);
    await waitForChart(page, 'theme-heatmap');
    const solid = themes.byGroup.filter((c) => c.theme !== 'unclassified' && c.net != null && !isWeak(c, themes.minN));
    const target = solid.sort((a, b) => a.net! - b.net!)[0];
    const colour = sentimentColor(target.net);
    const at = await cellCentre(page, colour);
    await page.mouse.click(at.x, at.y);

    const total = await drawerTotal(page);
    const ev = new URLSearchParams(new URL(page.url()).searchParams.get('ev')!);
    const cell = themes.byGroup.find((c) => c.theme === ev.get('theme') && c.group === ev.get('group'))!;
    expect(cell).toBeDefined();
    expect(sentimentColor(cell.net)).toBe(colour);
    expect(total).toBe(cell.n);
    expect(total).toBeGreaterThan(0);
    expect(await page.locator('.evidence-drawer .quote-card').count()).toBe(Math.min(25, cell.n));
    expect(await page.locator('.evidence-drawer .chip-strong').count()).toBe(2);
    // Focus sits in the drawer; Tab stays inside it.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.evidence-drawer'))).toBe(true);
    const link = page.url();
    await screenshot(page, 'themes-evidence');

    await page.keyboard.press('Escape');
    await page.waitForSelector('.evidence-drawer', { state: 'detached' });
    expect(new URL(page.url()).searchParams.has('ev')).toBe(false);

    const copy = await demo.context.newPage();
    await copy.goto(link);
    expect(await drawerTotal(copy)).toBe(cell.n);
    await copy.click('.drawer-voices');
    await copy.waitForURL(/\/voices\?/);
    const count = await copy.waitForSelector('.voices-count [data-total]');
    expect(Number(await count.getAttribute('data-total'))).toBe(cell.n);
    expect(errors).toEqual([]);
    await copy.close();
    await page.close();
  });

  it('fits a 390-px phone', async () => {
    const page = await demo.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${demo.url}/themes?city=${encodeURIComponent(city)}`);
    await waitForChart(page, 'theme-heatmap');
    expect(await heatmapInk(page)).toBeGreaterThan(0.2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'themes-phone');
    await page.close();
  });
});
