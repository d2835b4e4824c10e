import { describe, expect, it } from 'vitest';
import { collectErrors } from './browser.ts';
import { loadOpenAnswers, signIn, useWritableBrowser } from './writable-server.ts';

const CITY = 'Havenstad';
const ANSWERS = ['Finding a flat here is impossible.', 'The language courses have long waiting lists.', 'I love the festivals.'];

const browser = useWritableBrowser({ ana: 'analyst' }, async (server) => {
  expect(await loadOpenAnswers(server, CITY, ANSWERS, 'international')).toMatchObject({ documents: ANSWERS.length, errors: [] });
});

describe('an analyst assesses a checklist item in Chromium', () => {
  it('sets a status and a note, sees them on the item, and the audit log records the change', async () => {
    const errors = collectErrors(browser.page);
    await signIn(browser.page, browser.server, 'ana', `/checklist?city=${CITY}`);
    const item = browser.page.locator('[data-item="h2-language-courses"]');
    await item.waitFor({ timeout: 60_000 });
    // three answers are far below min n: the evidence says no data
    expect(await item.locator('.cl-item-head [data-status]').getAttribute('data-status')).toBe('no_data');
    await item.locator('select').selectOption('amber');
    await item.locator('input[type="text"]').fill('Waiting lists of six months');
    await item.locator('button', { hasText: 'Save' }).click();
    await browser.page.waitForSelector('[data-item="h2-language-courses"] .cl-item-head [data-status="amber"]', { timeout: 30_000 });
    expect(await item.locator('.cl-note').textContent()).toContain('Waiting lists of six months');
    expect(await item.textContent()).toContain('Evidence alone: No data');
    const audit = await browser.server.store.all<{ actor: string; target: string }>(`select actor, target from audit_log where action = 'checklist.assess'`);
    expect(audit).toEqual([{ actor: 'ana', target: `${CITY}: h2-language-courses` }]);
    expect(errors).toEqual([]);
  });
});
