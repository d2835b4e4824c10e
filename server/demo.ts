/** `npm run demo`: builds the demo database when missing and serves it read-only, without login. */
import { existsSync } from 'node:fs';
import { buildDemoDb } from './demo-build.ts';
import { demoProblem } from './auth/demo-guard.ts';
import { loadConfig } from '../data/config.ts';
import { openStore } from '../data/db/store.ts';
import { ensureWebBuilt } from './ensure-web.ts';
import { serveStore } from './serve.ts';

const config = loadConfig(process.env);
await ensureWebBuilt(config.webDist);
if (!existsSync(config.demoDbPath)) await buildDemoDb(config.demoDbPath);
// a demo database built by an older version gets the newer migrations before it is served read-only
else (await openStore(config.demoDbPath)).close();
const store = await openStore(config.demoDbPath, { readOnly: true });
// Demo mode (no login) serves only a database the demo generator built, never uploaded data.
const problem = await demoProblem(store);
if (problem) {
  console.error(`brandgap: refusing to serve ${config.demoDbPath} without login: ${problem}`);
  process.exit(1);
}
serveStore(store, config, true);
