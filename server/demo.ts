/** `npm run demo`: builds the demo database when missing and serves it read-only, without login. */
import { existsSync } from 'node:fs';
import { buildDemoDb, DEMO_MARKER } from '../data/demo/build.ts';
import { loadConfig } from './config.ts';
import { openStore } from './db/store.ts';
import { ensureWebBuilt } from './ensure-web.ts';
import { serveStore } from './serve.ts';

const config = loadConfig(process.env);
await ensureWebBuilt(config.webDist);
if (!existsSync(config.demoDbPath)) await buildDemoDb(config.demoDbPath);
const store = await openStore(config.demoDbPath, { readOnly: true });
// Demo mode (no login) serves only a database the demo generator built, never uploaded data.
const marked = await store.all(`select 1 from settings where key = '${DEMO_MARKER}' and value = 'true'`);
if (!marked.length) {
  console.error(`brandgap: ${config.demoDbPath} is not the generated demo database; refusing to serve it without login`);
  process.exit(1);
}
serveStore(store, config, true);
