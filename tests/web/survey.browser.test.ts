import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { SurveyResponse } from '../../data/types.ts';
import { fmtInt, fmtSigned } from '../../web/src/format/intl.ts';
import { canvasInk, collectErrors, screenshot, waitForChart } from './browser.ts';
import { firstCity, useDemoBrowser } from './demo-browser.ts';

const CHARTS = ['likert', 'nps', 'open-themes'];

const demo = useDemoBrowser();
let city: string;
let survey: SurveyResponse;

beforeAll(async () => {
  city = await firstCity(demo.url);
  survey = (await (await fetch(`${demo.url}/api/survey?city=${encodeURIComponent(city)}`)).json()) as SurveyResponse;
}, 60_000);

/** CSS-pixel position of the first pixel of `rgb` in a chart's canvas below `minY` CSS px (a bar, not the legend). */
async function findColour(page: Page, id: string, rgb: [number, number, number], minY: number): Promise<{ x: number; y: number }> {
  const box = (await page.$(`[data-chart="${id}"] .echart canvas`))!;
  await box.scrollIntoViewIfNeeded();
  const rect = (await box.boundingBox())!;
  const at = await box.evaluate((el, [r0, g0, b0, minY]) => {
    const c = el as HTMLCanvasElement;
    const scale = c.width / c.clientWidth;
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    for (let y = Math.ceil(minY * scale); y < c.height; y++) {
      for (let x = 0; x < c.width; x++) {
        const i = (y * c.width + x) * 4;
        if (Math.abs(data[i] - r0) < 3 && Math.abs(data[i + 1] - g0) < 3 && Math.abs(data[i + 2] - b0) < 3) return { x: x / scale + 3, y: y / scale + 4 };
      }
    }
    return null;
  }, [...rgb, minY] as const);
  expect(at, `colour ${rgb} in ${id}`).not.toBeNull();
  return { x: rect.x + at!.x, y: rect.y + at!.y };
}

describe('survey page in Chromium', () => {
  it('draws Likert, NPS and open-answer charts with the API numbers and no console errors', async () => {
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/survey?city=${encodeURIComponent(city)}`);
    for (const id of CHARTS) await waitForChart(page, id);
    for (const id of CHARTS) {
      const ink = await canvasInk(page, id);
      expect(ink.colours, id).toBeGreaterThan(3);
      expect(ink.inkShare, id).toBeGreaterThan(0.01);
      expect(await page.textContent(`[data-chart="${id}"] .source-line`), id).toMatch(/n = [\d,]+/);
    }
    const nps = survey.items.find((i) => i.kind === 'nps' && i.group === 'all')!;
    expect(nps.nps).not.toBeNull();
    expect(await page.textContent('[data-stat="nps"] .stat-value')).toBe(fmtSigned(nps.nps));
    expect(await page.textContent('[data-chart="nps"] .card-title')).toContain(fmtSigned(nps.nps));
    // the respondents are the survey responses stored for the city, not the largest item n
    expect(survey.respondents).toBeGreaterThan(0);
    expect(await page.textContent('[data-stat="respondents"] .stat-value')).toBe(fmtInt(survey.respondents));

    // The Likert table carries the top-2 share and Wilson bounds of every item.
    await page.click('[data-chart="likert"] button:has-text("Table")');
    const likert = survey.items.filter((i) => i.kind === 'likert' && i.group === 'all');
    const rows = await page.$$('[data-chart="likert"] tbody tr');
    expect(rows.length).toBe(likert.length);
    await screenshot(page, 'survey');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the quotes behind an open-answer theme, count = its n, and the link reproduces the drawer', async () => {
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/survey?city=${encodeURIComponent(city)}`);
    await waitForChart(page, 'open-themes');
    // The first row is the most mentioned theme; its detractor segment is drawn in #d6604d.
    const top = survey.openThemes.filter((t) => t.category === 'all').sort((a, b) => b.n - a.n)[0];
    const at = await findColour(page, 'open-themes', [0xd6, 0x60, 0x4d], 30);
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector('.evidence-drawer [data-total]', { timeout: 20_000 });
    expect(Number(await page.getAttribute('.evidence-drawer [data-total]', 'data-total'))).toBe(top.n);
    const url = new URL(page.url());
    expect(url.searchParams.get('ev')).toBeTruthy();

    const again = await demo.context.newPage();
    await again.goto(url.toString());
    await again.waitForSelector('.evidence-drawer [data-total]', { timeout: 20_000 });
    expect(Number(await again.getAttribute('.evidence-drawer [data-total]', 'data-total'))).toBe(top.n);
    expect(errors).toEqual([]);
    await again.close();
    await page.close();
  });

  it('follows the audience toggle: internationals get their own NPS', async () => {
    const intl = (await (await fetch(`${demo.url}/api/survey?city=${encodeURIComponent(city)}&group=international`)).json()) as SurveyResponse;
    const nps = intl.items.find((i) => i.kind === 'nps' && i.group === 'international')!;
    const page = await demo.context.newPage();
    await page.goto(`${demo.url}/survey?city=${encodeURIComponent(city)}&group=international`);
    await waitForChart(page, 'nps');
    expect(await page.textContent('[data-stat="nps"] .stat-value')).toBe(fmtSigned(nps.nps));
    await page.setViewportSize({ width: 390, height: 844 });
    await waitForChart(page, 'likert');
    expect((await canvasInk(page, 'likert')).inkShare).toBeGreaterThan(0.01);
    await screenshot(page, 'survey-phone');
    await page.close();
  });
});
