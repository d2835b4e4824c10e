import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { collectErrors, launchChromium, screenshot } from './browser.ts';
import { startWritableServer, TEST_PASSWORD, type WritableServer } from './writable-server.ts';

const QUALTRICS = '/work/shared/fixtures/public/qualtrics/sample.csv';

let server: WritableServer;
let chrome: { context: BrowserContext; close(): Promise<void> };
let page: Page;
let errors: string[];

const count = async (table: string) => (await server.store.all<{ n: number }>(`select count(*)::INTEGER as n from ${table}`))[0].n;

beforeAll(async () => {
  server = await startWritableServer({ ana: 'analyst', vic: 'viewer' });
  chrome = await launchChromium();
  page = await chrome.context.newPage();
  errors = collectErrors(page);
}, 180_000);

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

async function signIn(name: string) {
  await page.waitForSelector('form.login-card');
  await page.fill('input[name="name"]', name);
  await page.fill('input[name="password"]', TEST_PASSWORD);
  await page.click('button[type="submit"]');
}

describe('sources page: sign-in, upload wizard, delete', () => {
  it('sends a signed-out visitor to the login page and back to Sources after signing in', async () => {
    await page.goto(`${server.url}/sources`);
    await page.waitForURL(/\/login\?next=%2Fsources/);
    await signIn('wrong-user');
    await page.waitForSelector('.form-error');
    expect(await page.textContent('.form-error')).toContain('Wrong name or password');
    await signIn('ana');
    await page.waitForURL(`${server.url}/sources`);
    await page.waitForSelector('[data-user="ana"]');
    expect(await page.textContent('.user-menu')).toContain('analyst');
    await page.waitForSelector('[data-drop-zone]');
    expect(await page.$('[data-write-note]')).toBeNull();
  }, 60_000);

  it('previews and ingests a real Qualtrics export, with the summary matching what was stored', async () => {
    await page.setInputFiles('[data-drop-zone] input[type="file"]', QUALTRICS);
    await page.waitForSelector('[data-preview] [data-format]');
    expect(await page.textContent('[data-preview] [data-format]')).toBe('qualtrics-csv');
    expect(await page.$$('[data-preview] .preview-records tbody tr')).not.toHaveLength(0);
    await page.fill('input[name="city"]', 'Testville');
    await page.click('[data-start-upload]');
    await page.waitForSelector('[data-upload-status="stored"]', { timeout: 60_000 });
    const documents = await count('documents');
    expect(documents).toBeGreaterThan(0);
    expect(await page.textContent('[data-summary] [data-documents]')).toBe(String(documents));
    // The list reloads with the new file and its real count.
    await page.waitForSelector('tr[data-file="sample.csv"]');
    expect(await page.textContent('tr[data-file="sample.csv"] [data-documents]')).toBe(String(documents));
    await screenshot(page, 'sources');
  }, 90_000);

  it('refuses a malformed file with a clear error and stores nothing of it', async () => {
    const before = await count('documents');
    const sources = await count('sources');
    const bad = join(server.dir, 'broken-export.csv');
    writeFileSync(bad, Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)));
    await page.setInputFiles('[data-drop-zone] input[type="file"]', bad);
    await page.waitForSelector('[data-preview] .error-list');
    expect(await page.textContent('[data-preview] .error-list')).toMatch(/binary data/);
    await page.click('[data-start-upload]');
    await page.waitForSelector('[data-upload-status="rejected"]', { timeout: 60_000 });
    expect(await page.textContent('[data-upload-status="rejected"]')).toMatch(/nothing of it was stored[\s\S]*binary data/);
    expect(await count('documents')).toBe(before);
    expect(await count('sources')).toBe(sources);
    expect(await page.$$('.source-table tbody tr')).toHaveLength(1);
  }, 90_000);

  it('deletes a source after a confirmation', async () => {
    await page.click('tr[data-file="sample.csv"] [data-delete]');
    await page.click('tr[data-file="sample.csv"] [data-confirm-delete]');
    await page.waitForSelector('tr[data-file="sample.csv"]', { state: 'detached' });
    expect(await count('documents')).toBe(0);
    // Expected: the 401s that sent the signed-out visitor to the login page, the 422 preview of the broken file.
    expect(errors.filter((e) => !/status of (401|422)\b/.test(e))).toEqual([]);
  }, 60_000);

  it('shows a viewer the list but no write controls', async () => {
    await page.click('.user-menu button:has-text("Sign out")');
    await page.waitForURL(/\/login/);
    await signIn('vic');
    await page.waitForURL(`${server.url}/`);
    await page.goto(`${server.url}/sources?city=Testville`);
    await page.waitForSelector('[data-write-note]');
    expect(await page.textContent('[data-write-note]')).toContain('viewer');
    expect(await page.isDisabled('[data-drop-zone] input[type="file"]')).toBe(true);
    expect(await page.$('[data-delete]')).toBeNull();
  }, 60_000);
});
