/** An upload through the queue in the browser: Sources shows the parts staged and posts a second while it runs. */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { postTexts, writeSocialJsonl } from '../../bench/generate.ts';
import { queueConfig } from '../../ingest/queue/config.ts';
import { queuePartRunner, type QueueParts } from '../../ingest/queue/flow.ts';
import { collectErrors, launchChromium, screenshot } from '../web/browser.ts';
import { signIn, startWritableServer, type WritableServer } from '../web/writable-server.ts';
import { useRedis } from '../helpers/redis.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { startWorker, stopWorker, type WorkerProc } from '../../bench/support/workers.ts';

const redis = useRedis();
const tmp = tmpDir('brandgap-queue-ui-');
const file = join(tmp.dir, 'posts.jsonl');
let queue: QueueParts;
let server: WritableServer;
let chrome: { context: BrowserContext; close(): Promise<void> };
let page: Page;
let errors: string[];
const workers: WorkerProc[] = [];

beforeAll(async () => {
  await writeSocialJsonl(file, 3500, postTexts(7, 2000));
  appendFileSync(file, readFileSync(file, 'utf8').split('\n').slice(0, 6).join('\n') + '\n');
  const env = { BRANDGAP_REDIS_URL: redis().url, BRANDGAP_STAGING: join(tmp.dir, 'staging') };
  workers.push(...await Promise.all([startWorker(env, 2000), startWorker(env, 2000)]));
  queue = queuePartRunner(queueConfig(env)!, { pollMs: 200 });
  server = await startWritableServer({ ana: 'analyst' }, 0, { queue });
  chrome = await launchChromium();
  page = await chrome.context.newPage();
  errors = collectErrors(page);
}, 180_000);

afterAll(async () => {
  await chrome?.close();
  await server?.close();
  await queue?.close();
  await Promise.all(workers.map(stopWorker));
  tmp.cleanup();
});

describe('an upload staged by queue workers', () => {
  it('shows parts staged and posts a second while it runs, then the stored summary', async () => {
    await signIn(page, server, 'ana', '/sources');
    await page.waitForSelector('[data-drop-zone]');
    await page.setInputFiles('[data-drop-zone] input[type="file"]', file);
    await page.waitForSelector('[data-preview] [data-format]');
    await page.fill('input[name="city"]', 'Havenstad');
    await page.click('[data-start-upload]');
    await page.waitForFunction(() => /Parts staged by the workers: \d of 2/.test(document.querySelector('[data-upload-parts]')?.textContent ?? '')
      && /records so far, [\d,.]+ a second/.test(document.querySelector('[data-upload-status="running"]')?.textContent ?? ''), null, { timeout: 60_000 });
    await screenshot(page, 'upload-queue-progress');
    await page.waitForSelector('[data-upload-status="stored"]', { timeout: 120_000 });
    expect(await page.textContent('[data-summary] [data-documents]')).toBe('3,500');
    expect(errors).toEqual([]);
  }, 240_000);
});
