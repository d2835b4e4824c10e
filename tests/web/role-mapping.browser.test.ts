import { describe, expect, it } from 'vitest';
import type { ThemesResponse } from '../../data/types.ts';
import { loadSpeakerFixtures } from '../helpers/speaker-fixtures.ts';
import { collectErrors, screenshot } from './browser.ts';
import { signIn, useWritableBrowser } from './writable-server.ts';

const browser = useWritableBrowser({ ana: 'analyst' }, (server) => loadSpeakerFixtures(server.store));

const partnersOnBureaucracy = async (): Promise<number> => {
  const d = (await browser.page.evaluate(async () => (await fetch('/api/themes?city=Havenstad&by=role')).json())) as ThemesResponse;
  return d.breakdown!.rows.find((r) => r.key === 'bureaucracy' && r.value === 'partner')?.n ?? 0;
};

describe('sources page: the role answers no term covers', () => {
  it('lists them with their counts, and mapping one relabels its segments so the figures change', async () => {
    const errors = collectErrors(browser.page);
    await signIn(browser.page, browser.server, 'ana', '/sources?city=Havenstad');
    await browser.page.waitForSelector('[data-card="role-mapping"] tr[data-answer="Au pair"]');
    expect(await browser.page.locator('[data-card="role-mapping"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-answer'))))
      .toEqual(['Au pair', 'Werkzoekend']);
    expect(await browser.page.textContent('[data-card="role-mapping"] tr[data-answer="Au pair"]')).toMatch(/Au pair\s*1\s*1/);
    expect(await partnersOnBureaucracy()).toBe(1);
    await screenshot(browser.page, 'sources-role-mapping');

    const select = '[data-card="role-mapping"] tr[data-answer="Au pair"] select';
    await browser.page.waitForFunction((sel) => !(document.querySelector(sel) as HTMLSelectElement).disabled, select);
    await browser.page.selectOption(select, 'partner');
    await browser.page.waitForSelector('[data-card="role-mapping"] [role="status"]:has-text("relabelled")');
    expect(await browser.page.textContent('[data-card="role-mapping"] [role="status"]')).toContain('“Au pair” → Accompanying partner: 1 segment relabelled');
    await browser.page.waitForSelector('[data-card="role-mapping"] tr[data-answer="Au pair"]', { state: 'detached' });
    expect(await partnersOnBureaucracy()).toBe(2);
    expect(errors).toEqual([]);
  });

  it('lists the city\'s official and partner accounts and adds one', async () => {
    await browser.page.waitForSelector('[data-card="handles"] li[data-handle="cityofhavenstad"]');
    expect(await browser.page.textContent('[data-card="handles"] li[data-handle="unihavenstad"]')).toContain('Partner');
    await browser.page.fill('[data-card="handles"] input', '@WelcomeCentreHS');
    await browser.page.selectOption('[data-card="handles"] select', 'partner');
    await browser.page.click('[data-card="handles"] button[type="submit"]');
    await browser.page.waitForSelector('[data-card="handles"] li[data-handle="welcomecentrehs"]');
    const stored = await browser.server.store.all(`select handle, voice from official_handles order by handle`);
    expect(stored).toEqual([
      { handle: 'cityofhavenstad', voice: 'official' }, { handle: 'unihavenstad', voice: 'partner' }, { handle: 'welcomecentrehs', voice: 'partner' },
    ]);
  });
});
