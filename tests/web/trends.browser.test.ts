import { beforeAll, describe, expect, it } from 'vitest';
import type { QuotesResponse, TrendResponse } from '../../data/types.ts';
import { canvasInk, collectErrors, screenshot, waitForChart } from './browser.ts';
import { firstCity, useDemoBrowser } from './demo-browser.ts';

const demo = useDemoBrowser();
let city: string;

beforeAll(async () => {
  city = await firstCity(demo.url);
});

const get = async <T>(path: string, params: Record<string, string>) =>
  (await (await fetch(`${demo.url}${path}?${new URLSearchParams({ city, ...params })}`)).json()) as T;

describe('trends page in Chromium', () => {
  it('draws the line with its band and lists the alerts, with no console errors', async () => {
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    const trend = await get<TrendResponse>('/api/trend', {});
    await page.goto(`${demo.url}/trends?city=${encodeURIComponent(city)}`);
    await waitForChart(page, 'trend');
    const ink = await canvasInk(page, 'trend');
    expect(ink.colours).toBeGreaterThan(3);
    expect(ink.inkShare).toBeGreaterThan(0.02);
    // every series' alerts are listed, as on the Overview, under the same verdict
    expect(await page.locator('.alert-item').count()).toBe(trend.alerts.length);
    // The table has one row per month with segments, n as the API counts it.
    await page.click('[data-chart="trend"] button:has-text("Table")');
    const rows = await page.$$eval('[data-chart="trend"] tbody tr', (trs) => trs.length);
    expect(rows).toBe(trend.points.filter((p) => p.group === 'all' && p.n > 0).length);
    await screenshot(page, 'trends');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('states the same spike verdict as the Overview, for every group and for one', async () => {
    const page = await demo.context.newPage();
    for (const group of ['', '&group=resident']) {
      await page.goto(`${demo.url}/?city=${encodeURIComponent(city)}${group}`);
      const overview = await (await page.waitForSelector('[data-card="alerts"] h2')).textContent();
      await page.goto(`${demo.url}/trends?city=${encodeURIComponent(city)}${group}`);
      const trends = await (await page.waitForSelector('[data-card="alerts"] h2')).textContent();
      expect(trends, group || 'all groups').toBe(overview);
      // the demo's first city has spikes in some group (the Trends page said "no spikes" for all groups before)
      if (!group) expect(overview).toMatch(/^\d+ months? with a spike in negative talk$/);
    }
    await page.close();
  });

  it('opens the negative quotes of an alert period, counted as the API counts them', async () => {
    const trend = await get<TrendResponse>('/api/trend', {});
    // Per-group lines show every alert; the demo has at least one spike in some group.
    const alert = trend.alerts[0];
    expect(alert, 'the demo has a spike of negative voices').toBeDefined();
    const end = new Date(`${alert!.period}T00:00:00Z`);
    end.setUTCMonth(end.getUTCMonth() + 1);
    const group: Record<string, string> = alert!.group === 'all' ? {} : { group: alert!.group };
    const want = await get<QuotesResponse>('/api/quotes', { from: alert!.period, to: end.toISOString().slice(0, 10), label: 'negative', ...group });
    expect(want.total).toBeGreaterThanOrEqual(alert!.quotes.length);
    const page = await demo.context.newPage();
    await page.goto(`${demo.url}/trends?city=${encodeURIComponent(city)}${alert!.group === 'all' ? '' : '&split=group'}`);
    await page.click(`[data-alert="${alert!.period}:${alert!.group}"] button`);
    const el = await page.waitForSelector('.evidence-drawer [data-total]');
    expect(Number(await el.getAttribute('data-total'))).toBe(want.total);
    // The quotes shown with the alert are the strongest of the same set.
    expect(await page.textContent('.evidence-drawer .chips')).toContain('Sentiment: Negative');
    await page.close();
  });

  it('keeps the pickers in the URL: a per-group weekly view of one theme reproduces in a new page', async () => {
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/trends?city=${encodeURIComponent(city)}`);
    await waitForChart(page, 'trend');
    await page.selectOption('.trend-controls select >> nth=0', 'housing');
    await page.waitForURL(/theme=housing/);
    await page.click('[aria-label="Lines"] button[data-value="group"]');
    await page.waitForURL(/split=group/);
    await page.click('[aria-label="Interval"] button[data-value="week"]');
    await page.waitForURL(/interval=week/);
    await waitForChart(page, 'trend');
    const title = await page.textContent('[data-chart="trend"] .card-title');

    const copy = await demo.context.newPage();
    await copy.goto(page.url());
    await waitForChart(copy, 'trend');
    expect(await copy.textContent('[data-chart="trend"] .card-title')).toBe(title);
    expect(await copy.inputValue('.trend-controls select >> nth=0')).toBe('housing');
    expect(await copy.getAttribute('[aria-label="Interval"] button[data-value="week"]', 'aria-pressed')).toBe('true');
    expect((await canvasInk(copy, 'trend')).inkShare).toBeGreaterThan(0.02);
    expect(errors).toEqual([]);
    await copy.close();
    await page.close();
  });
});
