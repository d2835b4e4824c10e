/**
 * A writable brandgap over a fresh temporary database, with login required, upload jobs running
 * and accounts made up front: what the upload and brand-editing browser tests sign in to.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createAccount } from '../../server/auth/accounts.ts';
import type { Role } from '../../server/auth/roles.ts';
import { openStore, type Store } from '../../data/db/store.ts';
import { createJobs, type Jobs } from '../../server/jobs.ts';
import { createModelJobs } from '../../server/model-jobs.ts';
import type { Group } from '../../data/types.ts';
import { ingestFile, type IngestSummary } from '../../ingest/pipeline.ts';
import { parseColumnMapping } from '../../ingest/readers/mapping.ts';
import { launchChromium } from './browser.ts';
import type { QueueParts } from '../../ingest/queue/flow.ts';

/** The password of every account made here. */
export const TEST_PASSWORD = 'correct horse battery staple';

export type WritableServer = { url: string; store: Store; jobs: Jobs; dir: string; close(): Promise<void> };

/** Serves a new database on a free port (or `port`) with one account per entry of `accounts`;
 * `trainMaxTexts` retrains on that many of the training texts (seconds instead of 10–30 s);
 * `queue` stages uploads through BullMQ (the queue tests). */
export async function startWritableServer(accounts: Record<string, Role>, port = 0, opts: { trainMaxTexts?: number; queue?: QueueParts } = {}): Promise<WritableServer> {
  const dir = mkdtempSync(join(tmpdir(), 'brandgap-writable-'));
  const store = await openStore(join(dir, 'brandgap.duckdb'));
  for (const [name, role] of Object.entries(accounts)) await createAccount(store, name, role, TEST_PASSWORD);
  const jobs = await createJobs(store, undefined, { queue: opts.queue });
  const app = createApp({
    store, version: 'test', demo: false, minN: 30, webDist: 'web/dist', jobs,
    modelJobs: createModelJobs(store, { maxTexts: opts.trainMaxTexts }),
    settings: { uploadDir: dir, loginAttempts: 50 },
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${bound}`, store, jobs, dir,
    close: () => new Promise<void>((resolve) => server.close(async () => {
      await jobs.idle();
      store.close();
      rmSync(dir, { recursive: true, force: true });
      resolve();
    })),
  };
}

/** Signs `name` in through the login page of `server`, which then sends the browser on to `next`. */
export async function signIn(page: Page, server: WritableServer, name: string, next: string): Promise<void> {
  await page.goto(`${server.url}/login?next=${encodeURIComponent(next)}`);
  await page.fill('input[name="name"]', name);
  await page.fill('input[name="password"]', TEST_PASSWORD);
  await page.click('button[type="submit"]');
}

/** Ingests one open answer per text (a generic id,comment CSV) into `city`, from `group`. */
export async function loadOpenAnswers(server: WritableServer, city: string, texts: string[], group: Group): Promise<IngestSummary> {
  const path = join(server.dir, `open-answers-${group}.csv`);
  writeFileSync(path, ['id,comment', ...texts.map((t, i) => `${i + 1},"${t}"`)].join('\n') + '\n');
  return ingestFile(server.store, path, {
    city, actor: 'test', mapping: parseColumnMapping({ id: 'id', text: ['comment'], defaultGroup: group }),
  });
}

/** A writable server and the Chromium page a browser test file drives (set once beforeAll ran). */
export type WritableBrowser = { readonly server: WritableServer; readonly page: Page; readonly context: BrowserContext };

/**
 * Starts a writable server with `accounts`, lets `prepare` load what the file needs, then opens
 * Chromium, before the file's tests; closes both after them. The writable twin of useDemoBrowser.
 */
export function useWritableBrowser(accounts: Record<string, Role>, prepare: (server: WritableServer) => Promise<void> = async () => {}, opts: { trainMaxTexts?: number } = {}): WritableBrowser {
  let server: WritableServer | undefined;
  let chrome: { context: BrowserContext; close(): Promise<void> } | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    server = await startWritableServer(accounts, 0, opts);
    await prepare(server);
    chrome = await launchChromium();
    page = await chrome.context.newPage();
  }, 180_000);
  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });
  return {
    get server() { return server!; },
    get page() { return page!; },
    get context() { return chrome!.context; },
  };
}
