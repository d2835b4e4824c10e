/** `npm start`: serves the real database (BRANDGAP_DB). The only place that reads the environment. */
import { loadConfig } from './config.ts';
import { openStore, StoreLockedError } from './db/store.ts';
import { ensureWebBuilt } from './ensure-web.ts';
import { serveStore } from './serve.ts';

const config = loadConfig(process.env);
try {
  await ensureWebBuilt(config.webDist);
  const store = await openStore(config.dbPath);
  serveStore(store, config, false);
} catch (err) {
  console.error(`brandgap: ${err instanceof StoreLockedError ? err.message : (err as Error).stack}`);
  process.exit(1);
}
