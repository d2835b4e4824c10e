import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyResponse } from '../../data/types.ts';
import type { Store } from '../../data/db/store.ts';
import { itemLabel, likertPoints } from '../../web/src/charts/likert-bars.ts';
import { npsRows } from '../../web/src/charts/nps-bars.ts';
import { openDemoStore } from '../helpers/demo-server.ts';
import { collectErrors, screenshot, waitForChart } from './browser.ts';
import { firstCity, useDemoBrowser } from './demo-browser.ts';

const demo = useDemoBrowser();
let city: string;
let db: Store;

beforeAll(async () => {
  city = await firstCity(demo.url);
  db = await openDemoStore();
}, 60_000);
afterAll(() => db.close());

type Fig = SurveyResponse['items'][number] & { item_ids: number[] };

/** CSS position of the middle of the widest horizontal run of colour `rgb` below `minY` (the largest bar part). */
async function widestRun(page: Page, id: string, rgb: [number, number, number], minY: number): Promise<{ x: number; y: number }> {
  const canvas = (await page.$(`[data-chart="${id}"] .echart canvas`))!;
  await canvas.scrollIntoViewIfNeeded();
  const rect = (await canvas.boundingBox())!;
  const at = await canvas.evaluate((el, [r0, g0, b0, minY]) => {
    const c = el as HTMLCanvasElement;
    const scale = c.width / c.clientWidth;
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let best = { len: 0, x: 0, y: 0 };
    for (let y = Math.ceil(minY * scale); y < c.height; y += 2) {
      let run = 0;
      for (let x = 0; x <= c.width; x++) {
        const i = (y * c.width + x) * 4;
        const hit = x < c.width && Math.abs(data[i] - r0) < 3 && Math.abs(data[i + 1] - g0) < 3 && Math.abs(data[i + 2] - b0) < 3;
        if (hit) run++;
        else {
          if (run > best.len) best = { len: run, x: x - run / 2, y };
          run = 0;
        }
      }
    }
    return best.len ? { x: best.x / scale, y: best.y / scale } : null;
  }, [...rgb, minY] as const);
  expect(at, `colour ${rgb} in ${id}`).not.toBeNull();
  return { x: rect.x + at!.x, y: rect.y + at!.y };
}

/** Respondents with that answer, and their open-text segments, counted straight from the database. */
async function truth(itemId: number, min: number, max: number, group: string | null) {
  const [r] = await db.all<{ respondents: number; segments: number }>(
    `select count(distinct a.document_id)::INTEGER as respondents,
            (select count(*)::INTEGER from segments s join survey_answers b on b.document_id = s.document_id
             where b.item_id = $item and b.num between $min and $max and not s.moderator
               and ($group::VARCHAR is null or s.grp = $group)) as segments
     from survey_answers a join documents d on d.id = a.document_id
     where a.item_id = $item and a.num between $min and $max and ($group::VARCHAR is null or d.grp = $group)`,
    { item: itemId, min, max, group },
  );
  return r;
}

async function drawer(page: Page): Promise<{ total: number; title: string; ev: URLSearchParams }> {
  const el = await page.waitForSelector('.evidence-drawer [data-total]', { timeout: 30_000 });
  return {
    total: Number(await el.getAttribute('data-total')),
    title: (await page.textContent('#evidence-title')) ?? '',
    ev: new URLSearchParams(new URL(page.url()).searchParams.get('ev')!),
  };
}

