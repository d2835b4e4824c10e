/**
 * The role mapping card (Sources page): the free-text role answers no term covers, counted and
 * listed, with a control to map each to a labour group; the server relabels segments and figures.
 */
import { useState } from 'preact/hooks';
import { ROLES, SPEAKER_LABELS, type Role, type RoleMappingResponse } from '../../../../data/speaker.ts';
import { apiUrl, sendJson } from '../../api/fetch-json.ts';
import { useResource } from '../../api/use-resource.ts';
import { ErrorBox } from '../../components/states.tsx';
import { fmtInt } from '../../format/intl.ts';

const CHOICES = ROLES.filter((r) => r !== 'unknown');

/** Unmapped answers of the city (every city without one), and the terms the mapping holds. */
export function RoleMapping({ city, canEdit }: { city: string | null; canEdit: boolean }) {
  const res = useResource<RoleMappingResponse>(apiUrl('/api/role-mapping', { city }));
  const [status, setStatus] = useState<string | null>(null);
  const map = async (term: string, role: Role | null) => {
    setStatus(null);
    try {
      const r = await sendJson<RoleMappingResponse & { relabelled: number }>(apiUrl('/api/role-mapping', { city }), { method: 'PUT', json: { edits: [{ term, role }] } });
      setStatus(`${role ? `“${term}” → ${SPEAKER_LABELS[role]}` : `“${term}” removed`}: ${fmtInt(r.relabelled)} ${r.relabelled === 1 ? 'segment' : 'segments'} relabelled`);
      res.reload();
    } catch (err) {
      setStatus(`Not saved: ${(err as Error).message}`);
    }
  };
  const d = res.data;
  return (
    <section class="card role-mapping" aria-labelledby="role-mapping-title" data-card="role-mapping">
      <h2 id="role-mapping-title" class="card-title">
        Role answers{d && <span class="muted"> · {fmtInt(d.unmapped.length)} not mapped</span>}
      </h2>
      <p class="muted">
        Free-text answers to “what is your role?” are mapped to a labour group by the words they contain (en/nl/de/fr; the longest
        matching term wins). Answers no term covers count as “Unknown” and are listed here — never dropped. Mapping one relabels
        its segments and the figures.
      </p>
      {res.status === 'error' && <ErrorBox error={res.error} onRetry={res.reload} />}
      {status && <p role="status">{status}</p>}
      {d && d.unmapped.length === 0 && <p>Every role answer is mapped.</p>}
      {d && d.unmapped.length > 0 && (
        <table class="data-table">
          <thead><tr><th scope="col">Answer</th><th scope="col" class="num">Respondents</th><th scope="col" class="num">Segments</th><th scope="col">Map to</th></tr></thead>
          <tbody>
            {d.unmapped.map((u) => (
              <tr data-answer={u.answer}>
                <th scope="row">{u.answer}</th>
                <td class="num">{fmtInt(u.documents)}</td>
                <td class="num">{fmtInt(u.segments)}</td>
                <td>
                  <select aria-label={`Role for “${u.answer}”`} disabled={!canEdit} value=""
                    onChange={(e) => { const v = (e.currentTarget as HTMLSelectElement).value as Role; if (v) void map(u.answer, v); }}>
                    <option value="">Choose…</option>
                    {CHOICES.map((r) => <option value={r}>{SPEAKER_LABELS[r]}</option>)}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {d && (
        <details>
          <summary>The mapping ({fmtInt(d.terms.length)} terms)</summary>
          <ul class="role-terms">
            {d.terms.map((t) => (
              <li>
                <code>{t.term}</code> → {SPEAKER_LABELS[t.role]}{' '}
                {canEdit && <button type="button" class="link-button" onClick={() => void map(t.term, null)} aria-label={`Remove “${t.term}”`}>remove</button>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
