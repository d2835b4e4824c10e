import { describe, expect, it } from 'vitest';
import type { CityContextResponse, CompareResponse } from '../../data/types.ts';
import { collectErrors, screenshot } from './browser.ts';
import { loadOpenAnswers, signIn, useWritableBrowser } from './writable-server.ts';

// Two cities of one-sentence answers: one document and one segment each. Aldwick gets a population
// of 2,000 through the Sources form; Brenmoor gets none.
const ALDWICK = [
  'Housing is far too expensive here.', 'Finding a room took me six months.', 'The rent ate half my salary.',
  'The trams are always late.', 'The museums are wonderful.',
];
const BRENMOOR = ['The rent is too high.', 'The parks are lovely.', 'Buses never come on time.'];

const browser = useWritableBrowser({ ana: 'analyst' }, async (server) => {
  expect((await loadOpenAnswers(server, 'Aldwick', ALDWICK, 'resident')).errors).toEqual([]);
  expect((await loadOpenAnswers(server, 'Brenmoor', BRENMOOR, 'resident')).errors).toEqual([]);
});

describe('city context: entered on Sources, used by the Compare page\'s per-10,000 toggle', () => {
  it('saves the population with its source and year, and Compare shows counts per 10,000 residents', async () => {
    const page = browser.page;
    const errors = collectErrors(page);
    await signIn(page, browser.server, 'ana', '/sources?city=Aldwick');
    const card = '[data-card="city-context"]';
    await page.waitForSelector(`${card} form`);
    await page.fill(`${card} [aria-label="Population (residents)"]`, '2000');
    await page.fill(`${card} [aria-label="Population: source"]`, 'Aldwick register (demo)');
    await page.fill(`${card} [aria-label="Population: year"]`, '2024');
    await page.fill(`${card} [aria-label="Born abroad (% of residents)"]`, '12.5');
    await page.fill(`${card} [aria-label="Born abroad: source"]`, 'Aldwick register (demo)');
    await page.fill(`${card} [aria-label="Born abroad: year"]`, '2023');
    await page.click(`${card} button[type="submit"]`);
    await page.waitForSelector(`${card} [role="status"]:has-text("Saved")`);
    await page.locator(card).screenshot({ path: 'tests/screenshots/sources-context.png' });
    const ctx = (await page.evaluate(async () => (await fetch('/api/cities/Aldwick/context')).json())) as CityContextResponse;
    expect(ctx).toMatchObject({
      population: { value: 2000, source: 'Aldwick register (demo)', year: 2024 },
      bornAbroad: { value: 0.125, source: 'Aldwick register (demo)', year: 2023 },
      nationalities: null, updatedBy: 'ana',
    });
    // a bad year is refused and the card says which field
    await page.fill(`${card} [aria-label="Population: year"]`, '1850');
    await page.click(`${card} button[type="submit"]`);
    await page.waitForSelector(`${card} [role="status"]:has-text("population.year")`);
    // the browser logs that refused PUT (and nothing else)
    expect(errors.splice(0)).toEqual(['console: Failed to load resource: the server responded with a status of 400 (Bad Request)']);

    await page.goto(`${browser.server.url}/compare?cities=Aldwick,Brenmoor`);
    await page.waitForSelector('[data-chart="compare-0"]');
    expect(await page.$('[data-table="per-10k"]')).toBeNull();
    await page.click('.segmented[aria-label="Counts"] button[data-value="10k"]');
    await page.waitForSelector('[data-table="per-10k"]');
    expect(new URL(page.url()).searchParams.get('per')).toBe('10k');
    const table = '[data-table="per-10k"]';
    // 5 documents, 5 segments / 2,000 residents × 10,000 = 25.00
    expect(await page.textContent(`${table} tbody tr:nth-child(1) td:nth-child(2)`)).toBe('25.00 n\u00a0=\u00a05');
    expect(await page.textContent(`${table} tbody tr:nth-child(2) td:nth-child(2)`)).toBe('25.00 n\u00a0=\u00a05');
    expect(await page.textContent(`${table} th[data-city="Aldwick"]`)).toContain('population 2,000 · Aldwick register (demo), 2024');
    expect(await page.textContent(`${table} th[data-city="Brenmoor"]`)).toContain('no population entered');
    expect(await page.textContent(`${table} tbody tr:nth-child(1) td:nth-child(3)`)).toBe('– n\u00a0=\u00a03');
    // each dimension's rate is its n / 2,000 × 10,000, with the n beside it
    const api = (await page.evaluate(async () => (await fetch('/api/compare?cities=Aldwick,Brenmoor&per=10k')).json())) as CompareResponse;
    const housing = api.cities[0].dimensions.find((d) => d.dimension === 'housing')!;
    expect(housing.n).toBeGreaterThanOrEqual(2);
    expect(api.cities[0].per10k!.dimensions.find((d) => d.dimension === 'housing')!.rate).toBe(housing.n * 5);
    expect(await page.textContent(`${table} td[data-city="Aldwick"][data-dimension="housing"]`)).toBe(`${(housing.n * 5).toFixed(2)} n\u00a0=\u00a0${housing.n}`);
    // the rate opens the quotes behind it (count = n)
    await page.click(`${table} td[data-city="Aldwick"][data-dimension="housing"] button`);
    await page.waitForFunction(() => location.search.includes('ev='), null, { timeout: 15_000 });
    expect(await page.textContent(`${table} th[data-city="Aldwick"]`)).toContain('Aldwick');
    await page.goBack();
    await page.waitForSelector(table);
    // without a population there is no rate, and the n opens the quotes
    const [quotes] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/quotes') && new URL(r.url()).searchParams.get('city') === 'Brenmoor', { timeout: 15_000 }),
      page.click(`${table} td[data-city="Brenmoor"][data-dimension="housing"] button`),
    ]);
    expect(new URL(quotes.url()).searchParams.get('theme')).toBe('housing');
    await page.goBack();
    await page.waitForSelector(table);
    await screenshot(page, 'compare-per-10k');
    expect(errors).toEqual([]);
  }, 120_000);
});
