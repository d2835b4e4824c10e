import { describe, expect, it } from 'vitest';
import type { ChecklistResponse } from '../../data/checklist/types.ts';
import { collectErrors, screenshot } from './browser.ts';
import { useDemoBrowser } from './demo-browser.ts';

const CITY = 'Havenstad';
const demo = useDemoBrowser();

describe('the Checklist page and its report section (issue 19 item 5) in Chromium', () => {
  it('shows the 25 items by stage with a status, and a figure opens exactly the quotes it counts', async () => {
    const api = (await (await fetch(`${demo.url}/api/checklist?city=${CITY}`)).json()) as ChecklistResponse;
    expect(api.items).toHaveLength(25);
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/checklist?city=${CITY}`);
    await page.locator('[data-item]').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-item]').count()).toBe(25);
    expect(await page.locator('[data-stage="before"] [data-item]').count()).toBe(9);
    expect(await page.locator('[data-stage="here"] [data-item]').count()).toBe(11);
    expect(await page.locator('[data-stage="after"] [data-item]').count()).toBe(5);
    const first = api.items[0];
    expect(await page.locator(`[data-item="${first.id}"] .cl-item-head [data-status]`).getAttribute('data-status')).toBe(first.status);
    expect(await page.textContent('[data-summary]')).toContain(`${api.items.filter((i) => i.status === 'green').length} green`);
    expect(await page.textContent('nav')).toContain('Checklist');
    await screenshot(page, 'checklist');
    const item = api.items.find((i) => i.evidence.some((f) => f.kind === 'net' && f.quotes && f.n > 0))!;
    const idx = item.evidence.findIndex((f) => f.kind === 'net' && f.quotes && f.n > 0);
    const f = item.evidence[idx];
    await page.locator(`[data-item="${item.id}"] .cl-figure`).nth(idx).locator('button').click();
    const total = await page.waitForSelector('.evidence-drawer [data-total]', { timeout: 30_000 });
    // the figure's n counts scored segments; the drawer every segment behind it (a few may be unscored)
    expect(Number(await total.getAttribute('data-total'))).toBeGreaterThanOrEqual(f.n);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints the checklist in the council report, one row per item with its status', async () => {
    const page = await demo.context.newPage();
    await page.goto(`${demo.url}/report?city=${CITY}`);
    await page.locator('[data-section="checklist"]').waitFor({ timeout: 90_000 });
    const section = page.locator('[data-section="checklist"]');
    expect(await section.locator('tr[data-item]').count()).toBe(25);
    expect(await section.locator('tr[data-item] [data-status]').count()).toBe(25);
    // the report is eight A4 pages long: keep the picture to this section
    const path = (await screenshot(page, 'report')).replace(/report\.png$/, 'report-checklist.png');
    await section.screenshot({ path });
    await page.close();
  });
});
