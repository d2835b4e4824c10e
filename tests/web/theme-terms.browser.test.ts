import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { ThemesResponse } from '../../data/types.ts';
import { collectErrors, launchChromium, screenshot } from './browser.ts';
import { loadOpenAnswers, signIn, startWritableServer, type WritableServer } from './writable-server.ts';

const CITY = 'Havenstad';

/** Open answers: "allotment" (in no theme file) 8 times, trams (mobility) 6 times, 4 more with no theme. */
const ANSWERS = ([
  ['My allotment is the best thing about this town.', 5],
  ['We waited four years for one of the allotments.', 3],
  ['The reallotment was chaotic.', 4],
  ['The trams are often late.', 6],
] as [string, number][]).flatMap(([t, n]) => Array.from({ length: n }, () => t));

let server: WritableServer;
let chrome: { context: BrowserContext; close(): Promise<void> };
let page: Page;

beforeAll(async () => {
  server = await startWritableServer({ ana: 'analyst' });
  const summary = await loadOpenAnswers(server, CITY, ANSWERS, 'resident');
  expect(summary).toMatchObject({ documents: 18, errors: [] });
  chrome = await launchChromium();
  page = await chrome.context.newPage();
}, 180_000);

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

const themeN = async (theme: string): Promise<number> => {
  const d = (await page.evaluate(async (city) => (await fetch(`/api/themes?city=${city}`)).json(), CITY)) as ThemesResponse;
  return d.themes.find((t) => t.theme === theme)?.n ?? 0;
};

describe('themes page: add a suggested word to a theme, then remove it', () => {
  it('moves the word’s segments into the theme and back, with the figures on the page following', async () => {
    const errors = collectErrors(page);
    await signIn(page, server, 'ana', `/themes?city=${CITY}`);
    const pick = '[data-add-theme="allotment"]';
    await page.waitForSelector(pick);
    await page.waitForSelector('[data-no-custom-terms]');
    expect(await page.textContent('[data-fact="unclassified"]')).toContain('n = 12');
    expect(await themeN('environment')).toBe(0);

    await page.waitForFunction((sel) => !(document.querySelector(sel) as HTMLSelectElement).disabled, pick);
    await page.selectOption(pick, 'environment');
    await page.waitForSelector('.suggested [role="status"]:has-text("Added")', { timeout: 60_000 });
    expect(await page.textContent('.suggested [role="status"]')).toContain('8 segments now carry the theme');
    // the page refetches: the word leaves the suggestions, the unclassified count drops by 8
    await page.waitForSelector(pick, { state: 'detached' });
    await page.waitForSelector('[data-fact="unclassified"]:has-text("n = 4")');
    await page.waitForSelector('[data-card="custom-terms"] [data-theme="environment"] [data-term="allotment"]');
    expect(await themeN('environment')).toBe(8);
    await screenshot(page, 'themes-custom-term');
    await page.setViewportSize({ width: 390, height: 844 });
    // the charts follow the new width on their (debounced) resize: measure once the layout has settled
    const settledWidth = await page.evaluate(async () => {
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
    await screenshot(page, 'themes-custom-term-phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.click('[data-remove-term="allotment"]');
    await page.waitForSelector('[data-card="custom-terms"] [role="status"]:has-text("Removed")', { timeout: 60_000 });
    expect(await page.textContent('[data-card="custom-terms"] [role="status"]')).toContain('8 segments re-annotated');
    await page.waitForSelector('[data-no-custom-terms]');
    await page.waitForSelector('[data-fact="unclassified"]:has-text("n = 12")');
    await page.waitForSelector(pick);
    expect(await themeN('environment')).toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);
});
