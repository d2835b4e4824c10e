/**
 * The city's official and partner social accounts (Sources page): posts by them get the official or
 * partner voice at ingest (`/api/cities/:city/handles`); everyone else speaks as a user.
 */
import { useState } from 'preact/hooks';
import { axisValueLabel, type Voice } from '../../../../data/speaker.ts';
import { sendJson } from '../../api/fetch-json.ts';
import { useResource } from '../../api/use-resource.ts';
import { ErrorBox } from '../../components/states.tsx';

type Handle = { handle: string; voice: Exclude<Voice, 'user'> };

/** Lists the handles of `city`, with add and remove for analysts. */
export function HandlesCard({ city, canEdit }: { city: string; canEdit: boolean }) {
  const url = `/api/cities/${encodeURIComponent(city)}/handles`;
  const res = useResource<{ handles: Handle[] }>(url);
  const [draft, setDraft] = useState<Handle>({ handle: '', voice: 'official' });
  const [status, setStatus] = useState<string | null>(null);
  const save = async (handles: Handle[], done: string) => {
    try {
      await sendJson(url, { method: 'PUT', json: handles });
      setStatus(`${done} Files ingested from now on use it.`);
      res.reload();
    } catch (err) {
      setStatus(`Not saved: ${(err as Error).message}`);
    }
  };
  const list = res.data?.handles ?? [];
  return (
    <section class="card handles" aria-labelledby="handles-title" data-card="handles">
      <h2 id="handles-title" class="card-title">Accounts that speak for {city}</h2>
      <p class="muted">Social posts by these accounts count as the city’s own voice (official) or its partners’ (universities, employers, welcome centres); all other posts as users.</p>
      {res.status === 'error' && <ErrorBox error={res.error} onRetry={res.reload} />}
      {status && <p role="status">{status}</p>}
      <ul class="handle-list">
        {list.length === 0 && res.status === 'ready' && <li class="muted">None yet.</li>}
        {list.map((h) => (
          <li data-handle={h.handle}>
            @{h.handle} · {axisValueLabel('voice', h.voice)}{' '}
            {canEdit && <button type="button" class="link-button" onClick={() => void save(list.filter((x) => x.handle !== h.handle), `@${h.handle} removed.`)}>remove</button>}
          </li>
        ))}
      </ul>
      {canEdit && (
        <form class="handle-form" onSubmit={(e) => { e.preventDefault(); if (draft.handle.trim()) void save([...list, draft], `@${draft.handle.replace(/^@/, '')} added.`).then(() => setDraft({ ...draft, handle: '' })); }}>
          <input aria-label="Handle" placeholder="@CityOfExample" value={draft.handle} onInput={(e) => setDraft({ ...draft, handle: e.currentTarget.value })} />
          <select aria-label="Voice" value={draft.voice} onChange={(e) => setDraft({ ...draft, voice: e.currentTarget.value as Handle['voice'] })}>
            <option value="official">Official</option>
            <option value="partner">Partner</option>
          </select>
          <button type="submit" class="button">Add</button>
        </form>
      )}
    </section>
  );
}
