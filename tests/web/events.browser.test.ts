import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { EventsResponse } from '../../data/types.ts';
import { loadEventon } from '../helpers/eventon.ts';
import { collectErrors, screenshot, waitForChart } from './browser.ts';
import { signIn, useWritableBrowser } from './writable-server.ts';

// Eventon (tests/helpers/eventon.ts): the figures of the 30 days around 2026-03-01 are computed on paper there.
const browser = useWritableBrowser({ ana: 'analyst' }, async (server) => loadEventon(server.store));

/** Pixels of the chart's canvas close to the selected event line's colour (#333333). */
const darkInk = (page: Page) => page.$eval('[data-chart="trend"] .echart canvas', (el) => {
  const c = el as HTMLCanvasElement;
  const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
  let k = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 200 && Math.abs(data[i] - 51) < 8 && Math.abs(data[i + 1] - 51) < 8 && Math.abs(data[i + 2] - 51) < 8) k++;
  return k;
});
const cell = (page: Page, win: string, what: string) => page.locator(`[data-card="events"] tr[data-window="${win}"] [${what}]`).first().textContent();

describe('events on the Trends page in Chromium', () => {
  it('lets an analyst mark an event, draws its line and shows the before/after figures with n and intervals', async () => {
    const { page, server } = browser;
    const errors = collectErrors(page);
    await signIn(page, server, 'ana', '/trends?city=Eventon&window=30');
    await waitForChart(page, 'trend');
    await page.waitForSelector('[data-empty="events"]');
    const inkBefore = await darkInk(page);

    await page.fill('[data-event-add] input[name="date"]', '2026-03-01');
    await page.fill('[data-event-add] input[name="title"]', 'Housing campaign launch');
    await page.fill('[data-event-add] input[name="note"]', 'posters in the station');
    await page.click('[data-event-add] button[type="submit"]');
    await page.waitForSelector('[data-card="events"] table.event-impact');
    const list = await page.evaluate(async () => (await fetch('/api/events?city=Eventon')).json()) as EventsResponse;
    expect(list.events.map((e) => [e.date, e.title, e.created_by])).toEqual([['2026-03-01', 'Housing campaign launch', 'ana']]);
    expect(page.url()).toContain(`event=${list.events[0].id}`);

    // the numbers computed on paper in tests/helpers/eventon.ts, as the page rounds them
    expect(await cell(page, 'before', 'data-n')).toBe('10');
    expect(await cell(page, 'before', 'data-net')).toBe('+60');
    expect(await cell(page, 'before', 'data-interval')).toBe('+1 to +99');
    expect(await cell(page, 'after', 'data-n')).toBe('14');
    expect(await cell(page, 'after', 'data-net')).toBe('\u221214');
    expect(await cell(page, 'after', 'data-interval')).toBe('\u221261 to +36');
    expect(await cell(page, 'change', 'data-net')).toBe('\u221274');
    expect(await cell(page, 'change', 'data-excludes-zero')).toBe('includes 0');
    expect(await page.locator('#events-title').textContent()).toContain('fell by 74 points');

    // the dashed event line (dark grey, with its title) is drawn on the chart
    await waitForChart(page, 'trend');
    expect(await darkInk(page)).toBeGreaterThan(inkBefore + 50);

    // housing alone: the change interval excludes 0 and is marked
    await page.goto(`${server.url}/trends?city=Eventon&window=30&theme=housing`);
    await page.waitForSelector('[data-card="events"] [data-excludes-zero="true"]');
    expect(await cell(page, 'change', 'data-interval')).toBe('\u2212200 to \u2212107');
    await waitForChart(page, 'trend');
    await screenshot(page, 'trends-events');

    // the after window's quotes: as many as its n
    await page.locator('[data-card="events"] tr[data-window="after"] button').click();
    await page.waitForSelector('.evidence-drawer [data-quote]');
    await page.waitForSelector('.evidence-drawer [data-total="8"]');
    expect(errors).toEqual([]);
  });
});
