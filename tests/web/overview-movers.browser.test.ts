import { beforeAll, describe, expect, it } from 'vitest';
import type { OverviewResponse } from '../../data/types.ts';
import { themeLabel } from '../../web/src/format/labels.ts';
import { fmtChange } from '../../web/src/pages/overview/movers-format.ts';
import { collectErrors, screenshot, waitForChart } from './browser.ts';
import { firstCity as firstCityOf, useDemoBrowser } from './demo-browser.ts';

const demo = useDemoBrowser();
let city: string;
let movers: OverviewResponse['movers'];

beforeAll(async () => {
  city = await firstCityOf(demo.url);
  movers = ((await (await fetch(`${demo.url}/api/overview?city=${encodeURIComponent(city)}`)).json()) as OverviewResponse).movers;
});

describe('overview: themes rising and falling, in Chromium', { timeout: 120_000 }, () => {
  it('lists the API\'s top movers with arrows, change in points and n on both sides', async () => {
    expect(movers.latest).not.toBeNull();
    expect(movers.rising.length + movers.falling.length).toBeGreaterThan(0);
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/?city=${encodeURIComponent(city)}`);
    await waitForChart(page, 'top-themes');
    const card = await page.waitForSelector('[data-card="movers"]');
    for (const [list, rows, arrow] of [['rising', movers.rising, '▲'], ['falling', movers.falling, '▼']] as const) {
      const shown = await page.$$eval(`[data-movers="${list}"] .mover`, (els) => els.map((e) => ({
        theme: e.getAttribute('data-theme'), arrow: e.querySelector('.mover-arrow')?.textContent,
        change: e.querySelector('.mover-change')?.textContent, n: e.querySelector('.mover-n')?.textContent,
      })));
      expect(shown.map((s) => s.theme)).toEqual(rows.map((r) => r.theme));
      for (const [i, s] of shown.entries()) {
        expect(s.arrow).toBe(arrow);
        expect(s.change).toBe(`${fmtChange(rows[i].change)} pts`);
        expect(s.change).toMatch(arrow === '▲' ? /^\+[1-9]|^\+0\.\d/ : /^\u2212[1-9]|^\u22120\.\d/);
        expect(s.n).toBe(`n = ${rows[i].previous.n.toLocaleString('en-GB')} → ${rows[i].latest.n.toLocaleString('en-GB')}`);
      }
    }
    // Low-n themes are listed (collapsed), not hidden.
    if (movers.lowN.length) {
      expect(await card.$eval('[data-movers="low-n"] summary', (e) => e.textContent)).toContain(`${movers.lowN.length} themes`);
      expect(await page.locator('[data-movers="low-n"] .mover').count()).toBe(movers.lowN.length);
    }
    const title = await card.$eval('.card-title', (e) => e.textContent ?? '');
    if (movers.rising[0]) expect(title).toContain(themeLabel(movers.rising[0].theme));
    await card.scrollIntoViewIfNeeded();
    await page.evaluate(() => (document.querySelector('[data-movers="low-n"]') as HTMLDetailsElement | null)?.setAttribute('open', ''));
    await screenshot(page, 'overview-movers');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('clicking a mover opens the quotes of that theme in the latest period: count = its latest n', async () => {
    const row = movers.falling[0] ?? movers.rising[0];
    const page = await demo.context.newPage();
    await page.goto(`${demo.url}/?city=${encodeURIComponent(city)}`);
    await page.click(`[data-card="movers"] .mover[data-theme="${row.theme}"]`);
    const total = await page.waitForSelector('.evidence-drawer [data-total]', { timeout: 30_000 });
    expect(Number(await total.getAttribute('data-total'))).toBe(row.latest.n);
    const ev = new URLSearchParams(new URL(page.url()).searchParams.get('ev')!);
    expect({ theme: ev.get('theme'), from: ev.get('from'), to: ev.get('to') }).toEqual({ theme: row.theme, ...movers.latest });
    expect(await page.locator('.evidence-drawer .chip-strong').count()).toBe(3);
    expect(await page.textContent('#evidence-title')).toContain(themeLabel(row.theme));
    // Every quote shown is dated inside the latest period.
    const api = await (await fetch(`${demo.url}/api/quotes?city=${encodeURIComponent(city)}&theme=${row.theme}&from=${movers.latest!.from}&to=${movers.latest!.to}&limit=500`)).json() as { quotes: { date: string | null }[] };
    expect(api.quotes.length).toBe(row.latest.n);
    for (const q of api.quotes) expect(q.date! >= movers.latest!.from && q.date! < movers.latest!.to, q.date!).toBe(true);
    await page.waitForSelector('.evidence-drawer .quote-card');
    await screenshot(page, 'overview-movers-drawer');
    await page.close();
  });
});
