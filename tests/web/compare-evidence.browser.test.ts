import { describe, expect, it } from 'vitest';
import type { CompareResponse, DocumentResponse, QuotesResponse } from '../../data/types.ts';
import { collectErrors, screenshot, waitForChart } from './browser.ts';
import { useDemoBrowser } from './demo-browser.ts';

const demo = useDemoBrowser();

describe('compare: evidence of a city\'s figure shows that city\'s quotes, in Chromium', { timeout: 120_000 }, () => {
  it('a bar of the second city opens its quotes while the page stays on the first city', async () => {
    const api = (await (await fetch(`${demo.url}/api/compare?cities=Havenstad,Lindholm&preset=themes`)).json()) as CompareResponse;
    // The top row of every multiple is the theme with the highest mean share.
    const sum = new Map<string, number>();
    for (const c of api.cities) for (const d of c.dimensions) sum.set(d.dimension, (sum.get(d.dimension) ?? 0) + d.share);
    const top = [...sum.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const lind = api.cities.find((c) => c.city === 'Lindholm')!.dimensions.find((d) => d.dimension === top)!;
    const hav = api.cities.find((c) => c.city === 'Havenstad')!.dimensions.find((d) => d.dimension === top)!;
    // Otherwise the count could not tell the two cities apart.
    expect(lind.n).not.toBe(hav.n);

    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/compare?city=Havenstad&cities=Havenstad,Lindholm`);
    await waitForChart(page, 'compare-1');
    const quotes = page.waitForResponse((r) => r.url().includes('/api/quotes'));
    await (await page.$('[data-chart="compare-1"] .echart canvas'))!.click({ position: { x: 150, y: 25 } });
    const res = await quotes;
    expect(new URL(res.url()).searchParams.get('city')).toBe('Lindholm');
    const body = (await res.json()) as QuotesResponse;
    const total = await page.waitForSelector('.evidence-drawer [data-total]');
    expect(Number(await total.getAttribute('data-total'))).toBe(lind.n);
    expect(body.total).toBe(lind.n);
    await page.waitForSelector('.evidence-drawer .quote-card');
    expect(await page.locator('.evidence-drawer .quote-card').count()).toBe(Math.min(25, lind.n));

    // Every quote in the drawer comes from a Lindholm document.
    const cities = new Set<string>();
    for (const q of body.quotes) {
      const doc = (await (await fetch(`${demo.url}/api/documents/${q.documentId}`)).json()) as DocumentResponse;
      cities.add(doc.city);
    }
    expect([...cities]).toEqual(['Lindholm']);
    const first = await page.textContent('.evidence-drawer .quote-card');
    expect(first).toContain(body.quotes[0].text.slice(0, 30));

    // The page keeps its own city; the chips say which city the quotes are from.
    const url = new URL(page.url());
    expect(url.searchParams.get('city')).toBe('Havenstad');
    expect(await page.textContent('.evidence-drawer .chip-strong[data-chip="city"]')).toBe('Lindholm');
    await screenshot(page, 'compare-evidence');

    // The link reproduces the drawer, and "Open in Voices" lands on Lindholm's quotes.
    const copy = await demo.context.newPage();
    await copy.goto(url.toString());
    const again = await copy.waitForSelector('.evidence-drawer [data-total]');
    expect(Number(await again.getAttribute('data-total'))).toBe(lind.n);
    await copy.click('.drawer-voices');
    await copy.waitForURL(/\/voices\?/);
    expect(new URL(copy.url()).searchParams.get('city')).toBe('Lindholm');
    const count = await copy.waitForSelector('.voices-count [data-total]');
    expect(Number(await count.getAttribute('data-total'))).toBe(lind.n);
    expect(errors).toEqual([]);
    await copy.close();
    await page.close();
  });
});
