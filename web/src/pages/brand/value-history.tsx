/** The saved versions of a city's values, newest first, with what changed from the version before. */
import type { ValuesHistoryResponse } from '../../../../data/types.ts';
import { fmtDay } from '../../format/intl.ts';

type Version = ValuesHistoryResponse['versions'][number];

/** "+ added terms, − removed terms" per value between two versions, in words. */
export function describeChange(prev: Version | undefined, cur: Version): string[] {
  if (!prev) return [`First version: ${cur.values.map((v) => v.name).join(', ')}`];
  const out: string[] = [];
  const old = new Map(prev.values.map((v) => [v.name.toLowerCase(), v]));
  for (const v of cur.values) {
    const o = old.get(v.name.toLowerCase());
    if (!o) {
      out.push(`Added value ${v.name}`);
      continue;
    }
    const added = v.terms.filter((t) => !o.terms.includes(t));
    const removed = o.terms.filter((t) => !v.terms.includes(t));
    const exAdded = (v.exclusions ?? []).filter((t) => !(o.exclusions ?? []).includes(t));
    const exRemoved = (o.exclusions ?? []).filter((t) => !(v.exclusions ?? []).includes(t));
    const parts = [
      added.length ? `+ ${added.join(', ')}` : '',
      removed.length ? `− ${removed.join(', ')}` : '',
      exAdded.length ? `+ exclusion ${exAdded.join(', ')}` : '',
      exRemoved.length ? `− exclusion ${exRemoved.join(', ')}` : '',
    ].filter(Boolean);
    if (parts.length) out.push(`${v.name}: ${parts.join('; ')}`);
  }
  for (const o of prev.values) if (!cur.values.some((v) => v.name.toLowerCase() === o.name.toLowerCase())) out.push(`Removed value ${o.name}`);
  return out.length ? out : ['No change in terms'];
}

/** The history list. */
export function ValueHistory({ versions }: { versions: Version[] }) {
  return (
    <section class="card" aria-labelledby="history-title" data-history>
      <h2 id="history-title" class="card-title">Change history</h2>
      {versions.length === 0 && <p class="muted">No saved versions yet.</p>}
      <ol class="history">
        {versions.map((v, i) => (
          <li data-version={v.version}>
            <p>
              <b>Version {v.version}</b> · {fmtDay(v.changedAt)} · {v.changedBy ?? 'unknown'}
            </p>
            <ul class="small">
              {describeChange(versions[i + 1], v).map((line) => (
                <li>{line}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
