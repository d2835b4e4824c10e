import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OverviewResponse } from '../../data/types.ts';
import { GROUP_LABEL } from '../../web/src/format/labels.ts';
import { canvasInk, collectErrors, screenshot, waitForChart } from './browser.ts';
import { firstCity as firstCityOf, useDemoBrowser } from './demo-browser.ts';

const CHARTS = ['net-by-group', 'documents-by-source', 'top-themes'];

const demo = useDemoBrowser();
let firstCity: string;

beforeAll(async () => {
  firstCity = await firstCityOf(demo.url);
});

// A loaded 2-core CI machine can take a while to draw; the waits are generous, never sleeps.
describe('overview page in Chromium', { timeout: 120_000 }, () => {
  it('opens on the first city and draws every chart, non-blank, with no console errors', async () => {
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/`);
    for (const id of CHARTS) await waitForChart(page, id);

    // With no city in the link, the app picks the first and writes it into the URL.
    expect(new URL(page.url()).searchParams.get('city')).toBe(firstCity);
    for (const id of CHARTS) {
      const ink = await canvasInk(page, id);
      expect(ink.width, id).toBeGreaterThan(200);
      expect(ink.colours, id).toBeGreaterThan(3);
      expect(ink.inkShare, id).toBeGreaterThan(0.01);
      const title = await page.textContent(`[data-chart="${id}"] .card-title`);
      expect(title!.length, id).toBeGreaterThan(10);
      expect(await page.textContent(`[data-chart="${id}"] .source-line`), id).toMatch(/n = [\d,]+/);
    }
    expect(await page.textContent('h1')).toBe(firstCity);
    // The alerts card answers either way: spikes listed, or "no open alerts".
    expect(await (await page.waitForSelector('[data-card="alerts"] h2')).textContent()).toMatch(/spike in negative talk|No open alerts/);
    expect(await page.textContent('[data-stat="documents"] .stat-value')).toMatch(/^[\d,]+$/);
    await screenshot(page, 'overview');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the same numbers in the table as the API answers', async () => {
    const api = (await (await fetch(`${demo.url}/api/overview?city=${encodeURIComponent(firstCity)}`)).json()) as OverviewResponse;
    const page = await demo.context.newPage();
    await page.goto(`${demo.url}/?city=${encodeURIComponent(firstCity)}`);
    await waitForChart(page, 'net-by-group');
    await page.click('[data-chart="net-by-group"] button:has-text("Table")');
    const rows = await page.$$eval('[data-chart="net-by-group"] tbody tr', (trs) =>
      trs.map((tr) => Array.from(tr.children, (c) => c.textContent ?? '')),
    );
    const withSegments = api.netByGroup.filter((g) => g.n > 0);
    expect(rows).toHaveLength(withSegments.length);
    // Column 0 is the group, column 4 is n; the en-GB locale writes 17,500.
    const shown = Object.fromEntries(rows.map((r) => [r[0], r[4]]));
    expect(shown).toEqual(Object.fromEntries(withSegments.map((g) => [GROUP_LABEL[g.group], g.n.toLocaleString('en-GB')])));
    await page.close();
  });

  it('downloads a chart as PNG and its numbers as CSV', async () => {
    const page = await demo.context.newPage();
    await page.goto(`${demo.url}/?city=${encodeURIComponent(firstCity)}`);
    await waitForChart(page, 'top-themes');

    const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-chart="top-themes"] button:has-text("PNG")')]);
    expect(png.suggestedFilename()).toMatch(/-top-themes\.png$/);
    const pngBytes = readFileSync((await png.path())!);
    expect([...pngBytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(pngBytes.length).toBeGreaterThan(5000);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-chart="top-themes"] button:has-text("CSV")')]);
    const lines = readFileSync((await csv.path())!, 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Theme,Share of segments,Net sentiment,95% low,95% high,n (segments),Scored,Journey stage,Low n');
    const api = (await (await fetch(`${demo.url}/api/overview?city=${encodeURIComponent(firstCity)}`)).json()) as OverviewResponse;
    expect(lines).toHaveLength(1 + api.topThemes.length);
    await page.close();
  });

  it('keeps filters in the URL: back and forward restore them, and a copied link reproduces the view', async () => {
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/?city=${encodeURIComponent(firstCity)}`);
    await waitForChart(page, 'net-by-group');

    await page.click('[aria-label="Audience"] button[data-value="international"]');
    await page.waitForURL(/group=international/);
    await waitForChart(page, 'net-by-group');
    const filtered = page.url();
    expect(await page.textContent('.page-heading p')).toContain('Internationals');

    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('group'));
    expect(await page.getAttribute('[aria-label="Audience"] button[data-value="all"]', 'aria-pressed')).toBe('true');
    await page.goForward();
    await page.waitForURL(/group=international/);
    expect(await page.getAttribute('[aria-label="Audience"] button[data-value="international"]', 'aria-pressed')).toBe('true');

    const copy = await demo.context.newPage();
    await copy.goto(filtered);
    await waitForChart(copy, 'net-by-group');
    expect(await copy.getAttribute('[aria-label="Audience"] button[data-value="international"]', 'aria-pressed')).toBe('true');
    expect(await copy.textContent('.page-heading p')).toContain('Internationals');
    expect(errors).toEqual([]);
    await copy.close();
    await page.close();
  });

  it('shows the server error for an unknown city instead of a blank page', async () => {
    const page = await demo.context.newPage();
    await page.goto(`${demo.url}/?city=Atlantis`);
    const alert = await page.waitForSelector('[role="alert"]');
    expect(await alert.textContent()).toContain('Atlantis');
    await page.close();
  });

  it('collapses the navigation into a menu on a 390-px phone and still draws the charts', async () => {
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${demo.url}/?city=${encodeURIComponent(firstCity)}`);
    for (const id of CHARTS) await waitForChart(page, id);
    expect(await page.isVisible('#app-nav')).toBe(false);
    await page.click('.menu-button');
    expect(await page.isVisible('#app-nav a[aria-current="page"]')).toBe(true);
    const ink = await canvasInk(page, 'top-themes');
    expect(ink.inkShare).toBeGreaterThan(0.01);
    // Nothing may force sideways scrolling on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'overview-phone');
    expect(errors).toEqual([]);
    await page.close();
  });
});
