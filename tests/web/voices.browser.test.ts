import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { QuotesResponse } from '../../data/types.ts';
import { collectErrors, screenshot } from './browser.ts';
import { firstCity, useDemoBrowser } from './demo-browser.ts';

const demo = useDemoBrowser();
let city: string;

beforeAll(async () => {
  city = await firstCity(demo.url);
});

const api = async (params: Record<string, string>) =>
  (await (await fetch(`${demo.url}/api/quotes?${new URLSearchParams({ city, ...params })}`)).json()) as QuotesResponse;

async function shownTotal(page: Page): Promise<number> {
  const el = await page.waitForSelector('.voices-count [data-total]', { timeout: 30_000 });
  return Number(await el.getAttribute('data-total'));
}

describe('voices page in Chromium', () => {
  it('lists the quotes of a filtered view with highlighted terms, and its URL reproduces it', async () => {
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    const want = await api({ theme: 'housing', label: 'negative' });
    expect(want.total).toBeGreaterThan(30);
    await page.goto(`${demo.url}/voices?city=${encodeURIComponent(city)}&theme=housing&label=negative`);
    expect(await shownTotal(page)).toBe(want.total);
    await page.waitForSelector('.quote-card');
    expect(await page.locator('.quote-card').count()).toBe(30);
    expect(await page.textContent('.quote-card .quote-text')).toBe(want.quotes[0].text);
    // The matched terms are <mark>s with exactly the words at the API's offsets.
    const first = want.quotes[0];
    const marks = await page.locator('.quote-card').first().locator('mark').allTextContents();
    expect(marks).toEqual(first.highlights.map((h) => first.text.slice(h.start, h.end)));
    expect(await page.inputValue('#vf-theme')).toBe('housing');
    expect(await page.inputValue('#vf-label')).toBe('negative');

    // Typing a search narrows the list once the reader pauses, and lands in the URL.
    await page.fill('#vf-q', 'rent');
    await page.waitForURL(/q=rent/);
    const narrowed = await api({ theme: 'housing', label: 'negative', q: 'rent' });
    await page.waitForFunction((n) => document.querySelector('.voices-count [data-total]')?.getAttribute('data-total') === String(n), narrowed.total);
    await page.selectOption('#vf-sort', 'negative');
    await page.waitForURL(/sort=negative/);
    const sorted = await api({ theme: 'housing', label: 'negative', q: 'rent', sort: 'negative' });
    await page.waitForFunction((t) => document.querySelector('.quote-card .quote-text')?.textContent === t, sorted.quotes[0].text);
    const link = page.url();

    const copy = await demo.context.newPage();
    await copy.goto(link);
    expect(await shownTotal(copy)).toBe(narrowed.total);
    expect(await copy.inputValue('#vf-q')).toBe('rent');
    expect(await copy.inputValue('#vf-sort')).toBe('negative');
    expect(await copy.textContent('.quote-card .quote-text')).toBe(sorted.quotes[0].text);
    await screenshot(copy, 'voices');
    expect(errors).toEqual([]);
    await copy.close();
    await page.close();
  });

  it('loads the next page with the cursor when the end of the list scrolls into view', async () => {
    const page = await demo.context.newPage();
    await page.goto(`${demo.url}/voices?city=${encodeURIComponent(city)}&theme=housing`);
    const total = await shownTotal(page);
    await page.waitForSelector('.quote-card');
    expect(await page.locator('.quote-card').count()).toBe(30);
    await page.locator('.quote-list-end').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelectorAll('.quote-card').length >= 60);
    // Keyset pages never repeat a quote.
    const ids = await page.$$eval('.quote-card', (els) => els.map((e) => e.getAttribute('data-quote')));
    expect(new Set(ids).size).toBe(ids.length);
    expect(total).toBeGreaterThan(60);
    await page.close();
  });

  it('shows a focus-group quote in its session, the quoted turn marked', async () => {
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    const fg = await api({ source: 'focus-group' });
    await page.goto(`${demo.url}/voices?city=${encodeURIComponent(city)}&source=focus-group`);
    await page.waitForSelector('.quote-card');
    await page.locator('.quote-card').first().locator('.quote-context').click();
    await page.waitForURL(/doc=\d+/);
    const current = await page.waitForSelector('.context-panel [data-current="true"] .doc-text');
    expect((await current.textContent())!.trim()).toBe(fg.quotes[0].text);
    expect(await page.locator('.context-panel .doc-turns li').count()).toBeGreaterThan(3);
    await screenshot(page, 'voices-context');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.context-panel', { state: 'detached' });
    expect(new URL(page.url()).searchParams.has('doc')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a survey answer with the respondent\'s closed answers', async () => {
    const page = await demo.context.newPage();
    const sv = await api({ source: 'survey' });
    const q = sv.quotes[0];
    await page.goto(`${demo.url}/voices?city=${encodeURIComponent(city)}&source=survey&doc=${q.documentId}&seg=${q.id}`);
    await page.waitForSelector('.context-panel [data-current="true"]');
    expect(await page.locator('.context-panel .doc-answers tbody tr').count()).toBeGreaterThan(2);
    await page.close();
  });

  it('fits a 390-px phone', async () => {
    const page = await demo.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${demo.url}/voices?city=${encodeURIComponent(city)}&theme=housing`);
    await page.waitForSelector('.quote-card');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'voices-phone');
    await page.close();
  });
});
