import { afterAll, beforeAll, expect, inject } from 'vitest';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../../server/app.ts';
import { openStore, type Store } from '../../data/db/store.ts';

/** The demo database built once by tests/global-setup.ts, opened read-only. */
export async function openDemoStore(): Promise<Store> {
  return openStore(inject('demoDb'), { readOnly: true });
}

/** The app over the demo database, for port-less API tests: `await app.request('/api/cities')`. */
export async function demoApp(): Promise<{ app: ReturnType<typeof createApp>; store: Store }> {
  const store = await openDemoStore();
  return { app: createApp({ store, version: 'test', demo: true, minN: 30 }), store };
}

/** The demo API for one test file: opened before its tests and closed after them. `get` asks a
 * path and expects 200; `store()` is the demo database, for checks below the API. */
export function useDemoApi(): { get<T>(path: string): Promise<T>; store(): Store } {
  let opened: Awaited<ReturnType<typeof demoApp>> | null = null;
  beforeAll(async () => { opened = await demoApp(); });
  afterAll(() => opened?.store.close());
  return {
    async get<T>(path: string): Promise<T> {
      const res = await opened!.app.request(path);
      expect(res.status, path).toBe(200);
      return (await res.json()) as T;
    },
    store: () => opened!.store,
  };
}

/** The demo served over HTTP on a free port, with the web app built by global setup (for browser tests). */
export async function startDemoServer(): Promise<{ url: string; close(): Promise<void> }> {
  const store = await openDemoStore();
  const app = createApp({ store, version: 'test', demo: true, minN: 30, webDist: 'web/dist' });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => { store.close(); resolve(); })),
  };
}
