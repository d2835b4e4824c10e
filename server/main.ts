/** `npm start`: serves the real database (BRANDGAP_DB). The only place that reads the environment. */
import { countActiveAccounts } from './auth/accounts.ts';
import { loadConfig } from '../data/config.ts';
import { openStore, StoreLockedError } from '../data/db/store.ts';
import { ensureWebBuilt } from './ensure-web.ts';
import { createJobs } from './jobs.ts';
import { queueConfig } from '../ingest/queue/config.ts';
import { queuePartRunner } from '../ingest/queue/flow.ts';
import { serveStore } from './serve.ts';

const FIRST_ADMIN = `brandgap: there are no accounts yet, so nobody can log in. Create the first admin:
  stop this server (Ctrl-C), run   npm run user -- add NAME --role admin
  (it prints a generated password; --password-stdin reads one instead), then npm start again.`;

const config = loadConfig(process.env);
try {
  await ensureWebBuilt(config.webDist);
  const store = await openStore(config.dbPath, { memoryMb: config.dbMemoryMb });
  if (!(await countActiveAccounts(store))) console.log(FIRST_ADMIN);
  // with BRANDGAP_REDIS_URL, uploads are staged by `npm run worker` processes; else on threads here
  const qc = queueConfig(process.env);
  if (qc) console.log(`brandgap: uploads are staged by \`npm run worker\` processes (BRANDGAP_REDIS_URL), staging in ${qc.staging}`);
  const queue = qc ? queuePartRunner(qc) : undefined;
  serveStore(store, config, false, { jobs: await createJobs(store, undefined, { timeoutMs: config.parseTimeoutMs, limits: config.parseLimits, queue }) });
} catch (err) {
  console.error(`brandgap: ${err instanceof StoreLockedError ? err.message : (err as Error).stack}`);
  process.exit(1);
}
