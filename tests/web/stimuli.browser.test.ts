import { beforeAll, describe, expect, it } from 'vitest';
import type { StimuliResponse } from '../../data/types.ts';
import { canvasInk, collectErrors, screenshot, waitForChart } from './browser.ts';
import { useDemoBrowser } from './demo-browser.ts';

const CITY = 'Havenstad';
const demo = useDemoBrowser();
let api: StimuliResponse;

beforeAll(async () => {
  api = (await (await fetch(`${demo.url}/api/stimuli?city=${CITY}`)).json()) as StimuliResponse;
});

describe('campaign stimuli and term drift in Chromium', () => {
  it('the Brand page lists each stimulus and group as the API gives them, and opens the quotes of one', async () => {
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/brand?city=${CITY}`);
    const card = '[data-card="stimuli"]';
    await page.waitForSelector(`${card} tbody tr`);
    expect(await page.locator(`${card} tbody tr`).count()).toBe(api.stimuli.length);
    // the title states the finding: residents do not find the poster authentic
    expect(await page.textContent(`${card} .card-title`)).toMatch(/^Residents find “Skyline at sunset poster” inauthentic: 0% authentic/);
    const resident = api.stimuli.find((r) => r.stimulus === 'S1' && r.group === 'resident')!;
    const row = `${card} tr[data-stimulus="S1"][data-group="resident"]`;
    expect(await page.textContent(`${row} td.num >> nth=0`)).toContain(String(resident.n));
    await page.click(`${row} button`);
    const total = await page.waitForSelector('.evidence-drawer [data-total]', { timeout: 30_000 });
    expect(Number(await total.getAttribute('data-total'))).toBe(resident.n);
    expect(await page.textContent('.evidence-drawer .chips')).toContain('Shown: S1');
    await screenshot(page, 'brand-stimuli');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.evidence-drawer', { state: 'detached' });
    await page.waitForSelector('[data-card="authenticity"] tbody tr[data-authenticity="source:focus-group"]');
    await page.locator(card).screenshot({ path: await screenshot(page, 'brand-stimuli-card') });
    await page.locator('[data-card="authenticity"]').screenshot({ path: await screenshot(page, 'brand-authenticity-card') });
    expect(errors).toEqual([]);
  });

  it('the Brand resonance page draws the term drift of three suggested words, and redraws with a word added', async () => {
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/resonance?city=${CITY}`);
    await waitForChart(page, 'term-drift');
    const ink = await canvasInk(page, 'term-drift');
    expect(ink.colours).toBeGreaterThan(3);
    expect(await page.locator('[data-chart="term-drift"] .chips button[aria-pressed="true"]').count()).toBe(3);
    await page.fill('[data-chart="term-drift"] input[aria-label="Add a term"]', 'multicultural');
    await page.click('[data-chart="term-drift"] .term-add button[type="submit"]');
    await page.waitForSelector('[data-chart="term-drift"] .chips button[data-term="multicultural"][aria-pressed="true"]');
    await waitForChart(page, 'term-drift');
    expect(await page.textContent('[data-chart="term-drift"] .card-title')).toMatch(/of audience segments/);
    await page.locator('[data-chart="term-drift"]').screenshot({ path: await screenshot(page, 'resonance-term-drift') });
    expect(errors).toEqual([]);
  });
});
