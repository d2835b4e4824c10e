import { describe, expect, it } from 'vitest';
import type { ThemesResponse } from '../../data/types.ts';
import { collectErrors, screenshot } from './browser.ts';
import { loadOpenAnswers, signIn, useWritableBrowser } from './writable-server.ts';

const CITY = 'Havenstad';
/** The sentence corrected: nothing in it is about safety. */
const TARGET = 'We moved here two years ago and stayed.';
const ANSWERS = [
  TARGET,
  ...Array.from({ length: 5 }, (_, i) => `The trams are often late, line ${i + 1} most of all.`),
  ...Array.from({ length: 4 }, (_, i) => `Finding a flat here is impossible, I saw ${i + 20} flats.`),
  'I love the museums and the festivals.',
  'We arrived on a Tuesday.',
  'I do not feel safe at the station at night.',
];

// trainMaxTexts: a fixed subset of the training texts keeps Retrain to seconds
const browser = useWritableBrowser({ ana: 'analyst' }, async (server) => {
  expect(await loadOpenAnswers(server, CITY, ANSWERS, 'resident')).toMatchObject({ documents: ANSWERS.length, errors: [] });
}, { trainMaxTexts: 300 });

const themes = async (): Promise<ThemesResponse> => (await browser.page.evaluate(async (city) => (await fetch(`/api/themes?city=${city}`)).json(), CITY)) as ThemesResponse;
const n = (d: ThemesResponse, theme: string) => d.themes.find((t) => t.theme === theme)?.n ?? 0;

describe('corrections teach the product: correct a quote in Voices, the figure moves, Retrain, the agreement moves', () => {
  it('moves a quote into safety as negative, then retrains and shows the new agreement', async () => {
    const errors = collectErrors(browser.page);
    await signIn(browser.page, browser.server, 'ana', `/voices?city=${CITY}&theme=safety`);
    await browser.page.waitForSelector('[data-quote]');
    const before = await themes();
    const safety = n(before, 'safety');
    expect(safety).toBeGreaterThan(0);
    await browser.page.waitForSelector(`[data-total="${safety}"]`);

    await browser.page.goto(`${browser.server.url}/voices?city=${CITY}`);
    const card = browser.page.locator('[data-quote]', { hasText: TARGET });
    await card.locator('[data-correct]').click();
    await card.locator('input[type="radio"][value="negative"]').check();
    for (const box of await card.locator('input[type="checkbox"]:checked').all()) await box.uncheck();
    await card.locator('input[type="checkbox"][value="safety"]').check();
    await screenshot(browser.page, 'correction-control');
    await card.locator('[data-save-correction]').click();
    await card.locator('.badge-corrected').waitFor();
    expect(await card.locator('.badge-sentiment').textContent()).toBe('Negative');

    // the figure and its n change by one: the quotes behind "safety" and the theme's n
    const after = await themes();
    expect(n(after, 'safety')).toBe(safety + 1);
    await browser.page.goto(`${browser.server.url}/voices?city=${CITY}&theme=safety`);
    await browser.page.waitForSelector(`[data-total="${safety + 1}"]`);
    await browser.page.locator('[data-quote]', { hasText: TARGET }).waitFor();

    await browser.page.goto(`${browser.server.url}/accuracy`);
    const en = '[data-card="agreement"] tr[data-language="en"]';
    await browser.page.waitForSelector(`${en} [data-corrections-agreement]:has-text("n = 1")`);
    const agreementBefore = await browser.page.textContent(en);
    await browser.page.click('[data-retrain]');
    await browser.page.waitForSelector('[data-job-status="done"], [data-job-status="failed"], [data-card="models"] [role="alert"]', { timeout: 120_000 });
    expect(await browser.page.textContent('[data-card="models"] .model-actions')).toContain('Retrain done');
    await browser.page.waitForSelector('[data-card="models"] tr[data-version="1"]');
    await browser.page.waitForFunction(([sel, old]) => document.querySelector(sel)?.textContent !== old, [en, agreementBefore] as const);
    const agreementAfter = await browser.page.textContent(en);
    expect(agreementAfter).not.toBe(agreementBefore);
    // on the one correction: the shipped model disagreed, the retrained one (trained on it) agrees
    const row = '[data-card="models"] [data-before-after="1"] tr[data-language="en"]';
    const cellText = async (i: number) => (await browser.page.textContent(`${row} td:nth-of-type(${i})`))?.replace(/\u00a0/g, ' ');
    expect(await cellText(3)).toBe('0% n = 1');
    expect(await cellText(4)).toBe('100% n = 1');
    await screenshot(browser.page, 'accuracy-after-retrain');
    expect(errors).toEqual([]);
  }, 240_000);
});
