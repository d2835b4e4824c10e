import { describe, expect, it } from 'vitest';
import type { SendersResponse } from '../../data/senders.ts';
import { collectErrors, screenshot } from './browser.ts';
import { useDemoBrowser } from './demo-browser.ts';

const CITY = 'Havenstad';
const demo = useDemoBrowser();

describe('the sender card on Brand resonance (issue 18 item 5) in Chromium', () => {
  it('shows who speaks per channel and per value with n, and a click opens exactly the quotes it counts', async () => {
    const api = (await (await fetch(`${demo.url}/api/senders?city=${CITY}`)).json()) as SendersResponse;
    const all = api.channels.find((c) => c.key === 'all')!;
    expect(all.n).toBeGreaterThan(100);
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    // the page's audience filter must not narrow the index or its quotes: it counts every channel
    await page.goto(`${demo.url}/resonance?city=${CITY}&group=resident`);
    const card = page.locator('[data-card="senders"]');
    await card.locator('[data-channel="all"]').waitFor({ timeout: 60_000 });
    expect(await card.locator('[data-channel="all"] .sender-channel-head').textContent()).toContain(`n = ${all.n.toLocaleString('en-US')}`);
    expect(await card.locator('[data-channel="brand"] [data-voice="official"]').count()).toBe(1);
    expect(await card.locator('.sender-finding').textContent()).toMatch(/city itself/);
    const value = api.values.find((v) => v.n > 0)!;
    const official = value.voices.find((s) => s.voice === 'official')!;
    const cells = await card.locator(`tr[data-row="value:${value.key}"] td`).allTextContents();
    expect(cells[0]).toContain(String(value.n));
    expect(cells[1]).toContain(String(official.n));
    await screenshot(page, 'resonance-senders');
    await card.locator(`tr[data-row="value:${value.key}"] td[data-voice="official"] button`).click();
    const total = await page.waitForSelector('.evidence-drawer [data-total]', { timeout: 30_000 });
    expect(Number(await total.getAttribute('data-total'))).toBe(official.n);
    expect(await page.textContent('.evidence-drawer')).toContain('Every channel, brand texts included');
    expect(errors).toEqual([]);
    await page.close();
  });
});
