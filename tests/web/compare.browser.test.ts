import { describe, expect, it } from 'vitest';
import type { CompareResponse } from '../../data/types.ts';
import { canvasInk, collectErrors, screenshot, waitForChart } from './browser.ts';
import { useDemoBrowser } from './demo-browser.ts';

const demo = useDemoBrowser();

describe('compare page in Chromium', () => {
  it('shows both cities as small multiples on shared scales, and a click opens that city\'s quotes', async () => {
    const api = (await (await fetch(`${demo.url}/api/compare?cities=Havenstad,Lindholm&preset=themes`)).json()) as CompareResponse;
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/compare?city=Havenstad&cities=Havenstad,Lindholm`);
    for (const id of ['compare-0', 'compare-1']) {
      await waitForChart(page, id);
      const ink = await canvasInk(page, id);
      expect(ink.colours, id).toBeGreaterThan(3);
      expect(ink.inkShare, id).toBeGreaterThan(0.01);
    }
    expect(await page.textContent('[data-chart="compare-0"] .card-title')).toMatch(/^Havenstad: /);
    expect(await page.textContent('[data-chart="compare-1"] .card-title')).toMatch(/^Lindholm: /);
    // Distinctiveness lists each city's own values.
    expect(await page.textContent('[data-table="distinctiveness"]')).toContain('living heritage');
    // Two cities with brand texts are too few for distinctiveness: no ratio, no headline, and the
    // card says what is missing.
    expect(api.brandCities).toBe(2);
    expect(api.cities.flatMap((c) => c.values.map((v) => v.distinctiveness))).toEqual(api.cities.flatMap((c) => c.values.map(() => null)));
    expect(await page.textContent('#distinct-title')).toBe('Brand values of the compared cities');
    expect(await page.textContent('[data-missing="distinctiveness"]')).toContain('at least three of the compared cities');
    await screenshot(page, 'compare');

    // Every multiple lists themes in the same order (by mean share); the top row of Lindholm's.
    const sum = new Map<string, number>();
    for (const c of api.cities) for (const d of c.dimensions) sum.set(d.dimension, (sum.get(d.dimension) ?? 0) + d.share);
    const first = [...sum.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const fig = api.cities[1].dimensions.find((d) => d.dimension === first)!;
    const canvas = (await page.$('[data-chart="compare-1"] .echart canvas'))!;
    await canvas.click({ position: { x: 150, y: 25 } });
    await page.waitForFunction(() => location.search.includes('ev='), null, { timeout: 15_000 });
    const url = new URL(page.url());
    // The clicked city travels in the evidence; the page's own city stays.
    expect(url.searchParams.get('city')).toBe('Havenstad');
    expect(url.searchParams.get('cities')).toBe('Havenstad,Lindholm');
    expect(new URLSearchParams(url.searchParams.get('ev')!).get('city')).toBe('Lindholm');
    expect(new URLSearchParams(url.searchParams.get('ev')!).get('theme')).toBe(first);
    const total = await page.waitForSelector('.evidence-drawer [data-total]');
    expect(Number(await total.getAttribute('data-total'))).toBe(fig.n);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('uses the width at 1440 px: the multiples span the content area and each headline is at most two lines', async () => {
    const page = await demo.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${demo.url}/compare?city=Havenstad&cities=Havenstad,Lindholm`);
    for (const id of ['compare-0', 'compare-1']) await waitForChart(page, id);
    const m = await page.evaluate(() => {
      const nav = document.querySelector('.app-nav')!.getBoundingClientRect();
      const cards = [...document.querySelectorAll('.multiples [data-chart]')].map((c) => c.getBoundingClientRect());
      const titles = [...document.querySelectorAll('.multiples [data-chart] .card-title')].map((t) => {
        const lh = parseFloat(getComputedStyle(t).lineHeight);
        return { text: t.textContent, lines: Math.round(t.getBoundingClientRect().height / lh) };
      });
      return {
        available: window.innerWidth - nav.right,
        content: Math.max(...cards.map((r) => r.right)) - Math.min(...cards.map((r) => r.left)),
        titles,
      };
    });
    expect(m.titles).toHaveLength(2);
    expect(m.content / m.available).toBeGreaterThanOrEqual(0.85);
    for (const t of m.titles) expect(t.lines, t.text!).toBeLessThanOrEqual(2);
    await screenshot(page, 'compare-1440');
    await page.close();
  });

  it('draws the hexagon radar for the Anholt preset, and the URL reproduces three cities', async () => {
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/compare?city=Havenstad&cities=Havenstad,Lindholm,Marenburg&preset=anholt`);
    await waitForChart(page, 'compare-radar');
    for (const id of ['compare-radar', 'compare-0', 'compare-1', 'compare-2']) {
      await waitForChart(page, id);
      expect((await canvasInk(page, id)).inkShare, id).toBeGreaterThan(0.005);
    }
    expect(await page.getAttribute('[aria-label="Measure"] button[data-value="anholt"]', 'aria-pressed')).toBe('true');
    expect(await page.$$eval('.city-chooser input:checked', (i) => i.length)).toBe(3);
    // A preset dimension joins several themes: a click lists them, each with its own n.
    await (await page.$('[data-chart="compare-0"] .echart canvas'))!.click({ position: { x: 150, y: 25 } });
    await page.waitForSelector('.dimension-themes .theme-links li');
    expect(await page.$$eval('.dimension-themes .theme-links li', (l) => l.length)).toBeGreaterThan(0);
    await screenshot(page, 'compare-anholt');

    // The themes preset is the default, so switching back removes the parameter.
    await page.click('[aria-label="Measure"] button[data-value="themes"]');
    await page.waitForFunction(() => !location.search.includes('preset='));
    await waitForChart(page, 'compare-2');
    expect(await page.$('[data-chart="compare-radar"]')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});
