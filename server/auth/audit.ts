/** The audit log: who did what, when (logins, uploads, deletions, brand edits, accounts). */
import { randomUUID } from 'node:crypto';
import type { Store } from '../../data/db/store.ts';

export type AuditEntry = { actor: string | null; action: string; target?: string | null; detail?: unknown; ip?: string | null };
export type AuditRow = { id: string; at: string; actor: string | null; action: string; target: string | null; detail: unknown; ip: string | null };

/** Appends one entry (on its own short connection, so it never waits behind an ingest). */
export async function audit(store: Store, e: AuditEntry): Promise<void> {
  if (store.readOnly) return;
  await store.withConnection((conn) => conn.run(
    `insert into audit_log (id, actor, action, target, detail, ip) values ($id, $actor, $action, $target, $detail, $ip)`,
    {
      id: randomUUID(), actor: e.actor, action: e.action, target: e.target ?? null,
      detail: e.detail === undefined ? null : JSON.stringify(e.detail), ip: e.ip ?? null,
    },
  ));
}

/** The newest entries first, optionally older than `before` (an ISO time) or of one action. */
export async function listAudit(store: Store, opts: { limit: number; before?: string; action?: string; actor?: string }): Promise<AuditRow[]> {
  const rows = await store.all<Omit<AuditRow, 'detail'> & { detail: string | null }>(
    `select id, strftime(happened_at, '%Y-%m-%dT%H:%M:%S.%gZ') as "at", actor, action, target, detail::VARCHAR as detail, ip
     from audit_log
     where ($before is null or happened_at < $before::TIMESTAMP) and ($action is null or action = $action) and ($actor is null or actor = $actor)
     order by happened_at desc, id limit $limit`,
    { before: opts.before ?? null, action: opts.action ?? null, actor: opts.actor ?? null, limit: opts.limit },
  );
  return rows.map((r) => ({ ...r, detail: r.detail === null ? null : JSON.parse(r.detail) }));
}
