/** A queue worker process over the fake stage, for the SIGKILL test (the real one is `npm run worker`). */
import { queueConfig } from '../../ingest/queue/config.ts';
import { startPartWorker } from '../../ingest/queue/worker.ts';
import { fakeStage } from './fake-stage.ts';

const lockMs = Number(process.env.LOCK_MS ?? 1000);
const worker = startPartWorker(queueConfig(process.env)!, {
  stage: fakeStage({ msPerLine: Number(process.env.MS_PER_LINE ?? 0) }),
  lockDuration: lockMs, stalledInterval: lockMs, progressMs: 50,
  log: (line) => process.stderr.write(`${new Date().toISOString()} ${line}\n`),
});
process.once('SIGTERM', () => { void worker.close().then(() => process.exit(0)); });
await worker.waitUntilReady();
process.stderr.write(`ready ${process.pid}\n`);
