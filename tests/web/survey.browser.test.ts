import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { SurveyResponse } from '../../data/types.ts';
import { ingestFile } from '../../ingest/pipeline.ts';
import { signIn, startWritableServer, type WritableServer } from './writable-server.ts';
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

/**
 * A city with real exports of every question kind: SurveyMonkey's Star Wars survey (single choice Q1,
 * multi-select Q3, numeric ranking Q4_*, Likert matrix Q5_*) and a Google Forms export written here
 * with a 1–5 linear scale, a single choice, a checkbox question and the audience question.
 */
describe('survey page with every question kind', () => {
  const CITY = 'Havenstad';
  let server: WritableServer;
  beforeAll(async () => {
    server = await startWritableServer({ ana: 'analyst' });
    const forms = join(server.dir, 'forms-kinds.csv');
    const who = ['I live here (resident)', "I'm visiting", 'I live here (resident)', 'I moved here from abroad (international)', 'I live here (resident)', "I'm visiting"];
    const scale = [4, 5, 2, 4, 1, 3];
    const move = ['Bike', 'Bus', 'Bike', 'Car', 'Bike', 'Bus'];
    const likes = ['Harbour, Museums', 'Harbour', 'Parks, Harbour', 'Museums', 'Parks', 'Harbour, Parks'];
    writeFileSync(forms, ['Timestamp,Which best describes you?,How welcoming is Havenstad?,How do you mostly get around?,What do you like? (tick all that apply),Anything else?',
      ...who.map((w, i) => `1/${10 + i}/2024 14:18:57,${w},${scale[i]},${move[i]},"${likes[i]}",${i % 2 ? '' : `Answer number ${i} about the harbour and the town`}`)].join('\n') + '\n');
    for (const path of [forms, '/work/shared/fixtures/public/surveymonkey/StarWars.csv']) {
      const s = await ingestFile(server.store, path, { city: CITY, actor: 'test' });
      expect(s.errors).toEqual([]);
    }
  }, 300_000);
  afterAll(async () => { await server?.close(); });

  it('draws Likert (with the Forms linear scale), single-choice, multi-select and numeric cards with the API numbers; plain attribute labels in the context drawer', async () => {
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await signIn(page, server, 'ana', `/survey?city=${CITY}`);
    await page.waitForURL(/\/survey\?/);
    await page.waitForSelector('.page.survey');
    const d = (await page.evaluate(async (c) => (await fetch(`/api/survey?city=${c}`)).json(), CITY)) as SurveyResponse;
    const all = d.items.filter((i) => i.group === 'all');
    for (const kind of ['likert', 'single', 'multi', 'numeric'] as const) expect(all.some((i) => i.kind === kind), kind).toBe(true);
    expect(all.find((i) => i.text === 'How welcoming is Havenstad?')).toMatchObject({ kind: 'likert', scale_min: 1, scale_max: 5 });

    // two answer scales (Star Wars' favourability labels, the Forms 1–5 scale): two Likert cards
    await page.waitForSelector('[data-chart="likert-2"]');
    for (const id of ['likert-1', 'likert-2', 'single-1', 'multi-1', 'numeric-1']) {
      await waitForChart(page, id);
      const ink = await canvasInk(page, id);
      expect(ink.inkShare, id).toBeGreaterThan(0.005);
    }
    // one card per single/multi/numeric item, in API order
    for (const kind of ['single', 'multi', 'numeric'] as const) {
      const items = all.filter((i) => i.kind === kind && i.n > 0);
      expect(await page.$$eval(`[data-chart^="${kind}-"]`, (els) => els.length), kind).toBe(items.length);
      const first = items[0];
      expect(await page.textContent(`[data-chart="${kind}-1"] .source-line`)).toContain(`n = ${fmtInt(first.n)}`);
    }
    const multi = all.filter((i) => i.kind === 'multi')[0];
    expect(await page.textContent('[data-chart="multi-1"]')).toMatch(/need not add up to 100/);
    // the multi-select table: each option's share of respondents, n from the API
    await page.click('[data-chart="multi-1"] button:has-text("Table")');
    const cells = await page.$$eval('[data-chart="multi-1"] tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(cells.length).toBe(Math.min(15, multi.distribution.length));
    const sumShares = multi.distribution.reduce((a, x) => a + x.n, 0) / multi.n;
    expect(sumShares).toBeGreaterThan(1); // Star Wars fans ticked several films
    // a Likert chart lists the Forms linear scale
    const titles = [];
    for (const id of ['likert-1', 'likert-2']) {
      await page.click(`[data-chart="${id}"] button:has-text("Table")`);
      titles.push(await page.textContent(`[data-chart="${id}"] table`));
    }
    expect(titles.join(' ')).toContain('How welcoming is Havenstad?');
    await screenshot(page, 'survey-kinds');

    // "View in context" of a Forms response: plain labels, never the attribute key
    const [{ id }] = await server.store.all<{ id: number }>(`select id::INTEGER as id from documents where attrs ->> 'groupAnswer' is not null order by id limit 1`);
    await page.goto(`${server.url}/voices?city=${CITY}&doc=${id}`);
    await page.waitForSelector('.context-panel .doc-attrs');
    const attrs = await page.textContent('.context-panel .doc-attrs');
    expect(attrs).toContain('Describes themselves as');
    expect(attrs).not.toMatch(/groupAnswer/);
    await screenshot(page, 'survey-kinds-context');
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});
