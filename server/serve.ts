import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp, type AppDeps } from './app.ts';
import { startCacheWarmer } from './cache-warmer.ts';
import type { Config } from '../data/config.ts';
import type { Store } from '../data/db/store.ts';

/** The version in package.json. */
export function packageVersion(): string {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8')).version;
}

/** Serves the app on config.port until SIGINT/SIGTERM, then closes the store. */
export function serveStore(store: Store, config: Config, demo: boolean, extra: Pick<AppDeps, 'jobs'> = {}): void {
  const app = createApp({ store, version: packageVersion(), demo, minN: config.minN, webDist: config.webDist, settings: config, ...extra });
  const warmer = startCacheWarmer(store, app.internal, { log: (s) => console.log(`brandgap: ${s}`) });
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    console.log(`brandgap ${demo ? 'demo (read-only) ' : ''}on http://localhost:${info.port}  (database ${store.path})`);
  });
  const stop = () => { void warmer.stop().then(() => server.close(() => { store.close(); process.exit(0); })); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
