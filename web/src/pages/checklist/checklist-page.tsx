/**
 * The Checklist page: the 25 items of the "Welcoming International Talent" checklist by stage,
 * each with its evidence figures (n, interval, quotes), a status and the analyst's assessment.
 */
import { useState } from 'preact/hooks';
import type { ChecklistItem, ChecklistResponse, EvidenceFigure, Status } from '../../../../data/checklist/types.ts';
import { STAGES, STAGE_LABELS, STATUSES } from '../../../../data/checklist/types.ts';
import { sendJson } from '../../api/fetch-json.ts';
import { useChecklist } from '../../api/use-checklist.ts';
import { useWriteAccess, WriteNote } from '../../auth/write-note.tsx';
import { ChartSkeleton, EmptyState, ErrorBox } from '../../components/states.tsx';
import { openEvidence } from '../../evidence/open.ts';
import { fmtN } from '../../format/intl.ts';
import type { PageProps } from '../registry.ts';
import { figureEvidence, figureInterval, figureValue, STATUS_LABEL, statusCounts } from './checklist-text.ts';
import './checklist.css';

/** A status as a coloured badge with its word (colour is never the only carrier). */
export function StatusBadge({ status, override }: { status: Status; override?: boolean }) {
  return <span class={`status-badge status-${status}`} data-status={status}>{STATUS_LABEL[status]}{override ? ' (assessed)' : ''}</span>;
}

/** One evidence figure: label, value, interval, n; a button opening its quotes. */
export function Figure({ f }: { f: EvidenceFigure }) {
  const text = `${f.label}: ${figureValue(f)}`;
  return (
    <li class={f.low_n ? 'cl-figure low-n' : 'cl-figure'} data-figure={f.kind}>
      <StatusBadge status={f.status} />{' '}
      {f.quotes
        ? <button type="button" class="link-button" onClick={() => openEvidence(figureEvidence(f), `${text} · ${fmtN(f.n)}`)}>{text}</button>
        : <span>{text}</span>}
      {' '}<span class="muted small">{fmtN(f.n)}{f.low_n ? ' ⚠' : ''}</span>
      {figureInterval(f) && <span class="muted small"> · 95% {figureInterval(f)}</span>}
    </li>
  );
}

function Assess({ item, city, onSaved }: { item: ChecklistItem; city: string; onSaved: () => void }) {
  const [status, setStatus] = useState<string>(item.assessment?.status ?? '');
  const [note, setNote] = useState(item.assessment?.note ?? '');
  const [state, setState] = useState<'idle' | 'saving' | string>('idle');
  const save = async () => {
    setState('saving');
    try {
      await sendJson(`/api/checklist/${encodeURIComponent(item.id)}?${new URLSearchParams({ city })}`,
        { method: 'PUT', json: { status: status === '' ? null : status, note } });
      setState('idle');
      onSaved();
    } catch (e) {
      setState((e as Error).message);
    }
  };
  return (
    <div class="cl-assess">
      <label>Assessment{' '}
        <select value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value)}>
          <option value="">as the evidence says</option>
          {STATUSES.map((s) => <option value={s}>{STATUS_LABEL[s]}</option>)}
        </select>
      </label>
      <input type="text" aria-label={`Note on ${item.text}`} value={note} maxLength={4000} placeholder="Note"
        onInput={(e) => setNote((e.target as HTMLInputElement).value)} />
      <button type="button" onClick={save} disabled={state === 'saving'}>Save</button>
      {state !== 'idle' && state !== 'saving' && <span class="form-error" role="alert">Could not save: {state}</span>}
    </div>
  );
}

function Item({ item, city, canWrite, onSaved }: { item: ChecklistItem; city: string; canWrite: boolean; onSaved: () => void }) {
  const a = item.assessment;
  const overridden = !!a?.status && a.status !== item.evidence_status;
  return (
    <li class="cl-item card" data-item={item.id}>
      <div class="cl-item-head">
        <StatusBadge status={item.status} override={overridden} />
        <span class="cl-text">{item.text}</span>
      </div>
      <ul class="cl-figures">{item.evidence.map((f) => <Figure f={f} />)}</ul>
      {overridden && <p class="muted small">Evidence alone: {STATUS_LABEL[item.evidence_status]}</p>}
      {a?.note && <p class="cl-note">“{a.note}” <span class="muted small">— {a.edited_by ?? 'someone'}{a.edited_at ? `, ${a.edited_at.slice(0, 10)}` : ''}</span></p>}
      {canWrite && <Assess item={item} city={city} onSaved={onSaved} />}
    </li>
  );
}

function Stages({ d, canWrite, onSaved }: { d: ChecklistResponse; canWrite: boolean; onSaved: () => void }) {
  return (
    <>
      {STAGES.map((stage) => {
        const items = d.items.filter((i) => i.stage === stage);
        return (
          <section class="cl-stage" data-stage={stage}>
            <h2>{STAGE_LABELS[stage]} <span class="muted small">({items.length} items: {statusCounts(items.map((i) => i.status))})</span></h2>
            <ul class="cl-items">{items.map((i) => <Item item={i} city={d.city} canWrite={canWrite} onSaved={onSaved} />)}</ul>
          </section>
        );
      })}
    </>
  );
}

/** Thresholds in words, under the heading. */
export function ThresholdNote({ d }: { d: ChecklistResponse }) {
  const t = d.thresholds;
  return (
    <p class="muted small cl-thresholds" data-thresholds>
      Status: net sentiment and NPS ≥ +{t.net.green} green, ≤ −{-t.net.red} red; user share ≥ {t.voice_share.green * 100} % green, below {t.voice_share.red * 100} % red;
      survey top-2-box ≥ {t.survey.green * 100} % green, below {t.survey.red * 100} % red; amber between; fewer than {d.minN} segments
      or answers: no data. An item takes the worst status of its figures with data; an analyst's assessment overrides it.
    </p>
  );
}

/** The checklist of the city in the header. */
export default function ChecklistPage({ filters }: PageProps) {
  const res = useChecklist(filters);
  const write = useWriteAccess();
  const d = res.status === 'ready' ? res.data : res.status === 'loading' ? res.stale : undefined;
  return (
    <div class="page checklist">
      <div class="page-heading">
        <h1>Welcoming international talent: checklist</h1>
        <p class="muted">25 items before arrival, while here and after they leave, each read from what people say and answer</p>
      </div>
      {!filters.city && <EmptyState title="Pick a city">Choose a city in the header to see its checklist.</EmptyState>}
      {res.status === 'loading' && !d && <ChartSkeleton rows={8} height={320} id="checklist" />}
      {res.status === 'error' && <ErrorBox error={res.error} onRetry={res.reload} />}
      {d && (
        <>
          <p class="cl-summary" data-summary>{d.city}: {statusCounts(d.items.map((i) => i.status))}.</p>
          <ThresholdNote d={d} />
          <WriteNote reason={write.reason} />
          <Stages d={d} canWrite={write.allowed} onSaved={res.reload} />
        </>
      )}
    </div>
  );
}