describe('survey: a closed-answer bar opens those respondents\' open answers, in Chromium', { timeout: 120_000 }, () => {
  it('a Likert segment ("Strongly disagree", internationals) → exactly their segments', async () => {
    const api = (await (await fetch(`${demo.url}/api/survey?city=${encodeURIComponent(city)}&group=international`)).json()) as SurveyResponse;
    const items = (api.items as Fig[]).filter((i) => i.kind === 'likert' && i.group === 'international' && i.n > 0);
    // The widest dark-red run is the item with the largest "Strongly disagree" share.
    const target = [...items].sort((a, b) => likertPoints(b)[0].share - likertPoints(a)[0].share)[0];
    const point = likertPoints(target)[0];
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/survey?city=${encodeURIComponent(city)}&group=international`);
    await waitForChart(page, 'likert');
    const at = await widestRun(page, 'likert', [0xb2, 0x18, 0x2b], 40);
    await page.mouse.click(at.x, at.y);
    const d = await drawer(page);
    expect(d.ev.get('item')).toBe(String(target.item_ids[0]));
    expect(d.ev.get('answer')).toBe('Strongly disagree');
    const t = await truth(target.item_ids[0], point.num, point.num, 'international');
    expect(t.respondents).toBe(point.n);
    expect(d.title).toBe(`International respondents who answered “Strongly disagree” to “${itemLabel(target.text)}” — ${point.n} respondents`);
    expect(t.segments).toBeGreaterThan(0);
    expect(d.total).toBe(t.segments);
    expect(await page.textContent('.drawer-count')).toContain("of these respondents' open answers");
    expect(await page.textContent('.evidence-drawer .chip-strong[data-chip="answer"]')).toBe('Answer: “Strongly disagree”');
    await page.waitForSelector('.evidence-drawer .quote-card');
    await screenshot(page, 'survey-likert-evidence');

    // The link reproduces the drawer; Voices shows the same segments.
    const copy = await demo.context.newPage();
    await copy.goto(page.url());
    expect((await drawer(copy)).total).toBe(t.segments);
    await copy.click('.drawer-voices');
    const count = await copy.waitForSelector('.voices-count [data-total]');
    expect(Number(await count.getAttribute('data-total'))).toBe(t.segments);
    // "Clear filters" drops the survey answer too: back to every survey segment of the audience
    expect(await copy.isVisible('.voices-summary [data-chip="answer"]')).toBe(true);
    await copy.click('.voices-summary button:has-text("Clear filters")');
    await copy.waitForSelector('.voices-summary [data-chip="answer"]', { state: 'detached' });
    expect(new URL(copy.url()).searchParams.has('item')).toBe(false);
    const all = Number(await (await copy.waitForSelector('.voices-count [data-total]')).getAttribute('data-total'));
    expect(all).toBeGreaterThan(t.segments);
    expect(errors).toEqual([]);
    await copy.close();
    await page.close();
  });

  it('an NPS detractors bar of one group → that group\'s 0–6 answerers', async () => {
    const api = (await (await fetch(`${demo.url}/api/survey?city=${encodeURIComponent(city)}`)).json()) as SurveyResponse;
    const rows = npsRows((api.items as Fig[]).filter((i) => i.kind === 'nps')) as Fig[];
    const target = [...rows].sort((a, b) => (b.detractors ?? 0) - (a.detractors ?? 0))[0];
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/survey?city=${encodeURIComponent(city)}`);
    await waitForChart(page, 'nps');
    const at = await widestRun(page, 'nps', [0xd6, 0x60, 0x4d], 40);
    await page.mouse.click(at.x, at.y);
    const d = await drawer(page);
    expect([d.ev.get('item'), d.ev.get('answerMin'), d.ev.get('answerMax'), d.ev.get('group')])
      .toEqual([String(target.item_ids[0]), '0', '6', target.group === 'all' ? null : target.group]);
    const t = await truth(target.item_ids[0], 0, 6, target.group === 'all' ? null : target.group);
    expect(t.respondents).toBe(Math.round((target.detractors ?? 0) * target.n));
    expect(d.title.endsWith(`answered 0–6 (detractors) to “${target.text}” — ${t.respondents.toLocaleString('en-GB')} respondents`)).toBe(true);
    expect(d.total).toBe(t.segments);
    await page.waitForSelector('.evidence-drawer .quote-card');
    await screenshot(page, 'survey-nps-evidence');
    expect(errors).toEqual([]);
    await page.close();
  });
});
