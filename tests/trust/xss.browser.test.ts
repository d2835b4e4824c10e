import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../web/browser.ts';
import { refreshAllFacts } from '../../data/db/facts.ts';
import { startWritableServer, TEST_PASSWORD, type WritableServer } from '../web/writable-server.ts';

// Stored as a reader would keep them: user text that looks like markup.
const POSTS = [
  `Loved the harbour <img src=x onerror="window.__xss=(window.__xss||0)+1;alert('xss')"> today`,
  `<script>window.__xss=99</script> the tram is great`,
  `<svg onload="window.__xss=7"><a href="javascript:alert(2)">the museum</a></svg> is lovely`,
];

describe('stored markup in a post is shown as text on the Voices page (Chromium)', () => {
  let server: WritableServer;
  let chrome: { context: BrowserContext; close(): Promise<void> };
  beforeAll(async () => {
    server = await startWritableServer({ viv: 'viewer' });
    await server.store.write(async (c) => {
      await c.run(`insert into cities (id, name) values (1, 'Havenstad')`);
      await c.run(`insert into sources (id, city_id, kind, format, file_name, file_hash) values (1, 1, 'social', 'social-ndjson', 'posts.ndjson', 'h')`);
      for (const [i, text] of POSTS.entries()) {
        await c.run(`insert into documents (id, source_id, city_id, kind, dedup_key, grp, date, language, text) values ($id, 1, 1, 'social', $k, 'resident', '2025-05-01', 'en', $text)`, { id: i + 1, k: `k${i}`, text });
        await c.run(`insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, moderator, language, sentiment, label)
          values ($id, $id, 1, 'social', 'resident', '2025-05-01', 0, 0, $len, $text, false, 'en', 0.5, 'positive')`, { id: i + 1, len: text.length, text });
      }
      await refreshAllFacts(c);
    });
    chrome = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });

  it('renders the <img onerror>, <script> and <svg onload> posts as visible text: no element, no script, no dialog', async () => {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'viv', password: TEST_PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0].split('=');
    await chrome.context.addCookies([{ name: cookie[0], value: cookie[1], url: server.url }]);
    const page = await chrome.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const res = await page.goto(`${server.url}/voices?city=Havenstad`);
    expect(res!.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForFunction(() => document.body.innerText.includes('onerror='), null, { timeout: 60_000 });
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain(`<img src=x onerror="window.__xss=(window.__xss||0)+1;alert('xss')">`);
    expect(text).toContain('<script>window.__xss=99</script>');
    expect(text).toContain('<svg onload="window.__xss=7">');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('main svg[onload], main a[href^="javascript:"]').count()).toBe(0);
    await page.waitForTimeout(500); // give an injected onerror handler the chance it must not get
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  }, 180_000);
});
