/**
 * Child process for the kill test: ingests FILE into DB (directly, or as a server upload job)
 * and prints "progress" once records are being stored, so the parent can SIGKILL it mid-file.
 * Usage: tsx tests/trust/kill-child.ts ingest|upload DB FILE
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ingestFile } from '../../ingest/pipeline.ts';
import { openStore } from '../../data/db/store.ts';
import { createJobs } from '../../server/jobs.ts';

const [mode, db, file] = process.argv.slice(2);
const store = await openStore(db);
let told = false;
const tell = () => { if (!told) { told = true; process.stdout.write('progress\n'); } };
if (mode === 'ingest') {
  await ingestFile(store, file, { city: 'Killton', actor: 'kill-test', onProgress: tell });
} else {
  const jobs = await createJobs(store);
  const dir = mkdtempSync(join(tmpdir(), 'brandgap-upload-'));
  const path = join(dir, basename(file));
  copyFileSync(file, path);
  const job = await jobs.submit({ path, fileName: basename(file), bytes: 0, userId: 1, actor: 'kill-test', options: { city: 'Killton' } });
  const timer = setInterval(async () => { if ((await jobs.get(job.id))?.progress) tell(); }, 20);
  await jobs.idle();
  clearInterval(timer);
}
store.close();
process.stdout.write('done\n');
