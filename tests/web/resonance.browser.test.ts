import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { ValuesResponse } from '../../data/types.ts';
import { canvasInk, collectErrors, screenshot, waitForChart } from './browser.ts';
import { useDemoBrowser } from './demo-browser.ts';

const CITY = 'Havenstad';
const demo = useDemoBrowser();
let api: ValuesResponse;

beforeAll(async () => {
  api = (await (await fetch(`${demo.url}/api/values?city=${CITY}`)).json()) as ValuesResponse;
});

type Bubble = { value: string; group: string; n: number; x: number; y: number };

/** The bubbles the quadrant card reports once drawn (pixel centres on its canvas). */
async function bubbles(page: Page): Promise<Bubble[]> {
  await page.waitForSelector('[data-chart="resonance-quadrant"] .echart[data-bubbles]');
  return JSON.parse((await page.getAttribute('[data-chart="resonance-quadrant"] .echart', 'data-bubbles'))!);
}

type Box = { text: string; x: number; y: number; width: number; height: number };

/**
 * The value names and quadrant names the quadrant drew, with their boxes in canvas pixels (the
 * card reads them from the chart's display list once drawn; hidden labels are not listed).
 * Clears the attribute first so it is read from the drawing that follows.
 */
async function drawnNames(page: Page, redraw: () => Promise<void>): Promise<Box[]> {
  await page.$eval('[data-chart="resonance-quadrant"] .echart', (el) => el.removeAttribute('data-labels'));
  await redraw();
  await page.waitForSelector('[data-chart="resonance-quadrant"] .echart[data-labels]');
  const all = JSON.parse((await page.getAttribute('[data-chart="resonance-quadrant"] .echart', 'data-labels'))!) as Box[];
  const names = new Set([...api.values.map((v) => v.value), 'Resonating', 'Overpromised', 'Untold strength', 'Blind spot']);
  return all.filter((b) => names.has(b.text));
}

/** Pairs of boxes that share area (touching edges do not count). */
function overlaps(boxes: Box[]): string[] {
  const hits: string[] = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i];
    const b = boxes[j];
    if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) hits.push(`${a.text} × ${b.text}`);
  }
  return hits;
}

describe('brand resonance page in Chromium', () => {
  it('draws the quadrant and alignment, non-blank, with the table and vocabulary gap, and no console errors', async () => {
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/resonance?city=${CITY}`);
    for (const id of ['resonance-quadrant', 'alignment']) {
      await waitForChart(page, id);
      const ink = await canvasInk(page, id);
      expect(ink.colours, id).toBeGreaterThan(3);
      expect(ink.inkShare, id).toBeGreaterThan(0.01);
    }
    // Title states the finding: the demo brand overpromises "International" (net < 0, emphasis ≥ 1/k).
    const intl = api.values.find((v) => v.value === 'International')!;
    expect(intl.groups.find((g) => g.group === 'all')!.quadrant).toBe('overpromised');
    expect(await page.textContent('[data-chart="resonance-quadrant"] .card-title')).toMatch(/^International is overpromised/);
    // The values table has one block per value and the vocabulary gap marks shared words.
    expect(await page.$$eval('[data-table="values"] tbody.value-block', (b) => b.length)).toBe(api.values.length);
    expect(await page.$$eval('[data-table="vocabulary-gap"] mark.shared', (m) => m.length)).toBeGreaterThan(0);
    expect(await page.textContent('.how-computed')).toContain('1/k');
    // A value × group under the minimum n has no quadrant: no badge in its row, "not enough voices".
    const thin = api.values.flatMap((v) => v.groups).filter((g) => g.n > 0 && g.n < api.minN);
    expect(thin.length).toBeGreaterThan(0);
    expect(thin.every((g) => g.quadrant === null)).toBe(true);
    expect(await page.$$eval('[data-table="values"] tr.low-n .quadrant-chip', (c) => c.length)).toBe(0);
    expect(await page.textContent('[data-table="values"]')).toContain('not enough voices');
    await screenshot(page, 'resonance');
    // No two names on the quadrant overlap, on desktop and on a phone; in the demo every value
    // still gets its name (the layout may hide one only when it cannot be moved clear).
    for (const size of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
      const names = await drawnNames(page, async () => {
        await page.setViewportSize(size);
        await page.reload();
        await waitForChart(page, 'resonance-quadrant');
      });
      expect(names.map((b) => b.text).sort(), `${size.width} px`).toEqual(expect.arrayContaining(api.values.map((v) => v.value)));
      expect(names.every((b) => b.width > 0 && b.height > 0), `${size.width} px`).toBe(true);
      expect(overlaps(names), `${size.width} px`).toEqual([]);
    }
    await screenshot(page, 'resonance-phone');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens exactly the quotes behind a clicked bubble: the drawer count equals the bubble n', async () => {
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/resonance?city=${CITY}`);
    await waitForChart(page, 'resonance-quadrant');
    const all = await bubbles(page);
    // The bubble with at least 10 segments that stands furthest from any other, so the click
    // cannot land on a neighbour drawn over it (which bubbles overlap depends on the labels).
    const gap = (b: Bubble) => Math.min(...all.filter((o) => o !== b).map((o) => Math.hypot(o.x - b.x, o.y - b.y)));
    const b = all.filter((x) => x.n > 10).sort((p, q) => gap(q) - gap(p))[0];
    const fig = api.values.find((v) => v.value === b.value)!.groups.find((g) => g.group === b.group)!;
    expect(b.n).toBe(fig.n);
    expect(fig.n).toBeGreaterThan(10);
    const box = (await page.$('[data-chart="resonance-quadrant"] .echart canvas'))!;
    await box.click({ position: { x: b.x, y: b.y } });
    await page.waitForFunction(() => location.search.includes('ev='), null, { timeout: 15_000 });
    const ev = new URLSearchParams(new URL(page.url()).searchParams.get('ev')!);
    expect(ev.get('value')).toBe(b.value);
    expect(ev.get('group')).toBe(b.group);
    const total = await page.waitForSelector('.evidence-drawer [data-total]');
    expect(Number(await total.getAttribute('data-total'))).toBe(fig.n);
    expect(await page.$$eval('.evidence-drawer .quote-card, .evidence-drawer article', (q) => q.length)).toBeGreaterThan(0);

    // The link reproduces the drawer in a fresh page.
    const copy = await demo.context.newPage();
    await copy.goto(page.url());
    const again = await copy.waitForSelector('.evidence-drawer [data-total]');
    expect(Number(await again.getAttribute('data-total'))).toBe(fig.n);
    await copy.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the audience filter in the URL: a filtered link draws only that group', async () => {
    const page = await demo.context.newPage();
    await page.goto(`${demo.url}/resonance?city=${CITY}&group=resident`);
    await waitForChart(page, 'resonance-quadrant');
    const groups = new Set((await bubbles(page)).map((b) => b.group));
    expect([...groups]).toEqual(['resident']);
    expect(await page.textContent('.page-heading p')).toContain('Residents');
    await page.close();
  });
});
