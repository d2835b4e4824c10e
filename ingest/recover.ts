/**
 * What an owner left behind when it died mid-file (SIGKILL, a lost machine): its run stays
 * `running` in the ingest log, its parts' staging folder stays on disk and, on the queue path, its
 * flow stays in Redis. Only one process can own a database file read-write, so a run still
 * `running` when the file is next opened belongs to a process that is gone and cannot be in
 * progress anywhere: openStore marks it `interrupted`. The next ingest or server start removes
 * its flow and staging folder and closes it as failed. Uploads of other
 * databases sharing the Redis or the staging folder are never looked at: only this database's run ids are.
 */
import { interruptedRuns, markInterrupted } from '../data/db/ingest-runs.ts';
import { pseudonymKey } from '../data/db/settings.ts';
import type { Store } from '../data/db/store.ts';
import { uploadIdFor } from './pipeline.ts';
import type { QueueParts } from './queue/flow.ts';
import { defaultStaging, removeStaging } from './stage/staging-files.ts';

export type Recovered = { cleaned: number; pending: string[] };

/**
 * Cleans the uploads interrupted by the last stop. A flow whose part a worker still holds is waited
 * for (up to the queue's pickup limit); if it is still held then, its run stays `running` and the
 * next start tries again (`pending`, still `interrupted`); so it does when Redis does not answer.
 */
export async function recoverInterrupted(store: Store, queue?: QueueParts): Promise<Recovered> {
  if (store.readOnly) return { cleaned: 0, pending: [] };
  return store.write(async (conn) => {
    const out: Recovered = { cleaned: 0, pending: [] };
    const dbKey = await pseudonymKey(conn);
    for (const run of await interruptedRuns(conn)) {
      const uploadId = uploadIdFor(run.id, run.hash, dbKey);
      // Redis unreachable now: the next start tries again
      const removed = queue ? await queue.removeFlow(uploadId, queue.pickupMs).catch(() => false) : true;
      if (!removed) { out.pending.push(uploadId); continue; }
      // a worker that finished a part after the flow was removed wrote its files first: they go too
      if (queue) removeStaging(queue.staging, uploadId);
      removeStaging(defaultStaging(), uploadId);
      await markInterrupted(conn, run.id);
      out.cleaned++;
    }
    return out;
  });
}
