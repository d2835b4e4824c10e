import { describe, expect, it } from 'vitest';
import type { ThemesResponse } from '../../data/types.ts';
import { collectErrors, screenshot } from './browser.ts';
import { loadOpenAnswers, signIn, useWritableBrowser } from './writable-server.ts';

const CITY = 'Havenstad';

/** Open answers: "allotment" (in no theme file) 8 times, trams (mobility) 6 times, 4 more with no theme. */
const ANSWERS = ([
  ['My allotment is the best thing about this town.', 5],
  ['We waited four years for one of the allotments.', 3],
  ['The reallotment was chaotic.', 4],
  ['The trams are often late.', 6],
] as [string, number][]).flatMap(([t, n]) => Array.from({ length: n }, () => t));

const browser = useWritableBrowser({ ana: 'analyst' }, async (server) => {
  const summary = await loadOpenAnswers(server, CITY, ANSWERS, 'resident');
  expect(summary).toMatchObject({ documents: 18, errors: [] });
});

const themeN = async (theme: string): Promise<number> => {
  const d = (await browser.page.evaluate(async (city) => (await fetch(`/api/themes?city=${city}`)).json(), CITY)) as ThemesResponse;
  return d.themes.find((t) => t.theme === theme)?.n ?? 0;
};

describe('themes page: add a suggested word to a theme, then remove it', () => {
  it('moves the word’s segments into the theme and back, with the figures on the page following', async () => {
    const errors = collectErrors(browser.page);
    await signIn(browser.page, browser.server, 'ana', `/themes?city=${CITY}`);
    const pick = '[data-add-theme="allotment"]';
    await browser.page.waitForSelector(pick);
    await browser.page.waitForSelector('[data-no-custom-terms]');
    expect(await browser.page.textContent('[data-fact="unclassified"]')).toContain('n = 12');
    expect(await themeN('environment')).toBe(0);

    await browser.page.waitForFunction((sel) => !(document.querySelector(sel) as HTMLSelectElement).disabled, pick);
    await browser.page.selectOption(pick, 'environment');
    await browser.page.waitForSelector('.suggested [role="status"]:has-text("Added")', { timeout: 60_000 });
    expect(await browser.page.textContent('.suggested [role="status"]')).toContain('8 segments now carry the theme');
    // the page refetches: the word leaves the suggestions, the unclassified count drops by 8
    await browser.page.waitForSelector(pick, { state: 'detached' });
    await browser.page.waitForSelector('[data-fact="unclassified"]:has-text("n = 4")');
    await browser.page.waitForSelector('[data-card="custom-terms"] [data-theme="environment"] [data-term="allotment"]');
    expect(await themeN('environment')).toBe(8);
    await screenshot(browser.page, 'themes-custom-term');
    await browser.page.setViewportSize({ width: 390, height: 844 });
    // the charts follow the new width on their (debounced) resize: measure once the layout has settled
    const settledWidth = await browser.page.evaluate(async () => {
      let last = -1;
      for (let i = 0; i < 30; i++) {
        await new Promise((r) => setTimeout(r, 100));
        const w = document.documentElement.scrollWidth;
        if (w === last) return w;
        last = w;
      }
      return last;
    });
    expect(settledWidth).toBeLessThanOrEqual(390);
    await screenshot(browser.page, 'themes-custom-term-phone');
    await browser.page.setViewportSize({ width: 1280, height: 800 });

    await browser.page.click('[data-remove-term="allotment"]');
    await browser.page.waitForSelector('[data-card="custom-terms"] [role="status"]:has-text("Removed")', { timeout: 60_000 });
    expect(await browser.page.textContent('[data-card="custom-terms"] [role="status"]')).toContain('8 segments re-annotated');
    await browser.page.waitForSelector('[data-no-custom-terms]');
    await browser.page.waitForSelector('[data-fact="unclassified"]:has-text("n = 12")');
    await browser.page.waitForSelector(pick);
    expect(await themeN('environment')).toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);
});
