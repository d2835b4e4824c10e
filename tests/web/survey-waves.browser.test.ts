import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../ingest/pipeline.ts';
import { collectErrors, screenshot } from './browser.ts';
import { signIn, useWritableBrowser } from './writable-server.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/ingest');

// Two waves of Fjordby's survey (tests/server/survey-waves.test.ts has their figures on paper).
const browser = useWritableBrowser({ ana: 'analyst' }, async (server) => {
  await ingestFile(server.store, `${FIXTURES}/qualtrics-wave-2025-10.csv`, { city: 'Fjordby', group: 'resident' });
  await ingestFile(server.store, `${FIXTURES}/qualtrics-wave-2026-04.csv`, { city: 'Fjordby', group: 'resident', wave: '2026-04' });
});

describe('survey page: comparing waves', () => {
  it('confirms a suggested link, then shows the housing item per wave with the change and its mark, and undoes it', async () => {
    const errors = collectErrors(browser.page);
    const card = '[data-card="waves"]';
    await signIn(browser.page, browser.server, 'ana', '/survey?city=Fjordby');
    await browser.page.waitForSelector(`${card} [data-suggestion]`);
    expect(await browser.page.locator(`${card} [data-suggestion]`).count()).toBe(3);
    await browser.page.locator(`${card} [data-suggestion]:has-text("housing") button`).click();
    await browser.page.waitForSelector(`${card} [data-wave-item] tr[data-wave="2026-04"]`);
    const row = await browser.page.textContent(`${card} tr[data-wave="2026-04"]`);
    // 1 of 10 top-2-box after 8 of 10: −70 points, Newcombe 95% −87 to −27 (excludes zero: ▼); mean 4.0 → 2.1
    expect(row).toContain('10%');
    expect(row).toContain('−70 pts ▼');
    expect(row).toContain('95%: −87 to −27');
    expect(row).toContain('−1.90 ▼');
    await screenshot(browser.page, 'survey-waves');
    const audit = await browser.server.store.all<{ actor: string }>(`select actor from audit_log where action = 'survey.link'`);
    expect(audit).toEqual([{ actor: 'ana' }]);
    await browser.page.locator(`${card} [data-link] button`).first().click();
    await browser.page.waitForSelector(`${card} [data-suggestion]:has-text("housing")`);
    expect(await browser.page.locator(`${card} [data-wave-item]`).count()).toBe(0);
    expect(await browser.page.locator(`${card} [data-suggestion]`).count()).toBe(3);
    expect(errors).toEqual([]);
  });
});
