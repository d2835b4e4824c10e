import { describe, expect, it } from 'vitest';
import type { ThemesResponse } from '../../data/types.ts';
import { collectErrors, screenshot } from './browser.ts';
import { useDemoBrowser } from './demo-browser.ts';

const demo = useDemoBrowser();

describe('the breakdown axis in the web app (issue 18)', () => {
  it('offers the axis in the header, shows Themes by origin, and a row opens exactly its quotes', async () => {
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/themes?city=Marenburg&group=international`);
    await page.waitForSelector('.axis-picker select');
    await page.selectOption('.axis-picker select', 'origin');
    await page.waitForSelector('[data-card="breakdown"][data-by="origin"] tbody tr');
    expect(new URL(page.url()).searchParams.get('by')).toBe('origin');
    const api = (await (await fetch(`${demo.url}/api/themes?city=Marenburg&group=international&by=origin`)).json()) as ThemesResponse;
    const row = api.breakdown!.rows.find((r) => r.key === 'bureaucracy' && r.value === 'non_eu')!;
    const tr = page.locator('[data-card="breakdown"] tbody tr', { hasText: 'Bureaucracy' }).filter({ hasText: 'Non-EU' });
    expect(await tr.count()).toBe(1);
    await screenshot(page, 'themes-breakdown-by-origin');
    await tr.click();
    const total = await page.waitForSelector('.evidence-drawer [data-total]', { timeout: 30_000 });
    expect(Number(await total.getAttribute('data-total'))).toBe(row.n);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints the chosen breakdown in the council report', async () => {
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/report?city=Marenburg&by=stay`);
    await page.waitForSelector('.report[data-ready="true"]', { timeout: 60_000 });
    const section = page.locator('section[data-section="breakdown"][data-by="stay"]');
    expect(await section.locator('h2').textContent()).toBe('Breakdown by length of stay');
    const rows = await section.locator('tbody tr').allTextContents();
    expect(rows.some((r) => r.startsWith('All themes< 1 year'))).toBe(true);
    expect(await page.textContent('.report-toolbar')).toContain('by length of stay');
    expect(errors).toEqual([]);
    await page.close();
  });
});
