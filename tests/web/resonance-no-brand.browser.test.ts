import { describe, expect, it } from 'vitest';
import type { ValuesResponse } from '../../data/types.ts';
import { collectErrors } from './browser.ts';
import { loadOpenAnswers, signIn, useWritableBrowser } from './writable-server.ts';

const CITY = 'Textless';

const browser = useWritableBrowser({ ana: 'analyst' }, async (server) => {
  await loadOpenAnswers(server, CITY, ['The trams are often late.'], 'resident');
  await server.store.write(async (c) => {
    await c.run(`insert into brand_values (id, city_id, name, position, terms, exclusions)
      select 900, id, 'Green', 0, ['park'], [] from cities where name = '${CITY}'`);
  });
  const summary = await loadOpenAnswers(server, CITY, Array.from({ length: 12 }, (_, i) => `The park near street ${i} is lovely.`), 'international');
  expect(summary).toMatchObject({ errors: [] });
});

describe('brand resonance page for a city with no brand texts', () => {
  it('asks for brand texts, linking to Sources, instead of calling every value an untold strength', async () => {
    const errors = collectErrors(browser.page);
    await signIn(browser.page, browser.server, 'ana', `/resonance?city=${CITY}`);
    const title = await browser.page.waitForSelector('.page.resonance .empty-state h2');
    const api = (await browser.page.evaluate(async (city) => (await fetch(`/api/values?city=${city}`)).json(), CITY)) as ValuesResponse;
    expect(api.brandTexts).toEqual({ segments: 0, naming: 0 });
    expect(api.values.find((v) => v.value === 'Green')!.groups.find((g) => g.group === 'all')!.n).toBeGreaterThan(5);
    expect(await title.textContent()).toBe('Brand texts are needed');
    expect(await browser.page.getAttribute('.page.resonance a[href="/sources"]', 'href')).toBe('/sources');
    expect(await browser.page.locator('[data-chart="resonance-quadrant"]').count()).toBe(0);
    expect(await browser.page.textContent('.page.resonance')).not.toContain('Untold strength');
    expect(errors).toEqual([]);
  });
});
