/** The events card of Trends: the city's dated events, and for the selected one the same window before and after. */
import { useState } from 'preact/hooks';
import type { CityEvent, EventImpactResponse, EventWindow } from '../../../../data/types.ts';
import { sendJson } from '../../api/fetch-json.ts';
import { useEventImpact } from '../../api/use-events.ts';
import { canWrite, useMe } from '../../auth/use-me.ts';
import { ErrorBox } from '../../components/states.tsx';
import type { EvidenceFilter } from '../../evidence/ev-param.ts';
import { openEvidence } from '../../evidence/open.ts';
import { fmtDay, fmtInt, fmtSigned } from '../../format/intl.ts';
import { withParam } from '../../router/filters.ts';
import { navigate } from '../../router/location.ts';
import { impactHeadline, intervalText, windowSummary } from './event-words.ts';

const set = (k: string, v: string | null) => navigate(window.location.pathname + withParam(window.location.search, k, v));

/** The selected event: `event` in the URL, else the newest. */
export function selectedEvent(events: CityEvent[], search: string): CityEvent | null {
  const id = Number(new URLSearchParams(search).get('event'));
  return events.find((e) => e.id === id) ?? events[events.length - 1] ?? null;
}

/** The card under the chart; `events` are already loaded for the chart's lines. */
export function EventCard({ events, search, reload }: { events: CityEvent[]; search: string; reload: () => void }) {
  const q = new URLSearchParams(search);
  const me = useMe();
  const writable = canWrite(me.data);
  const selected = selectedEvent(events, search);
  const days = q.get('window') ?? '90';
  const impact = useEventImpact(selected?.id ?? null, { city: q.get('city'), window: days, theme: q.get('theme'), group: q.get('group') });
  return (
    <section class="card events" aria-labelledby="events-title" data-card="events">
      <h2 id="events-title" class="card-title">{impact.status === 'ready' ? impactHeadline(impact.data) : 'Events on the timeline'}</h2>
      <p class="muted">
        Net sentiment in the same number of days before and after a dated event (dashed lines on the chart), under the page's theme and group.
        The change is after − before; its 95% interval combines both windows' variances.
      </p>
      {events.length === 0
        ? <p class="muted" data-empty="events">No events marked for this city yet{writable ? ': add one below.' : '. An analyst can mark campaign launches and policy changes.'}</p>
        : (
          <div class="event-controls">
            <label class="trend-field">
              <span>Event</span>
              <select data-event-select value={String(selected?.id ?? '')} onChange={(e) => set('event', (e.currentTarget as HTMLSelectElement).value)}>
                {events.map((e) => <option value={String(e.id)}>{fmtDay(e.date)} · {e.title}</option>)}
              </select>
            </label>
            <label class="trend-field">
              <span>Days each side</span>
              <input type="number" min={1} max={3650} value={days} data-event-window
                onChange={(e) => set('window', (e.currentTarget as HTMLInputElement).value || null)} />
            </label>
            {writable && selected && <button type="button" class="button button-quiet" data-event-delete onClick={async () => {
              await sendJson(`/api/events/${selected.id}`, { method: 'DELETE' });
              set('event', null);
              reload();
            }}>Delete this event</button>}
          </div>
        )}
      {selected?.note && <p class="event-note">{selected.note}</p>}
      {impact.status === 'error' && <ErrorBox error={impact.error} onRetry={impact.reload} />}
      {impact.status === 'ready' && <ImpactTable d={impact.data} />}
      {writable && <AddEvent city={q.get('city') ?? ''} onAdded={(id) => { set('event', String(id)); reload(); }} />}
    </section>
  );
}

/** The last day of a window that ends before `to` (windows are [from, to)). */
function lastDay(to: string): string {
  return new Date(Date.parse(`${to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function windowFilter(w: EventWindow, d: EventImpactResponse): EvidenceFilter {
  const f: EvidenceFilter = { from: w.from, to: w.to };
  if (d.theme) f.theme = d.theme;
  if (d.group) f.group = d.group;
  return f;
}

/** Before, after and the change, each with n and its interval; a window's row opens its quotes. */
function ImpactTable({ d }: { d: EventImpactResponse }) {
  const row = (name: string, key: 'before' | 'after', w: EventWindow) => (
    <tr data-window={key} class={w.low_n ? 'low-n' : ''}>
      <th scope="row">{name}<br /><span class="muted">{fmtDay(w.from)} – {fmtDay(lastDay(w.to))}</span></th>
      <td data-n>{fmtInt(w.n)}</td>
      <td data-net>{fmtSigned(w.net)}</td>
      <td data-interval>{intervalText(w.low, w.high)}</td>
      <td>{w.low_n ? <span title={`Fewer than ${d.minN} segments — read with care`}>⚠ low n</span> : ''}</td>
      <td><button type="button" class="button button-quiet" disabled={w.n === 0}
        onClick={() => openEvidence(windowFilter(w, d), `${name} “${d.event.title}” · ${fmtDay(w.from)} – ${fmtDay(lastDay(w.to))}`)}>Quotes ({fmtInt(w.n)})</button></td>
    </tr>
  );
  return (
    <table class="data-table event-impact" data-event={d.event.id}>
      <caption class="sr-only">{windowSummary('Before', d.before)}. {windowSummary('After', d.after)}. Change {fmtSigned(d.change.net)} points, 95% interval {intervalText(d.change.low, d.change.high)}.</caption>
      <thead><tr><th scope="col">{d.window} days</th><th scope="col">n</th><th scope="col">Net</th><th scope="col">95% interval</th><th scope="col"></th><th scope="col"></th></tr></thead>
      <tbody>
        {row('Before', 'before', d.before)}
        {row('After', 'after', d.after)}
        <tr data-window="change" class={d.change.excludes_zero ? 'clear-change' : ''}>
          <th scope="row">Change (after − before)</th>
          <td>{fmtInt(d.before.scored)} + {fmtInt(d.after.scored)}</td>
          <td data-net>{fmtSigned(d.change.net)}</td>
          <td data-interval>{intervalText(d.change.low, d.change.high)}</td>
          <td data-excludes-zero={String(d.change.excludes_zero)}>{d.change.excludes_zero ? '✱ excludes 0' : 'includes 0'}</td>
          <td></td>
        </tr>
      </tbody>
    </table>
  );
}

/** An analyst's form: date, title, optional note. */
function AddEvent({ city, onAdded }: { city: string; onAdded: (id: number) => void }) {
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const note = String(form.get('note') ?? '').trim();
    try {
      const made = await sendJson<CityEvent>(`/api/events?city=${encodeURIComponent(city)}`, {
        method: 'POST', json: { date: String(form.get('date') ?? ''), title: String(form.get('title') ?? ''), ...(note ? { note } : {}) },
      });
      setError(null);
      (e.currentTarget as HTMLFormElement | null)?.reset();
      onAdded(made.id);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form class="event-add" onSubmit={submit} data-event-add>
      <label class="trend-field"><span>Date</span><input type="date" name="date" required /></label>
      <label class="trend-field"><span>Title</span><input type="text" name="title" required maxLength={200} placeholder="Campaign launch" /></label>
      <label class="trend-field"><span>Note (optional)</span><input type="text" name="note" maxLength={2000} /></label>
      <button type="submit" class="button">Mark event</button>
      {error && <p class="error" role="alert">{error}</p>}
    </form>
  );
}
